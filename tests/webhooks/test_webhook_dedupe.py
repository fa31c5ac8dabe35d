"""Deduplication: InMemoryDedupeStore and RedisDedupeStore (a real redis-server, sync and
asyncio clients) behind the router: once per data.id, release on failure, TTLs, bounds."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
import redis
import redis.asyncio as aioredis
from telnyx_voice import testing
from telnyx_voice.webhooks import (
    DedupeStore,
    InMemoryDedupeStore,
    RedisDedupeStore,
    WebhookRouter,
    parse,
)


def _event(event_id: str | None = "e-1") -> Any:
    body = testing.build_event("call.hangup", {"call_control_id": "v3:c"})
    if event_id is None:
        del body["data"]["id"]
    else:
        body["data"]["id"] = event_id
    return parse(json.dumps(body))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _router(
    store: DedupeStore | None, runs: list[str], fail: Callable[[], bool] = lambda: False
) -> WebhookRouter:
    router = WebhookRouter(dedupe=store)

    @router.on("call.hangup")
    def on_hangup(event: Any) -> str:
        runs.append(event.data.id)
        if fail():
            raise RuntimeError("handler failed")
        return "ran"

    return router


def test_in_memory_is_the_default_and_runs_a_delivery_once() -> None:
    runs: list[str] = []
    router = _router(None, runs)
    router.dedupe = WebhookRouter().dedupe  # what a router gets by default
    assert isinstance(router.dedupe, InMemoryDedupeStore)
    assert router.dispatch(_event()) == "ran"
    assert router.dispatch(_event()) is None  # the duplicate is acknowledged, not run
    assert router.dispatch(_event("e-2")) == "ran"
    assert runs == ["e-1", "e-2"]


def test_events_without_id_and_dedupe_none_always_run() -> None:
    runs: list[str] = []
    router = _router(InMemoryDedupeStore(), runs)
    router.dispatch(_event(None))
    router.dispatch(_event(None))
    off = _router(None, runs)
    off.dispatch(_event())
    off.dispatch(_event())
    assert len(runs) == 4


def test_failure_releases_the_claim_so_the_redelivery_runs() -> None:
    runs: list[str] = []
    failures = iter([True, False])
    router = _router(InMemoryDedupeStore(), runs, fail=lambda: next(failures))
    with pytest.raises(RuntimeError):
        router.dispatch(_event())
    assert router.dispatch(_event()) == "ran"
    assert router.dispatch(_event()) is None
    assert runs == ["e-1", "e-1"]


def test_in_memory_ttls_and_bound() -> None:
    clock = Clock()
    store = InMemoryDedupeStore(ttl_seconds=10, claim_ttl_seconds=2, max_entries=3, clock=clock)
    token = store.claim("a")
    assert token is not None and store.claim("a") is None  # in progress
    clock.now += 2.5
    stale = token
    token = store.claim("a")  # the claim of a worker that died expired
    assert token is not None
    store.complete("a", stale)  # the stale claim no longer owns the entry
    assert store.claim("a") is None
    store.complete("a", token)
    clock.now += 9
    assert store.claim("a") is None  # done, within ttl
    clock.now += 2
    assert store.claim("a") is not None  # forgotten after ttl
    for key in "bcd":
        store.claim(key)
    assert len(store) == 3 and store.claim("a") is not None  # the oldest ("a") was evicted
    with pytest.raises(ValueError):
        InMemoryDedupeStore(ttl_seconds=0)
    with pytest.raises(ValueError):
        InMemoryDedupeStore(max_entries=0)
    with pytest.raises(TypeError):
        WebhookRouter(dedupe="redis")  # type: ignore[arg-type]


def test_concurrent_threads_run_the_handler_once() -> None:
    runs: list[str] = []
    barrier = threading.Barrier(8)

    def slow() -> bool:
        time.sleep(0.05)
        return False

    router = _router(InMemoryDedupeStore(), runs, fail=slow)
    results: list[Any] = []

    def deliver() -> None:
        barrier.wait(timeout=10)
        results.append(router.dispatch(_event("same")))

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert runs == ["same"]
    assert results.count("ran") == 1 and results.count(None) == 7


# -- Redis --------------------------------------------------------------------------------


def test_redis_sync_claims(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    store = RedisDedupeStore(client, ttl_seconds=30, claim_ttl_seconds=5, prefix="t:")
    token = store.claim("e-1")
    assert token is not None and store.claim("e-1") is None
    assert client.get("t:e-1") == token.encode() and 0 < client.pttl("t:e-1") <= 5000
    store.complete("e-1", token)
    assert client.get("t:e-1") == b"done" and 5000 < client.pttl("t:e-1") <= 30_000
    store.release("e-1", token)  # no longer our claim: left alone
    assert client.get("t:e-1") == b"done"
    token = store.claim("e-2")
    assert token is not None
    store.release("e-2", token)
    assert client.exists("t:e-2") == 0 and store.claim("e-2") is not None


def test_redis_claim_expires_and_is_not_overwritten_by_the_stale_owner(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    store = RedisDedupeStore(client, claim_ttl_seconds=0.2)
    stale = store.claim("e-1")
    assert stale is not None
    time.sleep(0.35)
    fresh = store.claim("e-1")
    assert fresh is not None
    store.complete("e-1", stale)
    store.release("e-1", stale)
    assert client.get("telnyx-voice:webhook:e-1") == fresh.encode()


def test_redis_router_sync_failure_and_duplicates(redis_url: str) -> None:
    runs: list[str] = []
    failures = iter([True, False])
    store = RedisDedupeStore(redis.Redis.from_url(redis_url))
    router = _router(store, runs, fail=lambda: next(failures))
    with pytest.raises(RuntimeError):
        router.dispatch(_event())
    assert router.dispatch(_event()) == "ran"
    assert router.dispatch(_event()) is None
    assert runs == ["e-1", "e-1"]


async def test_redis_asyncio_router_concurrent_deliveries(redis_url: str) -> None:
    client = aioredis.Redis.from_url(redis_url)
    store = RedisDedupeStore(client)
    assert store.is_async
    router = WebhookRouter(dedupe=store)
    runs: list[str] = []
    failed = False

    @router.on("call.hangup")
    async def on_hangup(event: Any) -> str:
        nonlocal failed
        runs.append(event.data.id)
        await asyncio.sleep(0.05)
        if event.data.id == "flaky" and not failed:
            failed = True
            raise RuntimeError("first try fails")
        return "ran"

    results = await asyncio.gather(*(router.dispatch_async(_event("a")) for _ in range(10)))
    assert results.count("ran") == 1 and results.count(None) == 9
    with pytest.raises(RuntimeError):
        await router.dispatch_async(_event("flaky"))
    assert await router.dispatch_async(_event("flaky")) == "ran"
    assert runs == ["a", "flaky", "flaky"]
    with pytest.raises(TypeError, match="dispatch_async"):
        router.dispatch(_event("b"))  # a sync dispatch cannot use an asyncio client
    await client.aclose()


def test_redis_errors_propagate_and_the_handler_does_not_run() -> None:
    from .procs import free_port

    runs: list[str] = []
    client = redis.Redis(host="127.0.0.1", port=free_port(), socket_connect_timeout=1)
    router = _router(RedisDedupeStore(client), runs)
    with pytest.raises(redis.ConnectionError):
        router.dispatch(_event())
    assert runs == []


async def test_in_memory_asyncio_concurrent_deliveries_and_cancellation() -> None:
    router = WebhookRouter()  # the default InMemoryDedupeStore
    runs: list[str] = []
    started = asyncio.Event()

    @router.on("call.hangup")
    async def on_hangup(event: Any) -> str:
        runs.append(event.data.id)
        started.set()
        await asyncio.sleep(0.05 if event.data.id != "slow" else 10)
        return "ran"

    results = await asyncio.gather(*(router.dispatch_async(_event("a")) for _ in range(10)))
    assert results.count("ran") == 1 and results.count(None) == 9
    # a handler cancelled mid-way (the server shut down) releases its claim
    started.clear()
    task = asyncio.create_task(router.dispatch_async(_event("slow")))
    await asyncio.wait_for(started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert router.dedupe is not None and router.dedupe.claim("slow") is not None
    assert runs == ["a", "slow"]
