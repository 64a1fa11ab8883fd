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

double unrelated_c(double y) { return y / 3.0; }
