debugger;
const x = NaN === 1;
