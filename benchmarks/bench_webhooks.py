"""Webhook receive cost: ``unwrap`` (verify + typed parse) vs the bare crypto + JSON floor.

(a) floor: ``VerifyKey.verify(ts|body, sig)`` + ``json.loads(body)``
(b) ours:  ``telnyx_voice.webhooks.unwrap(body, headers, key=...)`` with a typed parse

Both run on the same signed ``call.dtmf.received`` webhook, interleaved A/B over several
rounds (the order alternates each round); per-call medians and min..max are printed with
the ratio of medians (target <= 1.15).

    PYTHONPATH=overlay python benchmarks/bench_webhooks.py [--n N] [--rounds R]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey
from telnyx_voice.webhooks import unwrap


def _registry() -> tuple[Mapping[str, Any], str]:
    try:
        from telnyx_voice.types.webhook_events import EVENT_TYPES  # type: ignore[import-not-found,unused-ignore]

        if "call.dtmf.received" in EVENT_TYPES:
            return EVENT_TYPES, "generated registry"
    except ImportError:
        pass
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "webhooks"))
    from wh_models import REGISTRY

    return REGISTRY, "test model (generated registry not importable)"


def _webhook() -> tuple[bytes, dict[str, str], str, SigningKey]:
    signing_key = SigningKey(os.urandom(32))
    body = json.dumps(
        {
            "data": {
                "record_type": "event",
                "event_type": "call.dtmf.received",
                "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
                "occurred_at": "2018-02-02T22:25:27.521992Z",
                "payload": {
                    "call_control_id": "v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg",
                    "call_leg_id": "2dc6fc34-f9e0-11ea-b68e-02420a0f7768",
                    "call_session_id": "2dc1b3c8-f9e0-11ea-bc5a-02420a0f7768",
                    "client_state": "aGF2ZSBhIG5pY2UgZGF5ID1d",
                    "connection_id": "7267xxxxxxxxxxxxxx",
                    "digit": "#",
                    "from": "+35319605860",
                    "to": "+13129457420",
                },
            },
            "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"},
        }
    ).encode()
    ts = str(int(time.time()))
    sig = signing_key.sign(ts.encode() + b"|" + body).signature
    headers = {
        "host": "example.com",
        "user-agent": "telnyx-webhooks",
        "content-type": "application/json",
        "content-length": str(len(body)),
        "accept": "*/*",
        "telnyx-signature-ed25519": base64.b64encode(sig).decode(),
        "telnyx-timestamp": ts,
    }
    public_key = base64.b64encode(bytes(signing_key.verify_key)).decode()
    return body, headers, public_key, signing_key


def _per_call(fn: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, default=5000, help="calls per round and side")
    parser.add_argument("--rounds", type=int, default=9, help="interleaved A/B rounds")
    args = parser.parse_args(argv)

    registry, source = _registry()
    body, headers, public_key, signing_key = _webhook()
    verify_key = signing_key.verify_key
    sig = base64.b64decode(headers["telnyx-signature-ed25519"])
    message_prefix = headers["telnyx-timestamp"].encode() + b"|"

    def floor() -> object:
        verify_key.verify(message_prefix + body, sig)
        return json.loads(body)

    def ours() -> object:
        return unwrap(body, headers, key=public_key, registry=registry)

    event = ours()
    assert type(event) is registry["call.dtmf.received"], type(event)
    for fn in (floor, ours):  # warm-up
        _per_call(fn, max(args.n // 10, 1))

    a: list[float] = []
    b: list[float] = []
    for r in range(args.rounds):
        if r % 2 == 0:
            a.append(_per_call(floor, args.n))
            b.append(_per_call(ours, args.n))
        else:
            b.append(_per_call(ours, args.n))
            a.append(_per_call(floor, args.n))

    def fmt(xs: list[float]) -> str:
        us = [x * 1e6 for x in xs]
        return f"median {statistics.median(us):8.2f} us  (min..max {min(us):.2f}..{max(us):.2f})"

    ratio = statistics.median(b) / statistics.median(a)
    print(f"parse model: {source}; body {len(body)} bytes; {args.rounds} rounds x {args.n} calls")
    print(f"(a) floor  verify + json.loads : {fmt(a)}")
    print(f"(b) unwrap verify + typed parse: {fmt(b)}")
    print(f"ratio b/a = {ratio:.3f}  (target <= 1.15)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
