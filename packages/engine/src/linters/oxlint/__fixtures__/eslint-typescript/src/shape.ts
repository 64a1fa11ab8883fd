export const Shape = { kind: 'circle' } as const;
export type Shape = typeof Shape;

export function area(value: any, scale: number): number {
  const unused = 1;
  return value.radius;
}
