#include <stdio.h>
#include "list.h"

static int unrelated_a(void) { return 1; }

/* Sums the positive items of a list. */
long sum_positive(const struct list *items, int limit) {
    long total = 0;
    for (int i = 0; i < items->length && i < limit; i++) {
        int value = items->values[i];
        if (value > 0) {
            total += value;
        } else if (value < -100) {
            fprintf(stderr, "odd value %d\n", value);
        }
    }
    return total;
}
