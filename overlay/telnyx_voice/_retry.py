"""Retry policy shared by the sync and async clients (pure functions, no sleeping).

* Retried outcomes: connection errors, timeouts, HTTP 408, 429 and 5xx.  Other 4xx are
  never retried.
* Idempotent operations (``op.idempotent``: GET/PUT/DELETE, or a Call Control command
  carrying ``command_id`` -- the same ``command_id`` is sent on every attempt, so Telnyx
  de-duplicates) retry all of the above.
* Non-idempotent operations (those without a ``command_id`` that are not GET/PUT/DELETE,
  e.g. ``queues.create``, ``conferences.actions.mute``) retry only when the request
  surely did not reach the server -- ``httpx.ConnectError``/``ConnectTimeout``/
  ``PoolTimeout`` -- or was refused with 429.  A 5xx, a read timeout or a dropped
  connection could mean the call was placed, so repeating it could place a second call.
  Callers may opt in with ``retry_non_idempotent=True`` (client, ``with_options`` or
  per call).
* Delay: ``0.5s * 2**attempt`` capped at 8s, minus up to 25% jitter.  On 429/503 a
  ``Retry-After`` (seconds or HTTP-date) or ``retry-after-ms`` header is used instead,
  capped at 60s.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx

from ._building import PreparedRequest
from ._exceptions import parse_retry_after

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
JITTER = 0.25

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def backoff(attempt: int, rand: Callable[[], float] = random.random) -> float:
    """Delay before retry number ``attempt + 1`` (``attempt`` counts from 0)."""
    return min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY) * (1.0 - JITTER * rand())


def delay_after_exception(
    exc: httpx.TransportError, *, attempt: int, prepared: PreparedRequest
) -> float | None:
    """Seconds to wait before retrying after a transport error, or ``None`` to give up."""
    if attempt >= prepared.max_retries or not isinstance(exc, _TRANSIENT):
        return None
    if not (prepared.retryable or isinstance(exc, _NOT_SENT)):
        return None
    return backoff(attempt)


def delay_after_response(
    response: httpx.Response, *, attempt: int, prepared: PreparedRequest, now: float
) -> float | None:
    """Seconds to wait before retrying after a non-2xx response, or ``None`` to give up."""
    status = response.status_code
    if attempt >= prepared.max_retries:
        return None
    if status != 429:
        if not (status == 408 or status >= 500) or not prepared.retryable:
            return None
    if status in (429, 503):
        retry_after = parse_retry_after(response.headers, now)
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
    return backoff(attempt)
