"""Parse each real corpus document once per test session, whichever test asks first.

Several test modules read the whole corpus (statuses, entity F1, fast path vs reference engine);
parsing the large PDFs dominates their time, so they share this cache instead of each parsing
every file again. Only the library's own `parse_path` is called: a cached result is exactly what
a fresh call returns (parsing is deterministic), so no test reads back anything it made itself.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from extract.parse import parse_path
from extract.types import Document


@lru_cache(maxsize=None)
def parsed(path: str, pdf_engine: str = "auto") -> tuple[Document, ...]:
    return tuple(parse_path(Path(path), pdf_engine=pdf_engine))
