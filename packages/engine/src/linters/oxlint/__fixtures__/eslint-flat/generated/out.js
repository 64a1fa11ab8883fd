debugger;
const neverUsed = 1;
