import os

import mypkg
import pytest

print(os, mypkg, pytest)
