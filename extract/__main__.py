"""`python -m extract` is the same as the `tender-triage` command."""

from extract.cli import entry

if __name__ == "__main__":
    entry()
