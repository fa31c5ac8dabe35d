"""Webhook receive cost: verify + typed parse of a signed ``call.dtmf.received``.

(floor)    ``VerifyKey.verify(timestamp|body, signature)`` + ``json.loads(body)`` (key object
           built once, signature decoded once: the bare crypto and JSON)
(ours)     ``telnyx_voice.Telnyx(public_key=...).webhooks.unwrap(body, headers)``: header
           lookup, timestamp tolerance, base64, Ed25519, then the typed event
           (``CallDtmfReceivedEvent``)
(official) ``telnyx.Telnyx(...).webhooks.unwrap(body_str, headers=..., key=...)``: the same
           checks, then ``construct_type`` into its event union (not validated)

All three get the same signed delivery (the official SDK takes ``str``; the body is
decoded once, outside the timed loop).  Interleaved rounds, per-call medians and
min..max, ratio of medians to the floor.

    python benchmarks/bench_webhooks.py [--n CALLS] [--rounds R] [--json PATH]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import _common as c


def _ours(body: bytes, headers: dict[str, str], public_key: str) -> Callable[[], object]:
    """``client.webhooks.unwrap`` with the generated registry (test models if it is missing)."""
    from telnyx_voice import Telnyx

    client = Telnyx(api_key=c.API_KEY, public_key=public_key)
    try:
        from telnyx_voice.types.webhook_events import (  # type: ignore[import-not-found,unused-ignore]
            EVENT_TYPES,
        )

        registry: Mapping[str, Any] = EVENT_TYPES
        webhooks = client.webhooks
    except ImportError:  # only the overlay on sys.path: use the tests' stand-in models
        sys.path.insert(0, str(c.ROOT / "tests" / "webhooks"))
        from telnyx_voice.webhooks import Webhooks
        from wh_models import REGISTRY  # type: ignore[import-not-found]

        registry = REGISTRY
        webhooks = Webhooks(client, registry=registry)
    event = webhooks.unwrap(body, headers)
    assert type(event) is registry["call.dtmf.received"], type(event)
    return lambda: webhooks.unwrap(body, headers)


def main() -> int:
    args = c.parse_args(__doc__, n=3000, rounds=9, n_help="calls per round and side")
    body, headers, public_key, raw_key, signature = c.signed_dtmf_webhook()

    from nacl.signing import VerifyKey

    verify_key = VerifyKey(raw_key)
    prefix = headers["telnyx-timestamp"].encode() + b"|"

    def floor() -> object:
        verify_key.verify(prefix + body, signature)
        return json.loads(body)

    fns = {"floor": floor, "ours": _ours(body, headers, public_key)}
    sdk = c.official_sdk()
    if sdk is not None:
        official_client = sdk.Telnyx(api_key=c.API_KEY, public_key=public_key)
        text = body.decode()

        def official() -> object:
            return official_client.webhooks.unwrap(text, headers=headers, key=public_key)

        assert official().data.event_type == "call.dtmf.received"  # type: ignore[attr-defined]
        fns["official"] = official

    for fn in fns.values():  # warm-up
        c.per_call(fn, max(args.n // 10, 1))
    samples = c.interleave(
        {name: partial(c.per_call, fn, args.n) for name, fn in fns.items()}, args.rounds
    )
    rows = [
        c.row(
            "webhook",
            "webhook: verify + typed parse of a signed `call.dtmf.received`",
            "µs",
            samples,
            scale=1e6,
            labels={
                "floor": "PyNaCl verify + json.loads",
                "ours": "telnyx_voice client.webhooks.unwrap",
                "official": "telnyx client.webhooks.unwrap",
            },
            target=1.15,
            issue_official=5.15,
        )
    ]
    c.emit(
        "bench_webhooks", rows, args, official_version=c.official_version(), body_bytes=len(body)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
