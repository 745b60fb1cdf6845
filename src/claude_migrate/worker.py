"""What every worker process is set up with: it dies with the run, and its memory is capped.

A worker killed with its parent (SIGKILL of the command) would otherwise go on parsing, owned
by init: on Linux the kernel is asked to kill it when its parent goes (PR_SET_PDEATHSIG),
and everywhere a thread checks that the parent is still the one it started with.

The memory cap is an address-space limit (RLIMIT_AS, Linux only: elsewhere it is not
enforced) of the worker's size when it starts plus --max-memory. Past it, an allocation
fails: in Python code that is a MemoryError, which fails the file; in LibCST's native parser
the process aborts, and the caller fails the file on the exit status. Either way the rest of
the run goes on. The native parser's own message on that abort is not shown: a worker's
stderr goes nowhere, since every problem it meets comes back as a result.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

_PR_SET_PDEATHSIG = 1
LIMIT: int | None = None  # this process's --max-memory in bytes, when it is a capped worker


# The collector's first generation is run every 20,000 allocations, not every 700: a
# LibCST parse and every codemod walk allocate tens of thousands of nodes that are freed by
# reference counting anyway, and running the collector over them was about 5% of a
# candidate file's CPU (measured in process, file by file, each way in turn).
GC_THRESHOLD = (20_000, 20, 50)


def init(max_memory: int | None, modules: Sequence[str] = ()) -> None:
    """The initializer of every worker process; `modules` are imported at once (warm)."""
    _die_with_parent()
    _quiet_stderr()
    gc.set_threshold(*GC_THRESHOLD)
    if max_memory is not None:
        limit_memory(max_memory)
    if modules:
        warm(modules)


def warm(modules: Sequence[str]) -> None:
    """Import `modules` now, before the worker's first file. (Freezing the heap after, so
    that the collector passes over the modules' objects, was measured: no gain.)"""
    import importlib

    for name in modules:
        importlib.import_module(name)


def _die_with_parent() -> None:
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the thread below still does it, within a second
    if os.getppid() != parent or parent == 1:
        os._exit(1)  # the parent went before the request took effect
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:  # re-parented: the run is gone
            os._exit(1)


def _quiet_stderr() -> None:
    import faulthandler  # a dump on an abort past the cap would go to a copy of stderr

    faulthandler.disable()
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
    except OSError:
        pass


def limit_memory(max_memory: int) -> None:
    global LIMIT
    if not sys.platform.startswith("linux"):
        return
    import resource

    try:
        with open("/proc/self/statm", "rb") as handle:
            size = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = size + max_memory
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        if soft == resource.RLIM_INFINITY or wanted < soft:
            resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
        LIMIT = max_memory
    except (OSError, ValueError):
        pass  # no limit: the estimate up front still turns away what cannot fit


def out_of_memory_message(max_memory: int) -> str:
    return (
        f"ran out of memory: parsing it needs more than --max-memory {max_memory // 2**20} MiB; "
        "raise --max-memory to try"
    )


def run_alone(function: Callable[..., Any], args: tuple[Any, ...], max_memory: int) -> Any:
    """`function(*args)` in a capped process of its own; its result, or the exit status (a
    negative signal number) when the process died."""
    import multiprocessing

    context = multiprocessing.get_context()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_alone, args=(send, function, args, max_memory))
    process.start()
    send.close()
    try:
        result = receive.recv()
    except EOFError:
        result = None
    finally:
        receive.close()
        process.join()
    if result is None:
        return process.exitcode if process.exitcode else -signal.SIGKILL
    return result[0]


def _alone(send: Any, function: Callable[..., Any], args: tuple[Any, ...], max_memory: int) -> None:
    init(max_memory)
    send.send((function(*args),))
    send.close()


def died_of_memory(status: int) -> bool:
    """An abort under the cap is the native parser failing to allocate (a panic in it comes
    back as a Python exception). A SIGKILL may be the system's out-of-memory killer or
    anyone's: it is not put down to the cap."""
    return status == -signal.SIGABRT and sys.platform.startswith("linux")
