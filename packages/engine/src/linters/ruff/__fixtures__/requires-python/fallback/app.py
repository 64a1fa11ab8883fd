import sys
from datetime import datetime, timezone


def now():
    return datetime.now(timezone.utc)


if sys.version_info >= (3, 11):
    MODERN = True
else:
    MODERN = False

if sys.version_info >= (3, 9):
    OLD = True
else:
    OLD = False
