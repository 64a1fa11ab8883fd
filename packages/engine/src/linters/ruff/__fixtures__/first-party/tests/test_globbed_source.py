import os

import pytest

from betapkg import VALUE

print(os, pytest, VALUE)
