export function noop(value) {
  if (value) {
  }
  return typeof value === 'strng';
}
