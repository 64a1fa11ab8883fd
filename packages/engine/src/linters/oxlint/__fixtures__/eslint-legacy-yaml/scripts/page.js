const unusedHere = document.title;
if (unusedHere === 'x') debugger;
