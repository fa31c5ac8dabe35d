"""Async over loopback: 50 concurrent tasks sharing ``--n`` ``send_dtmf`` calls.

(floor)    a bare ``httpx.AsyncClient``: JSON body (``digits`` + fresh ``command_id``),
           ``post``, ``response.json()``
(ours)     ``telnyx_voice.AsyncTelnyx(base_url=server).calls.actions.send_dtmf(...)``
(official) ``telnyx.AsyncTelnyx(base_url=server).calls.actions.send_dtmf(...)``

Each side uses its own default http client, on the same asyncio event loop (the default
loop, no uvloop); the server is ``_server.py`` in a separate process.  Reported: wall
time of the whole batch divided by the number of calls.

    python benchmarks/bench_async.py [--n CALLS] [--rounds R] [--tasks T] [--json PATH]
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import Awaitable, Callable

import _common as c
import httpx

TASKS = 50


async def _batch(fn: Callable[[], Awaitable[object]], calls: int, tasks: int) -> float:
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


async def _run(args_n: int, rounds: int, server: str) -> dict[str, list[float]]:
    base_url = f"{server}/v2"
    bare = httpx.AsyncClient()
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

    ours_client = AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)

    async def ours() -> object:
        return await ours_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

    fns: dict[str, Callable[[], Awaitable[object]]] = {"floor": floor, "ours": ours}
    sdk = c.official_sdk()
    official_client = None
    if sdk is not None:
        official_client = sdk.AsyncTelnyx(api_key=c.API_KEY, base_url=base_url)

        async def official() -> object:
            return await official_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

        fns["official"] = official

    assert (await ours()).data.result == "ok"  # type: ignore[attr-defined]
    for fn in fns.values():  # warm-up: open the connections, imports, caches
        await _batch(fn, max(args_n // 10, TASKS), TASKS)

    names = list(fns)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):  # interleaved as in _common.interleave
        for name in names if r % 2 == 0 else reversed(names):
            samples[name].append(await _batch(fns[name], args_n, TASKS))

    await bare.aclose()
    await ours_client.aclose()
    if official_client is not None:
        await official_client.close()
    return samples


def main() -> int:
    global TASKS
    if "--tasks" in sys.argv:  # optional extra flag, kept out of the shared parser
        i = sys.argv.index("--tasks")
        TASKS = int(sys.argv[i + 1])
        del sys.argv[i : i + 2]
    args = c.parse_args(__doc__, n=2000, rounds=5, n_help="calls per round and side")
    with c.loopback_server() as server:
        samples = asyncio.run(_run(args.n, args.rounds, server))
    rows = [
        c.row(
            "async",
            f"async loopback: {TASKS} tasks, {args.n} `send_dtmf` to uvicorn, wall per call",
            "µs",
            samples,
            scale=1e6,
            labels={
                "floor": "bare httpx.AsyncClient",
                "ours": "telnyx_voice AsyncTelnyx",
                "official": "telnyx AsyncTelnyx",
            },
            target=1.05,
            issue_official=1.19,
        )
    ]
    c.emit("bench_async", rows, args, official_version=c.official_version(), tasks=TASKS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
