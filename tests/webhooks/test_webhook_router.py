"""``WebhookRouter``: registration by name or model, sync/async dispatch, fallback."""

from __future__ import annotations

import json
from typing import Any, Literal

import pytest
from telnyx_voice import testing
from telnyx_voice._models import BaseModel
from telnyx_voice.webhooks import UnknownEvent, WebhookRouter, event_type_of, parse

from .wh_helpers import dtmf_body
from .wh_models import REGISTRY, CallDtmfReceivedEvent, CallHangupEvent, Meta


def _dtmf() -> Any:
    return parse(dtmf_body("9"), registry=REGISTRY)


def _unknown() -> Any:
    return parse(json.dumps(testing.build_event("call.teleported")), registry=REGISTRY)


def test_sync_handlers_by_name_and_model() -> None:
    router = WebhookRouter()
    seen: list[str] = []

    @router.on(CallDtmfReceivedEvent)
    def on_dtmf(event: CallDtmfReceivedEvent) -> str:
        seen.append(event.data.payload.digit)
        return "dtmf"

    @router.on("call.hangup")
    def on_hangup(event: CallHangupEvent) -> str:
        return "hangup"

    assert on_dtmf.__name__ == "on_dtmf"  # the decorator returns the function itself
    assert router.dispatch(_dtmf()) == "dtmf"
    assert seen == ["9"]
    hangup = parse(json.dumps({"data": {"event_type": "call.hangup"}}), registry=REGISTRY)
    assert router.dispatch(hangup) == "hangup"
    assert router.dispatch(_unknown()) is None  # no fallback registered


def test_fallback_for_unknown_and_unhandled() -> None:
    router = WebhookRouter()
    got: list[Any] = []

    @router.fallback
    def other(event: Any) -> str:
        got.append(event)
        return "fallback"

    unknown = _unknown()
    assert router.dispatch(unknown) == "fallback"
    assert isinstance(got[0], UnknownEvent) and got[0].event_type == "call.teleported"
    assert router.dispatch(_dtmf()) == "fallback"


async def test_async_dispatch_runs_async_and_sync_handlers() -> None:
    router = WebhookRouter()

    @router.on("call.dtmf.received")
    async def on_dtmf(event: CallDtmfReceivedEvent) -> str:
        return f"async {event.data.payload.digit}"

    @router.fallback
    def other(event: Any) -> str:
        return "sync fallback"

    assert await router.dispatch_async(_dtmf()) == "async 9"
    assert await router.dispatch_async(_unknown()) == "sync fallback"
    assert await WebhookRouter().dispatch_async(_unknown()) is None


def test_sync_dispatch_refuses_async_handlers() -> None:
    router = WebhookRouter()

    @router.on("call.dtmf.received")
    async def on_dtmf(event: Any) -> None:
        raise AssertionError("must not run")

    with pytest.raises(TypeError, match="dispatch_async"):
        router.dispatch(_dtmf())

    sneaky = WebhookRouter()
    sneaky.on("call.dtmf.received")(lambda event: on_dtmf(event))
    with pytest.raises(TypeError, match="dispatch_async"):
        sneaky.dispatch(_dtmf())


def test_duplicate_registration_is_an_error() -> None:
    router = WebhookRouter()
    router.on("call.dtmf.received")(lambda e: None)
    with pytest.raises(ValueError, match="already registered"):
        router.on(CallDtmfReceivedEvent)(lambda e: None)


def test_model_without_literal_event_type() -> None:
    class Data(BaseModel):
        event_type: str

    class Loose(BaseModel):
        data: Data

    with pytest.raises(TypeError, match="router.on"):
        WebhookRouter().on(Loose)
    with pytest.raises(TypeError):
        WebhookRouter().on(Meta)


def test_optional_and_multi_literal_models() -> None:
    class Data(BaseModel):
        event_type: Literal["call.a", "call.b"] | None = None

    class Event(BaseModel):
        data: Data | None = None

    router = WebhookRouter()
    router.on(Event)(lambda e: event_type_of(e))
    assert router.dispatch(Event(data=Data(event_type="call.b"))) == "call.b"
    assert router.handler_for(Event(data=Data(event_type="call.a"))) is not None
    # CallHangupEvent's data and event_type are optional Literals too
    WebhookRouter().on(CallHangupEvent)(lambda e: None)


def test_event_type_of() -> None:
    assert event_type_of(_dtmf()) == "call.dtmf.received"
    assert event_type_of(_unknown()) == "call.teleported"
    assert event_type_of(object()) is None


def test_every_generated_event_model_can_be_routed() -> None:
    generated = pytest.importorskip("telnyx_voice.types.webhook_events")
    router = WebhookRouter()
    for event_type, model in generated.EVENT_TYPES.items():
        router.on(model)(lambda e, t=event_type: t)
        assert router._handlers[event_type] is not None


def test_top_level_event_type_models() -> None:
    from .wh_models import ConferenceFloorChangedEvent

    router = WebhookRouter()
    router.on(ConferenceFloorChangedEvent)(lambda e: "floor")
    event = parse(
        json.dumps({"event_type": "conference.floor.changed", "payload": {"conference_id": "c"}}),
        registry=REGISTRY,
    )
    assert event_type_of(event) == "conference.floor.changed"
    assert router.dispatch(event) == "floor"
