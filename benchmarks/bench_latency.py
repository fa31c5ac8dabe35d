"""Latency when 5 % of requests stall: per-call p50/p99/max, hedged and not.

The loopback server (``_server.py --stall-every 20 --stall-seconds 3``) holds every 20th
request it receives for 3 s before answering.  Each side makes ``--n`` ``send_dtmf`` calls
over 20 concurrent tasks, each call timed on its own:

(floor)    a bare ``httpx.AsyncClient`` (JSON body with a fresh ``command_id``)
(ours)     ``telnyx_voice.AsyncTelnyx(hedge_after=0.5)``: a call with no answer after
           500 ms is sent again with the same ``command_id``; the first answer wins
(official) ``telnyx.AsyncTelnyx`` (60 s timeout, no hedging)
also       ``telnyx_voice.AsyncTelnyx()`` without hedging (the default), and over
           ``DefaultAioHttpClient`` hedged and not

Each call carries an ``X-Bench-Call`` header; the server counts the distinct
``command_id``s it received per call, reported as the maximum over the calls (1: every
hedge repeated its call's ``command_id``; the official SDK sends none unless given one).
Per round the server also counts the requests it received (per 100 calls: 100 + the hedges
sent) and the TCP connections they came on (distinct client ports; a connection closed under
a request costs a new one).
Sides run interleaved (A B C D, then reversed) for ``--rounds`` rounds; p50/p99/max are
over all calls of a side in a round, then median (min..max) over rounds.

    python benchmarks/bench_latency.py [--n CALLS] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import _common as c
import httpx

TASKS = 20
STALL_EVERY = 20
STALL_SECONDS = 3.0
HEDGE_AFTER = 0.5
Call = Callable[[str], Awaitable[object]]  # takes the X-Bench-Call tag


def _quantile(xs: list[float], q: float) -> float:
    ordered = sorted(xs)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _latencies(fn: Call, side: str, calls: int, round_: int) -> list[float]:
    remaining = list(range(calls))
    out: list[float] = []

    async def worker() -> None:
        while remaining:
            i = remaining.pop()
            started = time.perf_counter()
            await fn(f"{side}-{round_}-{i}")
            out.append(time.perf_counter() - started)

    await asyncio.gather(*(worker() for _ in range(min(TASKS, calls))))
    return out


async def _sides(base_url: str) -> tuple[dict[str, Call], list[Any]]:
    from telnyx_voice import AsyncTelnyx, DefaultAioHttpClient

    url = f"{base_url}/calls/{c.CALL_CONTROL_ID.replace(':', '%3A')}/actions/send_dtmf"
    bare = httpx.AsyncClient()

    async def floor(tag: str) -> object:
        body = json.dumps({"digits": c.DIGITS, "command_id": str(uuid.uuid4())}).encode()
        headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {c.API_KEY}",
            "Content-Type": "application/json",
            "X-Bench-Call": tag,
        }
        return (await bare.post(url, content=body, headers=headers)).json()

    def sdk(client: Any) -> Call:
        async def call(tag: str) -> object:
            return await client.calls.actions.send_dtmf(
                c.CALL_CONTROL_ID, digits=c.DIGITS, extra_headers={"X-Bench-Call": tag}
            )

        return call

    hedged = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url, hedge_after=HEDGE_AFTER)
    plain = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)
    aio = DefaultAioHttpClient()
    hedged_aio = AsyncTelnyx(
        api_key=c.API_KEY, base_url=base_url, hedge_after=HEDGE_AFTER, http_client=aio
    )
    aio_plain = DefaultAioHttpClient()
    plain_aio = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url, http_client=aio_plain)
    fns: dict[str, Call] = {
        "floor": floor,
        "ours": sdk(hedged),
        "ours_plain": sdk(plain),
        "ours_aio": sdk(hedged_aio),
        "ours_aio_plain": sdk(plain_aio),
    }
    clients: list[Any] = [bare, hedged, plain, aio, aio_plain]
    official = c.official_sdk()
    if official is not None:
        official_client = official.AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)
        fns["official"] = sdk(official_client)
        clients.append(official_client)
    return fns, clients


async def _run(n: int, rounds: int, server: str) -> dict[str, dict[str, list[float]]]:
    fns, clients = await _sides(f"{server}/v2")
    metrics: dict[str, dict[str, list[float]]] = {
        "p50": {},
        "p99": {},
        "max": {},
        "command_ids": {},
        "requests": {},
        "connections": {},
    }
    names = list(fns)
    async with httpx.AsyncClient() as stats_client:
        for fn_name in names:  # warm-up (and reset the server's counters)
            await _latencies(fns[fn_name], "warm", min(n, 40), 0)
        await stats_client.get(f"{server}/__stats")
        for r in range(rounds):
            for name in names if r % 2 == 0 else list(reversed(names)):
                gc.collect()
                xs = await _latencies(fns[name], name, n, r)
                stats = (await stats_client.get(f"{server}/__stats")).json()
                for metric, value in (
                    ("p50", statistics.median(xs)),
                    ("p99", _quantile(xs, 0.99)),
                    ("max", max(xs)),
                    ("command_ids", float(max(stats["command_ids"].values()))),
                    ("requests", 100.0 * stats["requests"] / n),
                    ("connections", float(stats["connections"])),
                ):
                    metrics[metric].setdefault(name, []).append(value)
    for client in clients:
        await (client.aclose() if hasattr(client, "aclose") else client.close())
    return metrics


def main() -> int:
    args = c.parse_args(__doc__, n=400, rounds=2, n_help="calls per round and side")
    with c.loopback_server(
        "--stall-every", str(STALL_EVERY), "--stall-seconds", str(STALL_SECONDS)
    ) as server:
        metrics = asyncio.run(_run(args.n, args.rounds, server))
    labels = {
        "floor": "bare httpx.AsyncClient",
        "ours": f"AsyncTelnyx(hedge_after={HEDGE_AFTER})",
        "ours_plain": "AsyncTelnyx() (no hedging, the default)",
        "ours_aio": f"AsyncTelnyx(hedge_after={HEDGE_AFTER}) over DefaultAioHttpClient",
        "ours_aio_plain": "AsyncTelnyx() over DefaultAioHttpClient (no hedging)",
        "official": "telnyx AsyncTelnyx",
    }
    extras = ("ours_plain", "ours_aio", "ours_aio_plain")
    what = (
        f"{args.n} `send_dtmf`, {TASKS} tasks, 1 in {STALL_EVERY} requests held"
        f" {STALL_SECONDS:g} s by the server"
    )
    rows = [
        c.row(
            f"latency_{metric}",
            f"latency {metric} per call: {what}",
            "ms",
            metrics[metric],
            scale=1e3,
            labels=labels,
            extras=extras,
        )
        for metric in ("p50", "p99", "max")
    ]
    rows.append(
        c.row(
            "latency_command_ids",
            "distinct `command_id`s the server saw per logical call (max over calls; must be 1)",
            "ids",
            metrics["command_ids"],
            scale=1.0,
            labels={
                **labels,
                "official": "telnyx AsyncTelnyx (0: sends no command_id unless given)",
            },
            extras=extras,
        )
    )
    rows.append(
        c.row(
            "latency_requests",
            f"requests the server received per 100 calls (100 + hedges sent): {what}",
            "reqs",
            metrics["requests"],
            scale=1.0,
            labels=labels,
            extras=extras,
        )
    )
    rows.append(
        c.row(
            "latency_connections",
            f"TCP connections the server accepted requests on, per round: {what}",
            "conns",
            metrics["connections"],
            scale=1.0,
            labels=labels,
            extras=extras,
        )
    )
    c.emit("bench_latency", rows, args, official_version=c.official_version(), tasks=TASKS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
