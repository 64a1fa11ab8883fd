<?php
// one
# two
/* three */
function f() {
  return 1;
}
