"""tender-triage: screen procurement documents for restricted vendors and in-scope ICT.

The stages are plain functions over frozen dataclasses (see `extract.types`):
parse -> mentions -> classify -> record/report. The CLI (`extract.cli`) is a thin shell over them.

Library use::

    import extract
    records = extract.screen("bid.pdf")          # or extract.screen(data, name="bid.pdf")
    for record in extract.screen_many(["inbox/"], jobs=4):
        ...

`screen`, `screen_many` and `scan_config` live in `extract.api` and are imported on first use
(PEP 562 module `__getattr__`), so `import extract` loads neither scikit-learn nor any parser.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = ("screen", "screen_many", "scan_config")

__all__ = ["__version__", "scan_config", "screen", "screen_many"]


def __getattr__(name: str) -> Any:
    if name in _API:
        from extract import api

        return getattr(api, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
