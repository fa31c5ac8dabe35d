"""``telnyx_voice.testing``: key pairs, signing and envelopes accepted by ``unwrap``."""

from __future__ import annotations

import base64
import json
import time

import pytest
from telnyx_voice import testing
from telnyx_voice.webhooks import InvalidSignatureError, unwrap, verify

from .wh_models import REGISTRY, CallDtmfReceivedEvent


def test_roundtrip() -> None:
    private_key, public_key = testing.generate_keypair()
    assert len(base64.b64decode(private_key)) == 32
    assert len(base64.b64decode(public_key)) == 32
    event = testing.build_event("call.dtmf.received", {"call_control_id": "v3:x", "digit": "1"})
    body = json.dumps(event)
    headers = testing.sign(body, private_key=private_key)
    assert abs(int(headers["telnyx-timestamp"]) - time.time()) < 5
    parsed = unwrap(body, headers, key=public_key, registry=REGISTRY)
    assert isinstance(parsed, CallDtmfReceivedEvent)
    assert parsed.data.payload.digit == "1"
    other_private, _ = testing.generate_keypair()
    with pytest.raises(InvalidSignatureError):
        verify(body, testing.sign(body, private_key=other_private), key=public_key)


def test_sign_with_timestamp_and_raw_key() -> None:
    private_key, public_key = testing.generate_keypair()
    raw = base64.b64decode(private_key)
    headers = testing.sign(b"{}", private_key=raw, timestamp=1_600_000_000)
    assert headers["telnyx-timestamp"] == "1600000000"
    verify(b"{}", headers, key=public_key, now=lambda: 1_600_000_000)
    with pytest.raises(ValueError):
        testing.sign(b"{}", private_key=base64.b64encode(b"short"))


def test_build_event_shape_and_overrides() -> None:
    event = testing.build_event("call.hangup")
    data = event["data"]
    assert data["record_type"] == "event" and data["event_type"] == "call.hangup"
    assert data["payload"] == {} and data["occurred_at"].endswith("Z") and len(data["id"]) == 36
    assert event["meta"] == {"attempt": 1, "delivered_to": "https://example.com/webhooks"}
    custom = testing.build_event("call.hangup", {"a": 1}, id="fixed", meta=None)
    assert custom["data"]["id"] == "fixed" and "meta" not in custom
    assert custom["data"]["payload"] == {"a": 1}
