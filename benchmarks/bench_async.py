"""Async: 50 concurrent tasks sharing ``--n`` ``send_dtmf`` calls to a loopback server.

(floor)    a bare ``httpx.AsyncClient``: JSON body (``digits`` + fresh ``command_id``),
           ``post``, ``response.json()``
(ours)     ``telnyx_voice.AsyncTelnyx(base_url=server).calls.actions.send_dtmf(...)``
(official) ``telnyx.AsyncTelnyx(base_url=server).calls.actions.send_dtmf(...)``

Each side uses its own default http client, on the same asyncio event loop (the default
loop, no uvloop); the server is ``_server.py`` in a separate process.  After one warm-up
batch per side, each timed batch's wall time is divided by its number of calls.

At 50 concurrent requests httpcore's connection pool bookkeeping (re-scanning every
connection and queued request on each request start and end) dominates the client's CPU
in all three columns, and how many connections the pool ends up with varies from batch
to batch; so a second row measures the same three calls' async CPU cost alone: awaited
one at a time over ``httpx.MockTransport`` (no network, no pool).

    python benchmarks/bench_async.py [--n CALLS] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import _common as c
import httpx

TASKS = 50
Call = Callable[[], Awaitable[object]]


async def _batch(fn: Call, calls: int, tasks: int) -> float:
    """Seconds per call for ``calls`` calls spread over ``tasks`` concurrent workers."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await fn()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(min(tasks, calls))))
    return (time.perf_counter() - start) / calls


async def _interleave(
    fns: dict[str, Call], calls: int, tasks: int, rounds: int
) -> dict[str, list[float]]:
    """``_common.interleave`` for coroutines: A B C, C B A, ...; gc.collect() before each."""
    names = list(fns)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            gc.collect()
            samples[name].append(await _batch(fns[name], calls, tasks))
    return samples


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, content=c.RESPONSE_BODY, headers={"content-type": "application/json"}
    )


async def _sides(
    base_url: str, http: Callable[[], httpx.AsyncClient] | None
) -> tuple[dict[str, Call], list[Any]]:
    """The three ``send_dtmf`` callables and the clients to close.

    ``http``: the http client factory for all three; ``None`` gives each its own default
    (``httpx.AsyncClient()`` for the floor, each SDK's default client).
    """
    extra: dict[str, Any] = {} if http is None else {"http_client": http()}
    bare = httpx.AsyncClient() if http is None else http()
    url = f"{base_url}/calls/{c.CALL_CONTROL_ID.replace(':', '%3A')}/actions/send_dtmf"
    headers = {
        "Accept": "application/json",
        "Authorization": f"Bearer {c.API_KEY}",
        "Content-Type": "application/json",
    }

    async def floor() -> object:
        body = json.dumps({"digits": c.DIGITS, "command_id": str(uuid.uuid4())}).encode()
        return (await bare.post(url, content=body, headers=headers)).json()

    from telnyx_voice import AsyncTelnyx

    ours_client = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url, **extra)

    async def ours() -> object:
        return await ours_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

    fns: dict[str, Call] = {"floor": floor, "ours": ours}
    clients: list[Any] = [bare, ours_client]
    sdk = c.official_sdk()
    if sdk is not None:
        extra = {} if http is None else {"http_client": http()}
        official_client = sdk.AsyncTelnyx(api_key=c.API_KEY, base_url=base_url, **extra)

        async def official() -> object:
            return await official_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

        fns["official"] = official
        clients.append(official_client)
    assert (await ours()).data.result == "ok"  # type: ignore[attr-defined]
    return fns, clients


async def _close(clients: list[Any]) -> None:
    for client in clients:
        await (client.aclose() if hasattr(client, "aclose") else client.close())


async def _run(
    n: int, rounds: int, server: str
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    # Loopback, each side with its own default http client (pool settings included).
    fns, clients = await _sides(f"{server}/v2", None)
    for fn in fns.values():  # warm-up: connections, imports, caches; the first few thousand
        await _batch(fn, n, TASKS)  # calls of a fresh pool run slower and more erratically
    loopback = await _interleave(fns, n, TASKS, rounds)
    await _close(clients)

    # CPU alone: MockTransport, one call at a time.
    def mock_client() -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(_handler))

    fns, clients = await _sides("http://api.test/v2", mock_client)
    for fn in fns.values():
        await _batch(fn, max(n // 10, 3), 1)
    cpu = await _interleave(fns, n, 1, rounds)
    await _close(clients)
    return loopback, cpu


def main() -> int:
    args = c.parse_args(__doc__, n=2000, rounds=5, n_help="calls per round and side")
    with c.loopback_server() as server:
        loopback, cpu = asyncio.run(_run(args.n, args.rounds, server))
    labels = {
        "floor": "bare httpx.AsyncClient",
        "ours": "telnyx_voice AsyncTelnyx",
        "official": "telnyx AsyncTelnyx",
    }
    rows = [
        c.row(
            "async",
            f"async loopback: {TASKS} tasks, {args.n} `send_dtmf` to uvicorn, wall per call",
            "µs",
            loopback,
            scale=1e6,
            labels=labels,
            target=1.05,
            issue_official=1.19,
        ),
        c.row(
            "async_cpu",
            "async client CPU per call: `send_dtmf` awaited one at a time over MockTransport",
            "µs",
            cpu,
            scale=1e6,
            labels=labels,
            note="supplementary: the SDK's own async overhead, without the pool's",
        ),
    ]
    c.emit("bench_async", rows, args, official_version=c.official_version(), tasks=TASKS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
