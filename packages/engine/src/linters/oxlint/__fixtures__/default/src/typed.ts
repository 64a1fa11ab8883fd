export function first(values: string[] | undefined): string {
  return values?.[0]!;
}
