"""Client CPU per call: ``calls.actions.send_dtmf`` over ``httpx.MockTransport`` (no network).

(floor)    a bare ``httpx.Client``: build the JSON body (``digits`` plus a fresh
           ``command_id``, the bytes ours sends), ``post`` it with the same headers,
           ``response.json()``
(ours)     ``telnyx_voice.Telnyx(...).calls.actions.send_dtmf(id, digits=...)``: validation,
           command_id, retry bookkeeping, typed response
(official) ``telnyx.Telnyx(...).calls.actions.send_dtmf(id, digits=...)``

All three use an ``httpx.Client(transport=httpx.MockTransport(handler))`` answering
``{"data":{"result":"ok"}}``, so the figure is pure client CPU.  Both SDKs keep their
default ``max_retries``: no request fails, so no retry path runs and the setting changes
nothing on the measured path.

    python benchmarks/bench_client_cpu.py [--n CALLS] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import json
import uuid
from functools import partial

import _common as c
import httpx


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, content=c.RESPONSE_BODY, headers={"content-type": "application/json"}
    )


def _mock_client() -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(_handler))


def main() -> int:
    args = c.parse_args(__doc__, n=2000, rounds=7, n_help="calls per round and side")
    base_url = "http://api.test/v2"

    bare = _mock_client()
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

    ours_client = Telnyx(api_key=c.API_KEY, base_url=base_url, http_client=_mock_client())

    def ours() -> object:
        return ours_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

    fns = {"floor": floor, "ours": ours}
    sdk = c.official_sdk()
    if sdk is not None:
        official_client = sdk.Telnyx(
            api_key=c.API_KEY, base_url=base_url, http_client=_mock_client()
        )

        def official() -> object:
            return official_client.calls.actions.send_dtmf(c.CALL_CONTROL_ID, digits=c.DIGITS)

        fns["official"] = official

    assert ours().data.result == "ok"  # type: ignore[attr-defined]
    for fn in fns.values():  # warm-up: imports, model builds, caches
        c.per_call(fn, max(args.n // 10, 3))

    samples = c.interleave(
        {name: partial(c.per_call, fn, args.n) for name, fn in fns.items()}, args.rounds
    )
    rows = [
        c.row(
            "client_cpu",
            "client CPU per call: `send_dtmf` over httpx.MockTransport",
            "µs",
            samples,
            scale=1e6,
            labels={
                "floor": "bare httpx.Client: JSON, post, .json()",
                "ours": "telnyx_voice send_dtmf",
                "official": "telnyx send_dtmf",
            },
            target=1.3,
            issue_official=2.74,
        )
    ]
    c.emit("bench_client_cpu", rows, args, official_version=c.official_version())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
