var shown = true;
debugger;
console.log(shown);
