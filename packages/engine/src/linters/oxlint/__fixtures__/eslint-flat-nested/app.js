var ready = true;
debugger;
export { ready };
