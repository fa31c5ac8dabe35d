"""Shared helpers for the webhook tests."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass

from nacl.signing import SigningKey


@dataclass
class Signer:
    """A throw-away Ed25519 key pair that signs bodies the way Telnyx does."""

    signing_key: SigningKey

    @property
    def public_key(self) -> str:
        return base64.b64encode(bytes(self.signing_key.verify_key)).decode()

    def headers(self, body: bytes | str, timestamp: int | str | None = None) -> dict[str, str]:
        raw = body.encode() if isinstance(body, str) else body
        ts = str(int(time.time()) if timestamp is None else timestamp)
        sig = self.signing_key.sign(ts.encode() + b"|" + raw).signature
        return {
            "telnyx-signature-ed25519": base64.b64encode(sig).decode(),
            "telnyx-timestamp": ts,
        }


NOW = 1_700_000_000


def dtmf_body(digit: str = "5") -> bytes:
    return json.dumps(
        {
            "data": {
                "record_type": "event",
                "event_type": "call.dtmf.received",
                "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
                "occurred_at": "2018-02-02T22:25:27.521992Z",
                "payload": {
                    "call_control_id": "v3:abc",
                    "digit": digit,
                    "client_state": "aGF2ZSBhIG5pY2UgZGF5ID1d",
                },
            },
            "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"},
        }
    ).encode()
