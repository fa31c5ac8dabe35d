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

DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""The connection pool of the http client a client creates for itself and of
:class:`~telnyx_voice.DefaultHttpxClient`/``DefaultAsyncHttpxClient``: httpx's and the
official SDK's defaults (100 connections, 20 kept alive when idle).

Measured both ways in one run (`benchmarks/bench_async.py`, 50 tasks): keeping all 100 alive
made ``AsyncTelnyx`` over httpx 1.76x the bare-httpx floor instead of 0.97x (httpcore's pool
does more work per request the more connections it holds), while it helped only hedged calls
over httpx (with 20 alive, more than 20 in flight -- 20 tasks plus a hedge -- makes httpcore
close connections beyond 20 as they are released: 60-440 new connections per 1000 hedged calls).
Hedging is off by default and best over :class:`~telnyx_voice.DefaultAioHttpClient`, so the
default favours throughput; pass ``http_client=DefaultAsyncHttpxClient(limits=...)`` to
choose otherwise."""
