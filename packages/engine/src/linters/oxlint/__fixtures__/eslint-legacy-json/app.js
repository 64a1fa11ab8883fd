var counter = 0;
analytics = window.location.href;
legacyLib.start();
function helper(value) {}
console.log(counter);
