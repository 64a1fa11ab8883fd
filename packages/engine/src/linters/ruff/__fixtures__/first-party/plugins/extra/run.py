import os

import pytest

from plugins import registry

print(os, pytest, registry)
