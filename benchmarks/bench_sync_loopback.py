"""Sync over loopback: sequential ``send_dtmf`` calls to a local uvicorn server.

(floor)    a bare ``httpx.Client``: JSON body (``digits`` + fresh ``command_id``), ``post``,
           ``response.json()``
(ours)     ``telnyx_voice.Telnyx(base_url=server).calls.actions.send_dtmf(...)``
(official) ``telnyx.Telnyx(base_url=server).calls.actions.send_dtmf(...)``

Each side uses its own default http client (keep-alive connection reused across calls);
the server (``_server.py``, a separate process) answers ``{"data":{"result":"ok"}}``.
Reported: wall time per call.

    python benchmarks/bench_sync_loopback.py [--n CALLS] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import json
import uuid
from functools import partial

import _common as c
import httpx


def main() -> int:
    args = c.parse_args(__doc__, n=2000, rounds=5, n_help="sequential calls per round and side")
    with c.loopback_server() as server:
        base_url = f"{server}/v2"
        bare = httpx.Client()
        url = f"{base_url}/calls/{c.CALL_CONTROL_ID.replace(':', '%3A')}/actions/send_dtmf"
        headers = {
            "Accept": "application/json",
            "Authorization": f"Bearer {c.API_KEY}",
            "Content-Type": "application/json",
        }

        def floor() -> object:
            body = json.dumps({"digits": c.DIGITS, "command_id": str(uuid.uuid4())}).encode()
            return bare.post(url, content=body, headers=headers).json()

        from telnyx_voice import Telnyx

        ours_client = Telnyx(api_key=c.API_KEY, base_url=base_url)

        def ours() -> object:
            return ours_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

        fns = {"floor": floor, "ours": ours}
        sdk = c.official_sdk()
        if sdk is not None:
            official_client = sdk.Telnyx(api_key=c.API_KEY, base_url=base_url)

            def official() -> object:
                return official_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

            fns["official"] = official

        assert ours().data.result == "ok"  # type: ignore[attr-defined]
        for fn in fns.values():  # warm-up: connections, imports, caches
            c.per_call(fn, max(args.n // 10, 3))
        samples = c.interleave(
            {name: partial(c.per_call, fn, args.n) for name, fn in fns.items()},
            args.rounds,
        )
        bare.close()
        ours_client.close()

    rows = [
        c.row(
            "sync_loopback",
            f"sync loopback: {args.n} sequential `send_dtmf` to uvicorn, per call",
            "µs",
            samples,
            scale=1e6,
            labels={
                "floor": "bare httpx.Client",
                "ours": "telnyx_voice Telnyx",
                "official": "telnyx Telnyx",
            },
            target=1.10,
            issue_official=1.49,
        )
    ]
    c.emit("bench_sync_loopback", rows, args, official_version=c.official_version())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
