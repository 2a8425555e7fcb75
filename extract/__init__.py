"""tender-triage: screen procurement documents for restricted vendors and in-scope ICT.

The stages are plain functions over frozen dataclasses (see `extract.types`):
parse -> mentions -> classify -> record/report. The CLI (`extract.cli`) is a thin shell over them.
"""

__version__ = "0.1.0"
