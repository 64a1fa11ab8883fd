var result = window.confirm('ok?');
alert(result);
