"""Deduplication of webhook deliveries for :class:`WebhookRouter` (keyed by ``data.id``).

A store hands out *claims*.  The router claims an event's id before running its handler:

* the claim is new: the handler runs; on success the entry becomes *done* (kept
  ``ttl_seconds``); if the handler raises, the claim is *released* (deleted), so Telnyx's
  redelivery runs the handler again;
* the id is *in progress* (another worker or task is running its handler) or *done*: the
  delivery is acknowledged without running the handler.

An in-progress claim expires after ``claim_ttl_seconds`` so that a worker that died
mid-handler does not block the event for good (a handler running longer than that may run
twice).  Events without an id are never deduplicated.
"""

from __future__ import annotations

import importlib
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

__all__ = ["DedupeStore", "InMemoryDedupeStore", "RedisDedupeStore"]

DEFAULT_TTL_SECONDS = 24 * 60 * 60
DEFAULT_CLAIM_TTL_SECONDS = 60
DEFAULT_MAX_ENTRIES = 100_000
DEFAULT_REDIS_PREFIX = "telnyx-voice:webhook:"

_IN_PROGRESS = "in-progress:"
_DONE = "done"


def _positive(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds > 0, got {value!r}")
    return float(value)


def _count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be an int >= 1, got {value!r}")
    return value


class DedupeStore(ABC):
    """Where the router records which events are being or have been handled.

    ``claim`` returns a token (the claim is ours) or ``None`` (in progress or done
    elsewhere); ``complete``/``release`` take that token and only touch the entry while it
    is still that claim.  The ``*_async`` twins default to the sync methods.
    """

    @abstractmethod
    def claim(self, key: str) -> str | None:
        """Claim ``key`` (an event id) as in progress; ``None`` when it is a duplicate."""

    @abstractmethod
    def complete(self, key: str, token: str) -> None:
        """Mark a claimed ``key`` done (duplicates are then ignored for ``ttl_seconds``)."""

    @abstractmethod
    def release(self, key: str, token: str) -> None:
        """Forget a claimed ``key`` (its handler failed), so a redelivery runs again."""

    async def claim_async(self, key: str) -> str | None:
        return self.claim(key)

    async def complete_async(self, key: str, token: str) -> None:
        self.complete(key, token)

    async def release_async(self, key: str, token: str) -> None:
        self.release(key, token)


class InMemoryDedupeStore(DedupeStore):
    """Deduplication within one process (the router's default); thread-safe.

    Args:
        ttl_seconds: how long a handled event id is remembered (default 24 h).
        claim_ttl_seconds: how long an in-progress claim holds (default 60 s).
        max_entries: the most ids kept (default 100,000); past it the oldest are forgotten,
            so a redelivery of a forgotten event runs again.
        clock: monotonic seconds (default :func:`time.monotonic`), for tests.

    Raises:
        ValueError: a TTL is not > 0 or ``max_entries`` is not >= 1.
    """

    def __init__(
        self,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        claim_ttl_seconds: float = DEFAULT_CLAIM_TTL_SECONDS,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.ttl_seconds = _positive("ttl_seconds", ttl_seconds)
        self.claim_ttl_seconds = _positive("claim_ttl_seconds", claim_ttl_seconds)
        self.max_entries = _count("max_entries", max_entries)
        self._clock = clock or time.monotonic
        self._entries: OrderedDict[str, tuple[str, float]] = OrderedDict()  # key -> (state, expiry)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def claim(self, key: str) -> str | None:
        now = self._clock()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[1] > now:
                return None
            token = _IN_PROGRESS + uuid.uuid4().hex
            self._entries[key] = (token, now + self.claim_ttl_seconds)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
            return token

    def complete(self, key: str, token: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == token:
                self._entries[key] = (_DONE, self._clock() + self.ttl_seconds)
                self._entries.move_to_end(key)

    def release(self, key: str, token: str) -> None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == token:
                del self._entries[key]


# KEYS[1] = the entry, ARGV[1] = our token, ARGV[2] = "done", ARGV[3] = ttl in ms
_COMPLETE_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
end
return false
"""
_RELEASE_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


def _is_async_client(client: object) -> bool:
    try:  # redis-py is an optional dependency (the `redis` extra): imported only here
        aioredis: Any = importlib.import_module("redis.asyncio")
    except ImportError:  # pragma: no cover - a redis client implies redis-py
        return False
    return isinstance(client, (aioredis.Redis, aioredis.RedisCluster))


class RedisDedupeStore(DedupeStore):
    """Deduplication across worker processes and hosts sharing one Redis (redis-py).

    Install with ``pip install 'telnyx-voice[redis]'``.  A claim is ``SET key
    "in-progress:<token>" NX PX claim_ttl``: atomic, so of several workers receiving the
    same delivery at once exactly one runs the handler.  Completing sets ``"done"`` with
    ``PX ttl``; releasing deletes the key; both only if the key still holds our token
    (a Lua script), so an expired claim taken over by another worker is left alone.

    Args:
        client: a ``redis.Redis`` (use :meth:`WebhookRouter.dispatch` or
            ``dispatch_async``) or a ``redis.asyncio.Redis`` (``dispatch_async`` only).
        ttl_seconds: how long a handled event id is remembered (default 24 h).
        claim_ttl_seconds: how long an in-progress claim holds (default 60 s).
        prefix: key prefix (default ``"telnyx-voice:webhook:"``); the key is prefix + id.

    Raises:
        ValueError: a TTL is not > 0.

    Redis errors (connection refused, timeouts) propagate from ``dispatch``: answer the
    delivery with a 5xx and Telnyx redelivers it; the handler has not run.
    """

    def __init__(
        self,
        client: Any,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        claim_ttl_seconds: float = DEFAULT_CLAIM_TTL_SECONDS,
        prefix: str = DEFAULT_REDIS_PREFIX,
    ) -> None:
        self.client = client
        self.ttl_seconds = _positive("ttl_seconds", ttl_seconds)
        self.claim_ttl_seconds = _positive("claim_ttl_seconds", claim_ttl_seconds)
        self.prefix = prefix
        self.is_async = _is_async_client(client)
        self._complete = client.register_script(_COMPLETE_LUA)
        self._release = client.register_script(_RELEASE_LUA)

    def _ms(self, seconds: float) -> int:
        return max(1, int(seconds * 1000))

    def _sync_only(self) -> None:
        if self.is_async:
            raise TypeError(
                "RedisDedupeStore has a redis.asyncio client; use `await router.dispatch_async(event)`"
            )

    def claim(self, key: str) -> str | None:
        self._sync_only()
        token = _IN_PROGRESS + uuid.uuid4().hex
        ok = self.client.set(self.prefix + key, token, nx=True, px=self._ms(self.claim_ttl_seconds))
        return token if ok else None

    def complete(self, key: str, token: str) -> None:
        self._sync_only()
        self._complete(keys=[self.prefix + key], args=[token, _DONE, self._ms(self.ttl_seconds)])

    def release(self, key: str, token: str) -> None:
        self._sync_only()
        self._release(keys=[self.prefix + key], args=[token])

    async def claim_async(self, key: str) -> str | None:
        if not self.is_async:
            return self.claim(key)
        token = _IN_PROGRESS + uuid.uuid4().hex
        ok = await self.client.set(
            self.prefix + key, token, nx=True, px=self._ms(self.claim_ttl_seconds)
        )
        return token if ok else None

    async def complete_async(self, key: str, token: str) -> None:
        if not self.is_async:
            return self.complete(key, token)
        await self._complete(
            keys=[self.prefix + key], args=[token, _DONE, self._ms(self.ttl_seconds)]
        )

    async def release_async(self, key: str, token: str) -> None:
        if not self.is_async:
            return self.release(key, token)
        await self._release(keys=[self.prefix + key], args=[token])
