"""``parse``/``unwrap``: typed events, unknown events, lenient enums, field-named errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import pytest
from telnyx_voice import testing
from telnyx_voice.webhooks import (
    InvalidSignatureError,
    UnknownEvent,
    WebhookParseError,
    Webhooks,
    parse,
    unwrap,
)

from .wh_helpers import NOW, Signer, dtmf_body
from .wh_models import (
    REGISTRY,
    CallDtmfReceivedEvent,
    CallHangupEvent,
    CallMachineDetectionEndedEvent,
    MachineDetectionResult,
)

Clock = Callable[[], float]


def test_known_event_is_typed() -> None:
    event = parse(dtmf_body("7"), registry=REGISTRY)
    assert isinstance(event, CallDtmfReceivedEvent)
    assert event.data.payload.digit == "7"
    assert event.data.event_type == "call.dtmf.received"
    assert event.meta is not None and event.meta.attempt == 1
    assert event.data.occurred_at is not None and event.data.occurred_at.year == 2018


@pytest.mark.parametrize("kind", ["bytes", "str", "bytearray", "memoryview"])
def test_payload_types(kind: str) -> None:
    body = dtmf_body()
    payload: Any = {
        "bytes": body,
        "str": body.decode(),
        "bytearray": bytearray(body),
        "memoryview": memoryview(body),
    }[kind]
    assert isinstance(parse(payload, registry=REGISTRY), CallDtmfReceivedEvent)


def test_unknown_fields_are_kept() -> None:
    obj = json.loads(dtmf_body())
    obj["data"]["payload"]["new_field"] = {"x": 1}
    obj["brand_new_top_level"] = True
    event = parse(json.dumps(obj), registry=REGISTRY)
    assert isinstance(event, CallDtmfReceivedEvent)
    assert event.data.payload.model_extra == {"new_field": {"x": 1}}
    assert event.model_extra == {"brand_new_top_level": True}


def test_meta_is_optional() -> None:
    obj = json.loads(dtmf_body())
    del obj["meta"]
    event = parse(json.dumps(obj), registry=REGISTRY)
    assert isinstance(event, CallDtmfReceivedEvent) and event.meta is None


def test_unknown_event_type() -> None:
    body = {"data": {"event_type": "call.teleported", "payload": {"to": "mars"}}, "meta": {}}
    event = parse(json.dumps(body), registry=REGISTRY)
    assert isinstance(event, UnknownEvent)
    assert event.event_type == "call.teleported"
    assert event.raw == body
    assert event.data == body["data"]
    assert "call.teleported" in repr(event)
    assert event == UnknownEvent("call.teleported", body)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"meta": {"attempt": 1}},
        {"data": None},
        {"data": []},
        {"data": {}},
        {"data": {"event_type": None}},
        {"data": {"event_type": 5}},
        {"data": {"event_type": ["call.dtmf.received"]}},
        {"data": "call.dtmf.received"},
    ],
)
def test_missing_event_type_is_unknown(body: dict[str, Any]) -> None:
    event = parse(json.dumps(body), registry=REGISTRY)
    assert isinstance(event, UnknownEvent)
    assert event.event_type is None
    assert event.raw == body
    assert event.data == (body["data"] if isinstance(body.get("data"), dict) else {})


def test_unknown_enum_value_is_kept() -> None:
    body = testing.build_event(
        "call.machine.detection.ended", {"call_control_id": "v3:x", "result": "robot"}
    )
    event = parse(json.dumps(body), registry=REGISTRY)
    assert isinstance(event, CallMachineDetectionEndedEvent)
    result = event.data.payload.result
    assert isinstance(result, MachineDetectionResult)
    assert result == "robot" and result.value == "robot" and str(result) == "robot"
    known = parse(
        json.dumps(
            testing.build_event(
                "call.machine.detection.ended", {"call_control_id": "v3:x", "result": "human"}
            )
        ),
        registry=REGISTRY,
    )
    assert isinstance(known, CallMachineDetectionEndedEvent)
    assert known.data.payload.result is MachineDetectionResult.human


def test_malformed_known_event_names_the_field() -> None:
    obj = json.loads(dtmf_body())
    del obj["data"]["payload"]["digit"]
    with pytest.raises(WebhookParseError) as info:
        parse(json.dumps(obj), registry=REGISTRY)
    assert str(info.value) == "call.dtmf.received: data.payload.digit: Field required"
    assert info.value.event_type == "call.dtmf.received"
    assert info.value.errors[0]["loc"] == ("data", "payload", "digit")
    assert isinstance(info.value, ValueError)


def test_malformed_known_event_counts_errors() -> None:
    obj = json.loads(dtmf_body())
    obj["data"]["payload"] = {"digit": 5}
    with pytest.raises(WebhookParseError, match=r"call\.dtmf\.received: data\.payload\.") as info:
        parse(json.dumps(obj), registry=REGISTRY)
    assert "more error" in str(info.value)


def test_wrong_type_for_payload_object() -> None:
    obj = json.loads(dtmf_body())
    obj["data"]["payload"] = "nope"
    with pytest.raises(WebhookParseError, match=r"^call\.dtmf\.received: data\.payload: "):
        parse(json.dumps(obj), registry=REGISTRY)


@pytest.mark.parametrize(
    "payload", [b"", b"not json", b"[1, 2]", b"42", b'"str"', b"null", b"\xff\xfe{", "{" * 100_000]
)
def test_not_a_json_object(payload: Any) -> None:
    with pytest.raises(WebhookParseError):
        parse(payload, registry=REGISTRY)


def test_non_payload_types_raise_parse_error() -> None:
    for payload in (None, 42, object()):
        with pytest.raises(WebhookParseError):
            parse(payload, registry=REGISTRY)  # type: ignore[arg-type]


def test_lenient_optional_model() -> None:
    event = parse(json.dumps({"data": {"event_type": "call.hangup"}}), registry=REGISTRY)
    assert isinstance(event, CallHangupEvent)


def test_default_registry_is_the_generated_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from telnyx_voice.webhooks import _parse

    monkeypatch.setattr(_parse, "_registry", None)
    try:
        import telnyx_voice.types.webhook_events as generated  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        monkeypatch.setitem(sys.modules, "telnyx_voice.types.webhook_events", None)
        with pytest.raises(ImportError, match="registry="):
            parse(dtmf_body())
        return
    event = parse(dtmf_body())
    assert type(event) is generated.EVENT_TYPES["call.dtmf.received"]


def test_importing_webhooks_does_not_import_the_registry() -> None:
    import subprocess

    code = (
        "import sys, telnyx_voice.webhooks as w; "
        "assert 'telnyx_voice.types.webhook_events' not in sys.modules; "
        "assert 'nacl.signing' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unwrap(signer: Signer, clock: Clock) -> None:
    body = dtmf_body()
    headers = signer.headers(body, NOW)
    event = unwrap(body, headers, key=signer.public_key, now=clock, registry=REGISTRY)
    assert isinstance(event, CallDtmfReceivedEvent)
    with pytest.raises(InvalidSignatureError):
        unwrap(body + b" ", headers, key=signer.public_key, now=clock, registry=REGISTRY)


def test_unwrap_does_not_parse_unverified(signer: Signer, clock: Clock) -> None:
    body = b"not json"
    with pytest.raises(InvalidSignatureError):
        unwrap(body, signer.headers(b"x", NOW), key=signer.public_key, now=clock, registry={})


def test_client_bound_parse_and_unwrap(signer: Signer, clock: Clock) -> None:
    class Client:
        public_key = signer.public_key

    hooks = Webhooks(Client(), registry=REGISTRY)
    body = dtmf_body()
    assert isinstance(hooks.parse(body), CallDtmfReceivedEvent)
    event = hooks.unwrap(body, signer.headers(body, NOW), now=clock)
    assert isinstance(event, CallDtmfReceivedEvent)


def test_top_level_event_type() -> None:
    from .wh_models import ConferenceFloorChangedEvent

    body = {"event_type": "conference.floor.changed", "payload": {"conference_id": "c1"}}
    event = parse(json.dumps(body), registry=REGISTRY)
    assert isinstance(event, ConferenceFloorChangedEvent)
    assert event.payload is not None and event.payload.conference_id == "c1"
    with pytest.raises(WebhookParseError, match=r"^conference\.floor\.changed: payload\."):
        parse(json.dumps({**body, "payload": {}}), registry=REGISTRY)
    unknown = parse(json.dumps({"event_type": "conference.new_thing"}), registry=REGISTRY)
    assert isinstance(unknown, UnknownEvent) and unknown.event_type == "conference.new_thing"
    assert unknown.data == {}
    # data.event_type wins over a top-level one
    both = {"event_type": "conference.floor.changed", **json.loads(dtmf_body())}
    assert isinstance(parse(json.dumps(both), registry=REGISTRY), CallDtmfReceivedEvent)


def test_generated_registry_parses_testing_envelopes() -> None:
    generated = pytest.importorskip("telnyx_voice.types.webhook_events")
    event = parse(dtmf_body("8"))
    assert type(event) is generated.EVENT_TYPES["call.dtmf.received"]
    assert event.data.payload.digit == "8"  # type: ignore[union-attr]
    robot = testing.build_event(
        "call.machine.detection.ended", {"call_control_id": "v3:x", "result": "robot"}
    )
    amd = parse(json.dumps(robot))
    assert type(amd) is generated.EVENT_TYPES["call.machine.detection.ended"]
    assert amd.data.payload.result == "robot"  # type: ignore[union-attr]
