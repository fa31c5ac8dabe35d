# Hand-written: copied from overlay/telnyx_voice/_types.py by codegen; edit it there.
"""Small shared types: the ``NOT_GIVEN`` sentinel and per-call option types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "Timeout"]


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


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options every generated method forwards to the client.

    ``extra_headers``/``extra_query``/``extra_body`` are merged over what the SDK builds
    (an ``extra_query`` value of ``None`` removes that key); ``timeout`` and
    ``max_retries`` override the client's settings for this call; ``retry_non_idempotent``
    opts this call into retrying even when the request may have reached the server.
    """

    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    retry_non_idempotent: bool | NotGiven = NOT_GIVEN
