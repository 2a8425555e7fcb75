"""Which files a scan reads: folders walked recursively, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from extract.errors import InputNotFound
from extract.parse import input_exists


def iter_input_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Every file named or found below the named folders, recursively, in a stable order.

    Paths are yielded as given (joined with the names found below them), so records carry the
    path the operator typed. Symlinked folders are not followed (no loops); hidden files and
    folders (dot names) below a named folder are skipped, as are editor and OS droppings.
    A path that does not exist is yielded anyway and becomes an error record (`scan`, `run_scan`
    and the library API refuse such paths first: `check_inputs`; this covers a file deleted
    between that check and its reading). An archive member path
    (`bundle.zip!a.docx`) is yielded as given and read from its archive.
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


def check_inputs(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Raise InputNotFound (a TriageError, exit 2; a FileNotFoundError) naming every path that
    does not exist.

    Why: a mistyped path is the operator's mistake, not a document the tool failed to read; as a
    record it would be flagged "unreadable" with the hash of empty bytes and look like evidence.
    It is refused before anything is written. A member of an existing archive file
    (`bundle.zip!a.docx`) counts as existing; a member missing from it becomes an error record.
    """
    missing = [str(p) for p in paths if not input_exists(p)]
    if len(missing) == 1:
        raise InputNotFound(f"no such file or folder: {missing[0]}")
    if missing:
        raise InputNotFound(f"no such files or folders: {', '.join(missing)}")
