/* header
 * comment */
#include <stdio.h>

int main(void) { // trailing
    char *s = "/* not a comment */";
    /* inline */ return 0;
}
