"""The heap settings of a process that exists to run one batch: `start_up`.

Used by `tender-triage scan` around its start-up, and by each worker process of a scan's pool
(extract.intake.pool) around the first `prepare` it runs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG_THRESHOLD", "start_up"]

#: Allocations between two collections of the youngest generation once start-up is over (CPython's
#: default is 700).
YOUNG_THRESHOLD = 20_000


@contextmanager
def start_up() -> Iterator[None]:
    """Run a batch process's start-up (`prepare`: loading the policy and the model) with the cyclic
    garbage collector off, then freeze what it built and collect the young generation less often.

    Why: a scan's start-up builds about half a million objects that live until the process ends
    (the policy's terms, automata and cues, the model's columns), and every later collection of
    an older generation walked all of them again; with CPython's default threshold a 43-file scan
    ran about 130 young and a dozen older collections, a tenth of a second of a five-second run
    on this machine, none of which ever found garbage among those objects. `gc.freeze()` moves
    them to the permanent generation, where reference counting still frees them but collections
    do not look; what pages allocate and drop is freed by reference counting anyway, so the young
    generation is collected every YOUNG_THRESHOLD allocations. Meant for a process that exists
    to run one batch (`tender-triage scan`, a worker): the settings are the process's own and
    stay after the block, even when start-up raises (the process then ends with exit code 2).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        if enabled:
            gc.enable()
