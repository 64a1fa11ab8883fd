const button = document.querySelector('button');
if (button) {
}
let count;
export function increment(step) {
  if (count = step) debugger;
}
