#!/usr/bin/env python3
"""Module docstring.

More.
"""
import os  # trailing


def f():
    '''doc'''
    x = """a
b"""
    return x
