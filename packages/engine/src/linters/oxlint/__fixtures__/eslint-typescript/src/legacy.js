var total = 0;
function count(items) {
  debugger;
  return items.length;
}
