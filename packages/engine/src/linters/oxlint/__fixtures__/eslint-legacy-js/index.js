let name = 'plumb';
try {
  eval('1');
} catch (error) {
  console.log(name);
}
function greet(first, second) {
  return first;
}
module.exports = greet;
