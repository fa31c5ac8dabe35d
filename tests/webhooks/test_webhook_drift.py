"""Drift-tolerant parsing of signed webhooks: numbers as strings, invalid fields kept raw in
``parse_errors``, a typed ``meta``; verification still mandatory."""

from __future__ import annotations

import json
from typing import Any

import pytest
from telnyx_voice import testing
from telnyx_voice.types.models import CallGatherEndedEvent, CallHangupEvent
from telnyx_voice.webhooks import (
    InvalidSignatureError,
    ParseIssue,
    UnknownEvent,
    WebhookMeta,
    WebhookParseError,
    parse,
    unwrap,
)

PRIVATE_KEY, PUBLIC_KEY = testing.generate_keypair()


def _signed(body: dict[str, Any]) -> Any:
    raw = json.dumps(body).encode()
    return unwrap(raw, testing.sign(raw, private_key=PRIVATE_KEY), key=PUBLIC_KEY)


def test_digits_as_a_number_are_read_as_a_string() -> None:
    body = testing.build_event(
        "call.gather.ended", {"call_control_id": "v3:c", "digits": 1234, "status": "valid"}
    )
    event = _signed(body)
    assert isinstance(event, CallGatherEndedEvent)
    assert event.data is not None and event.data.payload is not None
    assert event.data.payload.digits == "1234"
    assert event.parse_errors == ()
    body["data"]["payload"]["digits"] = 1.5
    assert _signed(body).data.payload.digits == "1.5"


def test_fields_that_no_longer_match_are_kept_raw_and_listed() -> None:
    body = testing.build_event(
        "call.gather.ended",
        {"call_control_id": "v3:c", "digits": "12", "status": 7, "from": {"uri": "sip:x"}},
        occurred_at="last tuesday",
    )
    event = _signed(body)
    assert isinstance(event, CallGatherEndedEvent)
    assert event.data is not None and event.data.payload is not None
    issues = {i.path: i for i in event.parse_errors}
    assert set(issues) == {"data.occurred_at", "data.payload.status", "data.payload.from"}
    assert all(isinstance(i, ParseIssue) and i.message and i.type for i in issues.values())
    assert issues["data.occurred_at"].value == "last tuesday"
    # the raw values are on the model; everything else is typed
    assert event.data.occurred_at == "last tuesday"
    assert event.data.payload.status == 7
    assert event.data.payload.from_ == {"uri": "sip:x"}
    assert event.data.payload.digits == "12" and event.data.payload.call_control_id == "v3:c"
    assert str(event.data.id) == body["data"]["id"]


def test_whole_objects_that_no_longer_match() -> None:
    body = testing.build_event("call.hangup", {"call_control_id": "v3:c"})
    body["data"]["payload"] = ["not", "an", "object"]
    event = _signed(body)
    assert isinstance(event, CallHangupEvent) and event.data is not None
    assert [i.path for i in event.parse_errors] == ["data.payload"]
    assert event.data.payload == ["not", "an", "object"]


def test_meta_is_typed() -> None:
    body = testing.build_event("call.hangup", meta={"attempt": "3", "delivered_to": "https://x/y"})
    event = _signed(body)
    assert isinstance(event.meta, WebhookMeta)
    assert event.meta.attempt == 3 and event.meta.delivered_to == "https://x/y"
    assert _signed(testing.build_event("call.hangup", meta=None)).meta is None
    unknown = parse(json.dumps(testing.build_event("call.teleported")))
    assert isinstance(unknown, UnknownEvent) and unknown.meta is not None
    assert unknown.meta.attempt == 1 and unknown.parse_errors == ()


def test_verification_stays_mandatory_for_drifted_bodies() -> None:
    raw = json.dumps(testing.build_event("call.gather.ended", {"digits": 5})).encode()
    headers = testing.sign(raw, private_key=PRIVATE_KEY)
    with pytest.raises(InvalidSignatureError):
        unwrap(raw.replace(b"5", b"6"), headers, key=PUBLIC_KEY)


def test_only_bodies_that_are_not_json_objects_raise() -> None:
    event = parse(json.dumps({"data": "call.hangup", "event_type": "call.hangup"}))
    assert isinstance(event, CallHangupEvent)
    assert [(i.path, i.value) for i in event.parse_errors] == [("data", "call.hangup")]
    for body in ("[1, 2]", "not json", '"call.hangup"'):
        with pytest.raises(WebhookParseError):
            parse(body)
