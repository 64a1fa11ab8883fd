/** doc */
export function f(x: number): number {
  // body

  return x;
}
