"""Reading one item within a time and memory limit, in a child process.

Some inputs cost far more than their size: lxml parsing a tag with tens of thousands of
attributes, Python-Markdown on a run of brackets, a PDF with a huge page tree. Their C code
cannot be interrupted by a signal, so each extraction runs in a forked child with an address
space limit; the worker waits at most INTAKE_ITEM_SECONDS, then kills it and reports the item.
"""

import multiprocessing
import resource
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings

from ..domain.extraction import ExtractionError

T = TypeVar("T")


def _child(connection, func: Callable[..., T], args: tuple, kwargs: dict, memory: int) -> None:
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        answer: tuple = ("ok", func(*args, **kwargs))
    except ExtractionError as error:
        answer = ("refused", str(error))
    except MemoryError:
        answer = ("refused", "Reading it took more memory than an article may: is it really one?")
    except RecursionError:
        answer = ("refused", "It is nested too deeply to be read.")
    except Exception as error:  # a reader library's own failure on a malformed file
        answer = ("refused", f"It could not be read ({type(error).__name__}).")
    try:
        connection.send(answer)
    except MemoryError:
        connection.send(("refused", "Reading it took more memory than an article may."))
    connection.close()


def limited(func: Callable[..., T], *args, **kwargs) -> T:
    """`func(*args, **kwargs)` in a child process; ExtractionError if it refuses, runs out of
    time or memory, or dies."""
    seconds = settings.INTAKE_ITEM_SECONDS
    if not seconds:  # limits off: read here (a debugger, a profile)
        return func(*args, **kwargs)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(sender, func, args, kwargs, settings.INTAKE_ITEM_MEMORY), daemon=True
    )
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise ExtractionError(f"Reading it took over {seconds:g} seconds: not read.")
        try:
            kind, value = receiver.recv()
        except (EOFError, OSError):
            raise ExtractionError("Reading it failed (the reader stopped).") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join(5)
        receiver.close()
    if kind != "ok":
        raise ExtractionError(value)
    return value
