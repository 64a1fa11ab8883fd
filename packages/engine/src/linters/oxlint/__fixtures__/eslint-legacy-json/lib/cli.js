/* eslint no-console: "off" -- this module is the command-line output */
export function print(message) {
  console.log(message);
}
