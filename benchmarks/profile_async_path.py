"""Client CPU per request on the async aiohttp path, split by layer (a profile, not a bench).

Not run by ``nox -s bench`` (its name does not start with ``bench_``).  Each side sends
``send_dtmf`` to the loopback server (another process) from ``--tasks`` concurrent tasks;
the figure is this process's CPU time (``time.process_time``: user + system, all threads)
per request, which the other processes on a shared machine do not inflate the way they
inflate wall time.  Sides run interleaved (A B C ..., then reversed):

raw        ``aiohttp.ClientSession.post`` + ``json.loads(await resp.read())``
adapter    ``httpx_aiohttp.HttpxAiohttpClient().post(...)`` + ``.json()`` (httpx over
           aiohttp, no SDK)
ours       ``AsyncTelnyx(http_client=DefaultAioHttpClient())`` ``send_dtmf``
ours_httpx ``AsyncTelnyx()`` on its default httpx client (``--httpx``)

``--profile SIDE`` runs cProfile (CPU time) over that side's calls instead and prints the
top functions by own and cumulative time, and own time by package.  ``--only SIDE`` just
makes the calls, for an instruction count that the machine's load does not change:
``valgrind --tool=callgrind`` at two ``--n`` and the difference divided by the difference
in calls (``instructions_per_call.sh``).

    python benchmarks/profile_async_path.py [--n 2000] [--rounds 3] [--tasks 50]
    python benchmarks/profile_async_path.py --profile ours --n 3000
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import pstats
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import _common as c

Call = Callable[[], Awaitable[object]]
_PACKAGES = (
    "telnyx_voice",
    "httpx_aiohttp",
    "httpx",
    "aiohttp",
    "multidict",
    "yarl",
    "pydantic",
    "json",
    "uuid",
    "benchmarks",
)
HEADERS = {
    "Accept": "application/json",
    "Authorization": f"Bearer {c.API_KEY}",
    "Content-Type": "application/json",
}


def _body() -> bytes:
    return json.dumps({"digits": c.DIGITS, "command_id": str(uuid.uuid4())}).encode()


async def _cpu_per_call(fn: Call, calls: int, tasks: int) -> tuple[float, float]:
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await fn()

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(min(tasks, calls))))
    return (time.process_time() - cpu) / calls, (time.perf_counter() - wall) / calls


async def _sides(base_url: str, with_httpx: bool) -> tuple[dict[str, Call], list[Any]]:
    import aiohttp
    import httpx_aiohttp
    from telnyx_voice import AsyncTelnyx, DefaultAioHttpClient

    url = f"{base_url}/calls/{c.CALL_CONTROL_ID.replace(':', '%3A')}/actions/send_dtmf"
    session = aiohttp.ClientSession()
    adapter = httpx_aiohttp.HttpxAiohttpClient()
    ours_client = AsyncTelnyx(
        api_key=c.API_KEY, base_url=base_url, http_client=DefaultAioHttpClient()
    )

    async def raw() -> object:
        async with session.post(url, data=_body(), headers=HEADERS) as response:
            return json.loads(await response.read())

    async def bare() -> object:
        return (await adapter.post(url, content=_body(), headers=HEADERS)).json()

    async def ours() -> object:
        return await ours_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

    fns: dict[str, Call] = {"raw": raw, "adapter": bare, "ours": ours}
    clients: list[Any] = [session, adapter, ours_client, ours_client._http]
    if with_httpx:
        ours_httpx_client = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)

        async def ours_httpx() -> object:
            return await ours_httpx_client.calls.actions.send_dtmf(
                c.CALL_CONTROL_ID, digits=c.DIGITS
            )

        fns["ours_httpx"] = ours_httpx
        clients.append(ours_httpx_client)
    for fn in fns.values():
        assert "ok" in str(await fn())
    return fns, clients


async def _run(args: argparse.Namespace, server: str) -> None:
    fns, clients = await _sides(f"{server}/v2", args.httpx)
    if args.only:  # for instruction counts: run under `valgrind --tool=callgrind`
        await _cpu_per_call(fns[args.only], 100, args.tasks)  # warm-up, the same for any --n
        await _cpu_per_call(fns[args.only], args.n, args.tasks)
        for client in clients:
            await (client.aclose() if hasattr(client, "aclose") else client.close())
        return
    for fn in fns.values():  # warm-up: connections, caches
        await _cpu_per_call(fn, min(args.n, 500), args.tasks)
    if args.profile:
        profiler = cProfile.Profile(time.process_time)  # CPU time, not wall
        profiler.enable()
        await _cpu_per_call(fns[args.profile], args.n, args.tasks)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
        by_package: dict[str, float] = {}
        for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
            key = next((k for k in _PACKAGES if k in filename), "other (asyncio, stdlib, ...)")
            by_package[key] = by_package.get(key, 0.0) + tottime
        total = sum(by_package.values())
        print(f"own time by package, µs per request under cProfile ({args.n} requests):")
        for key, seconds in sorted(by_package.items(), key=lambda kv: -kv[1]):
            print(f"  {key:32s} {seconds / args.n * 1e6:7.1f}  {seconds / total:5.1%}")
    else:
        names = list(fns)
        cpu: dict[str, list[float]] = {name: [] for name in names}
        wall: dict[str, list[float]] = {name: [] for name in names}
        for r in range(args.rounds):
            for name in names if r % 2 == 0 else reversed(names):
                gc.collect()
                per_cpu, per_wall = await _cpu_per_call(fns[name], args.n, args.tasks)
                cpu[name].append(per_cpu * 1e6)
                wall[name].append(per_wall * 1e6)
        floor_cpu = statistics.median(cpu["raw"])
        floor_wall = statistics.median(wall["raw"])
        print(f"{args.tasks} tasks, {args.n} calls x {args.rounds} rounds (median, min..max)")
        for name in names:
            mc, mw = statistics.median(cpu[name]), statistics.median(wall[name])
            print(
                f"  {name:10s} CPU {mc:7.1f} µs/req ({min(cpu[name]):.0f}..{max(cpu[name]):.0f})"
                f" {mc / floor_cpu:5.2f}x   wall {mw:7.1f} µs/req {mw / floor_wall:5.2f}x"
            )
    for client in clients:
        await (client.aclose() if hasattr(client, "aclose") else client.close())


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=50)
    parser.add_argument("--httpx", action="store_true", help="also ours on httpx")
    parser.add_argument("--profile", choices=("raw", "adapter", "ours", "ours_httpx"))
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument(
        "--only",
        choices=("raw", "adapter", "ours", "ours_httpx"),
        help="just --n calls of this side after the warm-up (nothing printed)",
    )
    args = parser.parse_args()
    with c.loopback_server() as server:
        asyncio.run(_run(args, server))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
