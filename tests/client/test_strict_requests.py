"""Strict on the way out: each rule rejects before sending (nothing reaches the loopback
server), names the dotted path, and leaves responses lenient. Sync and async."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import pytest
from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice._exceptions import RequestValidationError
from telnyx_voice.types import ElevenLabsVoiceSettings, TranscriptionStartRequest

from ..conftest import RecordingServer

CID = "v3:strict"
Call = Callable[[Any], Any]


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, recording_server: RecordingServer) -> Callable[[Call], Any]:
    """Call `fn(client.calls.actions-or-client)` on a sync or an async client."""

    def sync(fn: Call) -> Any:
        return fn(Telnyx(api_key="k", base_url=recording_server.url, max_retries=0))

    def async_(fn: Call) -> Any:
        async def go() -> Any:
            async with AsyncTelnyx(
                api_key="k", base_url=recording_server.url, max_retries=0
            ) as client:
                result = fn(client)
                return await result if asyncio.iscoroutine(result) else result

        return asyncio.run(go())

    return sync if request.param == "sync" else async_


def rejected(
    run: Callable[[Call], Any], recording_server: RecordingServer, fn: Call, *match: str
) -> str:
    with pytest.raises(RequestValidationError) as info:
        run(fn)
    assert recording_server.requests == [], "nothing may be sent"
    for text in match:
        assert text in str(info.value), str(info.value)
    return str(info.value)


@pytest.mark.parametrize(
    ("argument", "value", "field"),
    [
        ("maximum_digits", "5", "maximum_digits"),  # str for an integer
        ("payload", 5, "payload"),  # int for a string
        ("invalid_payload", True, "invalid_payload"),  # bool for a string
    ],
)
def test_no_coercion_of_scalars(
    run: Callable[[Call], Any],
    recording_server: RecordingServer,
    argument: str,
    value: Any,
    field: str,
) -> None:
    kwargs: dict[str, Any] = {"payload": "Press 1", "voice": "female", argument: value}
    rejected(
        run, recording_server, lambda c: c.calls.actions.gather_using_speak(CID, **kwargs), field
    )


def test_no_coercion_of_booleans(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.answer(CID, transcription="true"),
        "transcription",
    )


def test_unknown_key_at_depth_1_names_the_path_and_the_closest_key(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    message = rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.speak(
            CID,
            payload="Hi",
            voice="ElevenLabs.eleven_multilingual_v2.x",
            voice_settings={"type": "elevenlabs", "api_key_reff": "secret"},
        ),
        "voice_settings.api_key_reff",
        "did you mean 'api_key_ref'",
        "extra_body",
    )
    assert "secret" not in message  # the value is not echoed


def test_unknown_key_at_depth_2_and_in_an_array_item(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.start_ai_assistant(
            CID, assistant={"id": "a", "external_llm": {"base_urll": "https://x"}}
        ),
        "assistant.external_llm.base_urll",
        "did you mean 'base_url'",
    )
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.transfer(
            CID, to="+18005550100", custom_headers=[{"name": "X", "value": "1"}, {"nam": "Y"}]
        ),
        "custom_headers",
    )


def test_unknown_key_in_a_map_value(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.answer(
            CID, webhook_retries_policies={"call.answered": {"retries": [1000]}}
        ),
        "webhook_retries_policies.call.answered.retries",
        "did you mean 'retries_ms'",
    )


def test_a_model_instance_is_validated_like_the_dict(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    engine = TranscriptionStartRequest(transcription_engine="Googel")  # type: ignore[arg-type]
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.start_transcription(
            CID, transcription_engine=engine.transcription_engine
        ),
        "transcription_engine",
    )
    settings = ElevenLabsVoiceSettings.model_validate({"type": "elevenlabs", "api_key_reff": "k"})
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.speak(CID, payload="Hi", voice="x", voice_settings=settings),
        "voice_settings.api_key_reff",
    )


@pytest.mark.parametrize("state", ['{"step":"menu"}', "eyJzdGVwIjoibWVudSJ9\n", "eyJz dGVw", "abc"])
def test_client_state_must_be_standard_base64(
    run: Callable[[Call], Any], recording_server: RecordingServer, state: str
) -> None:
    rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.speak(CID, payload="Hi", voice="female", client_state=state),
        "client_state",
        "base64.b64encode",
    )


def test_a_discriminated_union_names_the_member_meant(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    message = rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.speak(
            CID, payload="Hi", voice="x", voice_settings={"type": "elevenlabs", "api_key_ref": 5}
        ),
        "voice_settings.elevenlabs.api_key_ref",
    )
    assert "telnyx" not in message.lower().replace("telnyx_voice", "")


def test_a_plain_union_keeps_the_complaints_of_the_member_meant(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    message = rejected(
        run,
        recording_server,
        lambda c: c.calls.actions.start_transcription(
            CID,
            transcription_engine="Google",
            transcription_engine_config={"transcription_engine": "Google", "language": "xx"},
        ),
        "TranscriptionEngineGoogleConfig.language",
    )
    assert "TranscriptionEngineTelnyxConfig" not in message
    assert "Azure" not in message


def test_query_page_given_twice_is_rejected(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    rejected(
        run,
        recording_server,
        lambda c: _first_page(c.conferences.list(page={"number": 1}, page_number=2)),
        "page[number]",
        "given twice",
    )


def test_what_is_valid_is_sent_unchanged(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    state = base64.b64encode(json.dumps({"step": "menü"}).encode()).decode()
    recording_server.reply = (200, {"data": {"result": "ok", "brand_new_field": 1}})
    result = run(
        lambda c: c.calls.actions.speak(
            CID,
            payload="Hi",
            voice="ElevenLabs.eleven_multilingual_v2.x",
            voice_settings=ElevenLabsVoiceSettings(type="elevenlabs", api_key_ref="k"),
            client_state=state,
        )
    )
    body = recording_server.requests[-1].json()
    assert body["voice_settings"] == {"type": "elevenlabs", "api_key_ref": "k"}
    assert body["client_state"] == state
    assert result.data.model_extra == {"brand_new_field": 1}  # responses stay lenient


def test_extra_body_is_the_escape_hatch_for_unknown_fields(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    recording_server.reply = (200, {"data": {"result": "ok"}})
    run(lambda c: c.calls.actions.answer(CID, extra_body={"brand_new_option": True}))
    assert recording_server.requests[-1].json()["brand_new_option"] is True


def test_page_number_and_page_size_are_flat_keywords_on_every_list(
    run: Callable[[Call], Any], recording_server: RecordingServer
) -> None:
    meta = {"page_number": 2, "page_size": 20, "total_pages": 2, "total_results": 0}
    recording_server.reply = (200, {"data": [], "meta": meta})
    calls: list[Call] = [
        lambda c: c.conferences.list(page_number=2, page_size=20),
        lambda c: c.conferences.list_participants("conf-1", page_number=2, page_size=20),
        lambda c: c.queues.calls.list("support", page_number=2, page_size=20),
        lambda c: c.connections.list_active_calls("conn-1", page_number=2, page_size=20),
        lambda c: c.queues.list(page_number=2, page_size=20),
    ]
    for call in calls:
        run(lambda c, call=call: _first_page(call(c)))
        query = parse_qs(recording_server.requests[-1].query)
        assert query.get("page[number]") == ["2"] and query.get("page[size]") == ["20"], query
    assert len(recording_server.requests) == len(calls)


def _first_page(page: Any) -> Any:
    """A sync page as it is; an async paginator awaited for its first page."""
    if not hasattr(page, "__await__"):
        return page

    async def first() -> Any:
        return await page

    return first()
