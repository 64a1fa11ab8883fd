var total = 0;
export function add(value) {
  var sum = total + value;
  return sum;
}
