def compute():
    unused = 1
    return 2
