const value = 1;
function outer(callback) {
  const value = 2;
  return value;
}
module.exports = outer;
