#!/bin/bash
# comment

echo "# not a comment" # trailing
x=1
