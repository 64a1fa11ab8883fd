export function handle(error, request, response, next) {
  const unused = 1;
  if (request.id == null) {
  }
  if (request.id == 2) {
    console.log(appConfig, process.env.HOME);
  }
  debugger;
  return missingThing;
}
var enabled = true;
export { enabled };
