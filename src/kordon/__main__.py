"""``python -m kordon``: the command line."""

from .cli import main

main()
