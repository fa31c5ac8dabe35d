# Hand-written: copied from overlay/telnyx_voice/_constants.py by codegen; edit it there.
"""Defaults shared by the clients (the official ``telnyx`` SDK's names and values)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import httpx

from ._deadlines import CATEGORY_TIMEOUTS

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_HEDGES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TIMEOUTS",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""60 s for the whole request, 5 s to connect: the default http clients' timeout and the
``background`` category's (requests use :data:`DEFAULT_TIMEOUTS` by latency category)."""

DEFAULT_TIMEOUTS: Mapping[str, httpx.Timeout] = MappingProxyType(
    {
        name: httpx.Timeout(total, connect=connect)
        for name, (total, connect) in CATEGORY_TIMEOUTS.items()
    }
)
"""The default timeout per latency category (``interactive`` 5 s, ``responsive`` 30 s,
``background`` 60 s; see :mod:`telnyx_voice._deadlines`)."""

DEFAULT_MAX_HEDGES = 1
"""Hedges (identical re-sends of a slow command) per call when ``hedge_after`` is set."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt (see ``telnyx_voice._retry`` for what is retried)."""

DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""The connection pool of the http client a client creates for itself and of
:class:`~telnyx_voice.DefaultHttpxClient`/``DefaultAsyncHttpxClient``: httpx's 100
connections, all of them kept alive when idle (httpx and the official SDK keep 20).  With 20
idle at most, more than 20 requests in flight -- 20 tasks plus a hedge -- make httpcore close
every idle connection beyond 20 as soon as it is released and open a new one for the next
request: measured at 20 tasks with 5 % of requests hedged, 60-440 connections per 1000 calls
instead of ~50, and a p50 4-8x that of the unhedged client.  Idle connections still expire
after httpx's 5 s."""
