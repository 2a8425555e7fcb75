"""Exceptions for problems that must stop a whole run (exit code 2).

Anything about a single document (broken, encrypted, hostile, over a limit) is never raised past
the batch runner: it becomes a record with a status and a message.
"""


class TriageError(Exception):
    """Base class: a configuration or usage problem, raised before any document is read."""

    exit_code = 2


class PolicyError(TriageError):
    """The policy files are missing or invalid; the message names file, line and field."""


class ModelError(TriageError):
    """The model is missing, tampered with, or was built with other library versions."""


class InputNotFound(TriageError, FileNotFoundError):
    """A path the caller named does not exist: the caller's mistake, refused before anything is
    read (`scan` exits 2 with one sentence; the library raises it, and `except FileNotFoundError`
    catches it as Python code expects). Why not an error record: a record would be flagged
    "unreadable" with the hash of empty bytes and look like evidence about a document."""


class LimitExceeded(Exception):
    """A per-document limit (bytes, pages, characters, seconds, archive size) was crossed.

    Raised inside parsing and turned into an `error` record by the runner; never stops a batch.
    """
