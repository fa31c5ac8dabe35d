"""The typed router at run time: unknown event types, mismatched handler annotations, and
the generated overloads covering the registry (the static side: tests/typing/)."""

from __future__ import annotations

import ast
import json
import typing
from pathlib import Path
from typing import Any

import pytest
import telnyx_voice.webhooks as webhooks_pkg
from telnyx_voice import testing
from telnyx_voice.types.models import CallDtmfReceivedEvent, CallGatherEndedEvent
from telnyx_voice.types.webhook_events import EVENT_TYPES, WebhookEvent
from telnyx_voice.webhooks import ParsedEvent, UnknownEvent, WebhookRouter, parse


def test_unknown_event_type_raises_with_the_closest_names() -> None:
    router = WebhookRouter()
    with pytest.raises(
        ValueError, match=r"'call\.gather\.endd'.*did you mean 'call\.gather\.ended'"
    ):
        router.on("call.gather.endd")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="allow_unknown=True") as info:
        router.on("nothing.like.it")  # type: ignore[call-overload]
    assert "did you mean" not in str(info.value)


def test_allow_unknown_registers_a_future_event_type() -> None:
    router = WebhookRouter(dedupe=None)

    @router.on("call.teleported", allow_unknown=True)
    def on_teleported(event: UnknownEvent) -> str:
        return f"teleported to {event.data['payload']['to']}"

    event = parse(json.dumps(testing.build_event("call.teleported", {"to": "mars"})))
    assert isinstance(event, UnknownEvent)
    assert router.dispatch(event) == "teleported to mars"


def test_a_handler_typed_for_another_event_raises_at_registration() -> None:
    router = WebhookRouter()

    def on_dtmf(event: CallDtmfReceivedEvent) -> None: ...

    with pytest.raises(
        TypeError, match=r"takes CallDtmfReceivedEvent.*arrive as CallGatherEndedEvent"
    ):
        router.on("call.gather.ended")(on_dtmf)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="CallDtmfReceivedEvent"):
        router.on(CallGatherEndedEvent)(on_dtmf)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="UnknownEvent"):
        router.on("call.gather.ended")(lambda_unknown)  # type: ignore[arg-type]
    assert router.handler_for(parse(json.dumps(testing.build_event("call.gather.ended")))) is None


def lambda_unknown(event: UnknownEvent) -> None: ...


def test_compatible_annotations_are_accepted() -> None:
    router = WebhookRouter()

    def exact(event: CallGatherEndedEvent) -> None: ...
    def union(event: CallGatherEndedEvent | CallDtmfReceivedEvent) -> None: ...
    def any_event(event: Any) -> None: ...
    def parsed(event: ParsedEvent) -> None: ...
    def webhook_event(event: WebhookEvent) -> None: ...
    def bare(event) -> None: ...  # type: ignore[no-untyped-def]  # noqa: ANN001

    router.on("call.gather.ended")(exact)
    router.on("call.dtmf.received")(union)
    router.on("call.hangup")(any_event)
    router.on("call.answered")(parsed)
    router.on("call.bridged")(webhook_event)
    router.on("call.initiated")(bare)
    assert len(router._handlers) == 6


def test_string_annotations_of_local_classes_are_compared_by_name() -> None:
    router = WebhookRouter()
    namespace: dict[str, Any] = {}
    exec(  # a handler whose annotation cannot be resolved (a name from nowhere)
        "def handler(event: 'CallDtmfReceivedEvent') -> None: ...\n"
        "def fine(event: 'SomethingLocal') -> None: ...",
        namespace,
    )
    with pytest.raises(TypeError, match="CallDtmfReceivedEvent"):
        router.on("call.gather.ended")(namespace["handler"])
    router.on("call.gather.ended")(namespace["fine"])


def test_fallback_keeps_receiving_unknown_events() -> None:
    router = WebhookRouter()
    got: list[ParsedEvent] = []
    router.fallback(got.append)
    event = parse(json.dumps(testing.build_event("call.teleported")))
    router.dispatch(event)
    assert got == [event]


def test_the_generated_overloads_cover_every_event_type() -> None:
    source = Path(webhooks_pkg.__file__).with_name("_typed_router.py").read_text()
    literals: dict[str, str] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name == "on" and node.decorator_list:
            annotation = node.args.args[1].annotation
            if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "Literal":
                literal = str(typing.cast(ast.Constant, annotation.slice).value)
                literals[literal] = ast.unparse(node.returns) if node.returns else ""
    assert set(literals) == set(EVENT_TYPES)
    for event_type, model in EVENT_TYPES.items():
        assert f"Callable[[{model.__name__}], _R]" in literals[event_type]
