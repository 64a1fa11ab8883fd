export function fresh() {
  let once = 1;
  return once;
}
