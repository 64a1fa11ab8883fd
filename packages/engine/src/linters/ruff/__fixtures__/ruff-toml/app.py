def f():
    return "a line that is longer than forty characters"
