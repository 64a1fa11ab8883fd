debugger;
console.log(1);
