import os

import pytest

from cli import helpers

print(os, pytest, helpers)
