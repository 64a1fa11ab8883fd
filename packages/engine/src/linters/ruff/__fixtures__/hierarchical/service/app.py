import os


def settings(value):
    if value == None:
        return dict()
    return {"value": value}
