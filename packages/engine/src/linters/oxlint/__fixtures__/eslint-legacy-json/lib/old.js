export function old() {
  let never = 1;
  return never;
}
