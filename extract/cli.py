"""The `tender-triage` command: a thin argparse shell over library functions.

Each subcommand lives in `extract/commands/<name>.py` with `NAME`, `HELP`, `add_arguments(parser)`
and `run(args) -> int`, so the parser is built without importing scikit-learn (fast `--help`).
Exit codes (../shared/DESIGN.md): 0 all processed, 1 some documents unreadable, 2 usage or
configuration error raised before any document is read. Stopped from outside: 130 on Ctrl-C
(SIGINT), 143 on SIGTERM, 141 when the reader of stdout went away (`scan ... | head -1`): the
shell's 128 + signal number, so a script sees the same code as for any other tool stopped that
way. A stop always ends worker processes first and leaves the ledger with whole files only.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import os
import signal
import sys
import threading

from extract import __version__
from extract.errors import TriageError

COMMANDS = [
    "extract.commands.scan",
    "extract.commands.report",
    "extract.commands.explain",
    "extract.commands.train",
    "extract.commands.evaluate",
    "extract.commands.compare",
    "extract.commands.promote",
    "extract.commands.review",
    "extract.commands.policy",
    "extract.commands.serve",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tender-triage",
        description="Screen procurement documents for restricted vendors and in-scope ICT equipment.",
    )
    parser.add_argument("--version", action="version", version=f"tender-triage {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for modname in COMMANDS:
        mod = importlib.import_module(modname)
        p = sub.add_parser(mod.NAME, help=mod.HELP, description=getattr(mod, "DESCRIPTION", mod.HELP))
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


class Terminated(BaseException):
    """SIGTERM turned into an exception in the main thread, so it unwinds like Ctrl-C.

    Why: the default SIGTERM action kills the process on the spot, leaving its loky workers
    running as orphans. Raised from the handler, it passes through joblib (which kills the pool's
    workers on any BaseException), the ledger (which rolls back the file in flight) and every
    `finally`. A BaseException so that no `except Exception` on the way swallows it.
    """


def _raise_terminated(signum, frame):
    # One SIGTERM asks for a clean stop; a second one, while cleaning up, kills at once.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise Terminated()


def _silence_stdout() -> None:
    """Point stdout at /dev/null once its reader is gone.

    Why: the interpreter flushes sys.stdout when it exits; with the pipe closed that flush raises
    BrokenPipeError again and prints 'Exception ignored ...' on stderr. Python's documentation
    (signal module, "Note on SIGPIPE") recommends this dup2.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or already closed
        pass


#: Exit codes for a run stopped from outside: 128 + the signal number, as shells report them.
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE


def main(argv: list[str] | None = None) -> int:
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if in_main_thread else None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "_run", None):
            parser.print_help(sys.stderr)
            return 2
        code = int(args._run(args))
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below, not at exit
        return code
    except TriageError as exc:
        print(f"tender-triage: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("tender-triage: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("tender-triage: terminated (SIGTERM)", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:
        _silence_stdout()  # the reader stopped reading (`| head`): end quietly
        return EXIT_BROKEN_PIPE
    finally:
        if in_main_thread:
            signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


#: The exit status `entry` leaves with once the command has returned (None: not leaving that way).
_LEAVING: int | None = None


def entry() -> None:
    """The `tender-triage` program (and `python -m extract`): `main()`, then the process ends as
    soon as every exit handler has run (`_leave`)."""
    global _LEAVING
    code = main()
    _LEAVING = code
    raise SystemExit(code)


def _leave() -> None:
    """The program's last exit handler: end the process without tearing the interpreter down.

    Why: a scan's policy and model are half a million objects, and after the exit handlers
    CPython clears every module, collects and frees them one by one, 0.05-0.08 s of every run on
    this machine (an eighth of a one-file scan) that nobody waits for. Registered when this module
    is imported, which the program does before anything else, so it runs after every handler a
    library registers (handlers run last registered first; one registered earlier would not run,
    and the program has none): worker pools are shut down, joblib's temporary folders removed,
    pdfium closed, non-daemon threads joined (Python joins those before any handler) by then.
    What is left is flushed here: the logging handlers and the standard streams. Only the
    program arms it (`entry`), once the command has returned; `main()` called as a library
    function, or an exception no handler caught, ends the usual way."""
    if _LEAVING is None:
        return
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # a reader gone (`| head`) or a stream closed: the status is decided already
    os._exit(_LEAVING)


atexit.register(_leave)


if __name__ == "__main__":
    entry()
