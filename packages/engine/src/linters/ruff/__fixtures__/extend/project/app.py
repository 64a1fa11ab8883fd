import os


def describe(value, seen=[]):
    return "a line that is longer than sixty characters, on purpose"
