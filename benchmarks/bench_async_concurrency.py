"""Async throughput at 1, 50 and 200 concurrent tasks, with raw aiohttp as the floor.

Every side sends the same ``send_dtmf`` (JSON body with ``digits`` and a fresh
``command_id``, the same headers) to the loopback server and parses the JSON answer:

(floor)    a raw ``aiohttp.ClientSession``: ``post``, ``json.loads(await resp.read())``
(ours)     ``telnyx_voice.AsyncTelnyx(http_client=DefaultAioHttpClient())``
(official) ``telnyx.AsyncTelnyx(http_client=telnyx.DefaultAioHttpClient())``
also       ours and the official SDK on their default httpx client, a bare
           ``httpx.AsyncClient`` and a bare ``httpx_aiohttp.HttpxAiohttpClient`` (httpx's
           API over aiohttp, no SDK: the adapter's own cost)

All sides share one asyncio loop (no uvloop) and the server (``_server.py``, another
process); each level's sides run interleaved (A B C ..., then reversed), after one warm-up
batch each.  Reported: wall time per call (lower is better; the issue's target,
ours-over-aiohttp >= 0.8x raw aiohttp throughput, is a ratio <= 1.25).

    python benchmarks/bench_async_concurrency.py [--n CALLS] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import _common as c
import httpx
from bench_async import Call, _batch, _interleave

LEVELS = (1, 50, 200)
HEADERS = {
    "Accept": "application/json",
    "Authorization": f"Bearer {c.API_KEY}",
    "Content-Type": "application/json",
}


def _body() -> bytes:
    return json.dumps({"digits": c.DIGITS, "command_id": str(uuid.uuid4())}).encode()


async def _sides(base_url: str) -> tuple[dict[str, Call], list[Any]]:
    import aiohttp
    import httpx_aiohttp
    from telnyx_voice import AsyncTelnyx, DefaultAioHttpClient

    url = f"{base_url}/calls/{c.CALL_CONTROL_ID.replace(':', '%3A')}/actions/send_dtmf"
    session = aiohttp.ClientSession()

    async def floor() -> object:
        async with session.post(url, data=_body(), headers=HEADERS) as response:
            return json.loads(await response.read())

    def bare(client: httpx.AsyncClient) -> Call:
        async def call() -> object:
            return (await client.post(url, content=_body(), headers=HEADERS)).json()

        return call

    def sdk(client: Any) -> Call:
        async def call() -> object:
            return await client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

        return call

    bare_httpx = httpx.AsyncClient()
    bare_aio = httpx_aiohttp.HttpxAiohttpClient()
    ours_aio = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url, http_client=DefaultAioHttpClient())
    ours_httpx = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)
    fns: dict[str, Call] = {
        "floor": floor,
        "ours": sdk(ours_aio),
        "ours_httpx": sdk(ours_httpx),
        "bare_httpx": bare(bare_httpx),
        "bare_httpx_aiohttp": bare(bare_aio),
    }
    clients: list[Any] = [session, bare_httpx, bare_aio, ours_aio, ours_aio._http, ours_httpx]
    official = c.official_sdk()
    if official is not None:
        official_aio = official.AsyncTelnyx(
            api_key=c.API_KEY, base_url=base_url, http_client=official.DefaultAioHttpClient()
        )
        official_httpx = official.AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)
        fns["official"] = sdk(official_aio)
        fns["official_httpx"] = sdk(official_httpx)
        clients += [official_aio, official_httpx]
    for fn in fns.values():
        assert "ok" in str(await fn())
    return fns, clients


async def _run(n: int, rounds: int, server: str) -> dict[int, dict[str, list[float]]]:
    fns, clients = await _sides(f"{server}/v2")
    results = {}
    for tasks in LEVELS:
        for fn in fns.values():  # warm-up: connections for this level, caches
            await _batch(fn, n, tasks)
        results[tasks] = await _interleave(fns, n, tasks, rounds)
    for client in clients:
        await (client.aclose() if hasattr(client, "aclose") else client.close())
    return results


def main() -> int:
    args = c.parse_args(__doc__, n=500, rounds=3, n_help="calls per batch, level and side")
    with c.loopback_server() as server:
        results = asyncio.run(_run(args.n, args.rounds, server))
    labels = {
        "floor": "raw aiohttp.ClientSession",
        "ours": "AsyncTelnyx over DefaultAioHttpClient",
        "official": "telnyx AsyncTelnyx over its DefaultAioHttpClient",
        "ours_httpx": "ours on httpx (default client)",
        "official_httpx": "official on httpx (default client)",
        "bare_httpx": "bare httpx.AsyncClient",
        "bare_httpx_aiohttp": "bare httpx_aiohttp.HttpxAiohttpClient (adapter, no SDK)",
    }
    rows = [
        c.row(
            f"async_aio_{tasks}",
            f"async over aiohttp: {tasks} task{'s' if tasks > 1 else ''}, {args.n} `send_dtmf`"
            " to uvicorn, wall per call (floor: raw aiohttp)",
            "µs",
            samples,
            scale=1e6,
            labels=labels,
            target=1.25,
            extras=("bare_httpx_aiohttp", "ours_httpx", "official_httpx", "bare_httpx"),
            note="target: >= 0.8x raw aiohttp throughput",
        )
        for tasks, samples in results.items()
    ]
    c.emit(
        "bench_async_concurrency",
        rows,
        args,
        official_version=c.official_version(),
        levels=list(LEVELS),
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
