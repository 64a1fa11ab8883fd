import os


def load_settings(path, defaults):
    settings = dict(defaults)
    with open(path) as handle:
        for line in handle:
            key, _, value = line.partition("=")
            if not key or key.startswith("#"):
                continue
            settings[key.strip()] = value.strip()
    return settings


def short(a, b):
    total = a + b
    return total * 2
