"""`python -m extract` is the same as the `tender-triage` command."""

import sys

from extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
