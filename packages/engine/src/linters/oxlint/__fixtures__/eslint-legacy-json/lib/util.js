export function log(message) {
  console.log(message);
  return undeclared;
}
