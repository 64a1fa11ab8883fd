#include "list.h"

int other_b(int x) {
    return x * 2;
}

long sum_positive(const struct list *items, int limit) {
    long total = 0;
    /* a comment only this copy has */
    for (int i = 0; i < items->length && i < limit; i++) {
        int value = items->values[i];  // trailing comment
        if (value > 0) {
            total += value;
        } else if (value < -100) {
            fprintf(stderr, "odd value %d\n", value);
        }
    }
    return total;
}
