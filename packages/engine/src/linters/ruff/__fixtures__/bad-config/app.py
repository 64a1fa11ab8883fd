import os
import sys  # noqa: F401


def describe(value, seen=[]):
    if value == None:
        return missing_name
    return str(value)
