import os

import pytest

from mypkg import VALUE
from mypkg import os as mypkg_os

print(os, pytest, VALUE, mypkg_os)
