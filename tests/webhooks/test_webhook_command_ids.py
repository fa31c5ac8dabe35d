"""Event-derived command_ids: under the router, ``handling(event)``, threads, asyncio, retries."""

from __future__ import annotations

import asyncio
import contextvars
import json
import threading
import uuid
from typing import Any

import pytest
from telnyx_voice import AsyncTelnyx, Telnyx, testing
from telnyx_voice.types.models import CallInitiatedEvent
from telnyx_voice.webhooks import (
    COMMAND_ID_NAMESPACE,
    WebhookRouter,
    event_id_of,
    handling,
    parse,
)

from ..conftest import RecordingServer

EVENT_ID = "2f1e0c1b-8f6e-4d2a-9b7c-1a2b3c4d5e6f"


def _event(event_id: str | None = EVENT_ID, event_type: str = "call.initiated") -> Any:
    overrides = {"id": event_id} if event_id is not None else {}
    body = testing.build_event(event_type, {"call_control_id": "v3:c"}, **overrides)
    if event_id is None:
        del body["data"]["id"]
    return parse(json.dumps(body))


def _expected(operation_id: str, ordinal: int, event_id: str = EVENT_ID) -> str:
    return str(uuid.uuid5(COMMAND_ID_NAMESPACE, f"{event_id}/{operation_id}/{ordinal}"))


def _ids(recording_server: RecordingServer) -> list[tuple[str, str]]:
    return [(r.path.rsplit("/", 1)[-1], r.json()["command_id"]) for r in recording_server.requests]


def test_router_derives_command_ids_from_the_event(recording_server: RecordingServer) -> None:
    client = Telnyx(api_key="k", base_url=recording_server.url)
    router = WebhookRouter(dedupe=None)

    @router.on("call.initiated")
    def on_initiated(event: CallInitiatedEvent) -> None:
        client.calls.actions.answer("v3:c")
        client.calls.actions.speak("v3:c", payload="one", voice="female")
        client.calls.actions.speak("v3:c", payload="two", voice="female")
        client.calls.actions.speak("v3:c", payload="mine", voice="female", command_id="given")

    router.dispatch(_event())
    first = _ids(recording_server)
    assert first == [
        ("answer", _expected("AnswerCall", 0)),
        ("speak", _expected("SpeakCall", 0)),
        ("speak", _expected("SpeakCall", 1)),
        ("speak", "given"),  # a caller-given command_id wins
    ]
    recording_server.requests.clear()
    router.dispatch(_event())  # a redelivery handled again (dedupe off): the same ids
    assert _ids(recording_server) == first
    recording_server.requests.clear()
    client.calls.actions.answer("v3:c")  # outside a handler: a fresh UUID4
    ((_, outside),) = _ids(recording_server)
    assert uuid.UUID(outside).version == 4


def test_handling_block_nested_and_events_without_id(recording_server: RecordingServer) -> None:
    client = Telnyx(api_key="k", base_url=recording_server.url)
    other = "9d8c7b6a-5f4e-4d3c-8b2a-190817263544"
    with handling(_event()) as event_id:
        assert event_id == EVENT_ID
        client.calls.actions.answer("v3:c")
        with handling(_event(other)):
            client.calls.actions.answer("v3:c")
        client.calls.actions.answer("v3:c")
        with handling(_event(None)) as missing:
            assert missing is None
            client.calls.actions.answer("v3:c")
    ids = [i for _, i in _ids(recording_server)]
    assert ids[:3] == [
        _expected("AnswerCall", 0),
        _expected("AnswerCall", 0, other),
        _expected("AnswerCall", 1),
    ]
    assert uuid.UUID(ids[3]).version == 4


def test_threads_see_the_scope_through_copied_contexts(recording_server: RecordingServer) -> None:
    client = Telnyx(api_key="k", base_url=recording_server.url)
    with handling(_event()):
        context = contextvars.copy_context()
        thread = threading.Thread(target=context.run, args=(client.calls.actions.answer, "v3:c"))
        thread.start()
        thread.join(timeout=10)
        plain = threading.Thread(target=client.calls.actions.hangup, args=("v3:c",))
        plain.start()
        plain.join(timeout=10)
    ids = dict(_ids(recording_server))
    assert ids["answer"] == _expected("AnswerCall", 0)
    assert uuid.UUID(ids["hangup"]).version == 4  # a plain Thread does not inherit contextvars


async def test_asyncio_tasks_and_to_thread_share_the_scope(
    recording_server: RecordingServer,
) -> None:
    router = WebhookRouter(dedupe=None)
    sync_client = Telnyx(api_key="k", base_url=recording_server.url)

    @router.on("call.initiated")
    async def on_initiated(event: CallInitiatedEvent) -> None:
        async with AsyncTelnyx(api_key="k", base_url=recording_server.url) as client:
            await asyncio.gather(
                client.calls.actions.answer("v3:c"),
                asyncio.create_task(
                    client.calls.actions.start_recording("v3:c", format="mp3", channels="single")
                ),
            )
            await asyncio.to_thread(sync_client.calls.actions.hangup, "v3:c")

    await router.dispatch_async(_event())
    ids = dict(_ids(recording_server))
    assert ids == {
        "answer": _expected("AnswerCall", 0),
        "record_start": _expected("StartCallRecord", 0),
        "hangup": _expected("HangupCall", 0),
    }


def test_retries_reuse_the_derived_command_id(recording_server: RecordingServer) -> None:
    recording_server.reply = (503, {"errors": [{"title": "busy"}]})
    client = Telnyx(
        api_key="k", base_url=recording_server.url, max_retries=2, _sleep=lambda s: None
    )
    with handling(_event()), pytest.raises(Exception, match="503|busy|Service"):
        client.calls.actions.answer("v3:c")
    assert [i for _, i in _ids(recording_server)] == [_expected("AnswerCall", 0)] * 3


def test_event_id_of() -> None:
    assert event_id_of(_event()) == EVENT_ID
    assert event_id_of(_event(None)) is None
    unknown = parse(json.dumps(testing.build_event("call.teleported", id="u-1")))
    assert event_id_of(unknown) == "u-1"
    floor = parse(
        json.dumps({"event_type": "conference.floor.changed", "id": EVENT_ID, "payload": {}})
    )
    assert event_id_of(floor) == EVENT_ID
    assert event_id_of(object()) is None
