"""Small shared types: the ``NOT_GIVEN`` sentinel and per-call option types."""

from __future__ import annotations

from typing import Final, Literal

import httpx


class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit ``None``).

    Body fields left as ``NOT_GIVEN`` are omitted from the JSON; a field passed as
    ``None`` is sent as ``null``.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = float | httpx.Timeout | None
