debugger;
if (globalThis.x) globalThis.y = 1;
