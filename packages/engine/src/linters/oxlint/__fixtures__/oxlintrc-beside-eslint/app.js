export function total(items) {
  debugger;
  let sum = 0;
  for (const item of items) sum += item.price;
  if (sum == NaN) return 0;
  return sum;
}
