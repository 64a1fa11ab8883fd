test('greets', () => {
  let value = require('../index.js')('a', 'b');
  console.log(value);
  expect(value).toBe('a');
});
