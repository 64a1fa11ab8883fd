var answer = window.confirm('?');
alert(answer);
