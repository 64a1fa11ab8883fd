#include <stdlib.h>

/* A fixed-size stack of ints. */
struct stack { int *items; int size; int capacity; };

int push(struct stack *s, int value) {
    if (s->size == s->capacity) return -1; // full
    s->items[s->size++] = value;
    return 0;
}

int classify(int n) {
    if (n < 0 && n > -10) return -1;
    else if (n == 0) return 0;
    for (int i = 0; i < n; i++) {
        if (i % 2 == 0 || i % 3 == 0) continue;
    }
    return n > 100 ? 2 : 1;
}
