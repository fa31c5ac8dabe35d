# Hand-written: copied from overlay/telnyx_voice/_deadlines.py by codegen; edit it there.
"""Per-operation deadlines: the default timeout of each latency category.

Telnyx tags every operation of its OpenAPI spec with ``x-latency-category``; the
generator copies it into each :class:`~telnyx_voice._operation.Operation`
(``latency_category``) and into the method's docstring.  A request's timeout is, the
first that is set:

1. ``timeout=`` of the call;
2. the client's ``timeouts[category]`` (``Telnyx(timeouts={"interactive": 2.0})``, also
   ``with_options(timeouts=...)``);
3. the client's ``timeout`` when one was given (``Telnyx(timeout=20.0)``: every category,
   as in the official SDK);
4. :data:`CATEGORY_TIMEOUTS` below.

Why these values: an ``interactive`` operation (a call command: speak, gather, transfer,
...) holds a caller in silence while it is outstanding, so it gets 5 s in all (2 s to
connect) instead of the official SDK's 60 s; retries (``max_retries``) then try again.
``responsive`` operations (reads, lists) get 30 s; ``background`` ones keep the official
60 s.  An operation the spec does not tag is ``responsive``.

This module is plain data (no imports beyond ``typing``): the generator reads it to write
the docstrings, so the numbers live in this one place.
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["CATEGORY_TIMEOUTS", "DEFAULT_CATEGORY", "LatencyCategory", "describe"]

LatencyCategory = Literal["interactive", "responsive", "background"]
"""The values of the spec's ``x-latency-category``."""

DEFAULT_CATEGORY: Final = "responsive"
"""The category of an operation the spec does not tag."""

CATEGORY_TIMEOUTS: Final[dict[str, tuple[float, float]]] = {
    "interactive": (5.0, 2.0),
    "responsive": (30.0, 5.0),
    "background": (60.0, 5.0),
}
"""Category -> (whole request, connect) in seconds."""


def describe(category: str) -> str:
    """``"5 s (2 s to connect)"``: the category's default timeout, for docstrings."""
    total, connect = CATEGORY_TIMEOUTS[category]
    return f"{total:g} s ({connect:g} s to connect)"
