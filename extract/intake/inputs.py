"""Which files a scan reads: folders walked recursively, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Every file named or found below the named folders, recursively, in a stable order.

    Paths are yielded as given (joined with the names found below them), so records carry the
    path the operator typed. Symlinked folders are not followed (no loops); hidden files and
    folders (dot names) below a named folder are skipped, as are editor and OS droppings.
    A path that does not exist is yielded anyway and becomes an error record.
    """
    for raw in paths:
        path = str(raw)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.endswith("~"):
                        continue
                    yield os.path.join(root, name)
        else:
            yield path
