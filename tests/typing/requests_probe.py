"""Typing probes for requests: checked by `nox -s typecheck` (mypy --strict and pyright strict).

Each deliberate mistake ends with `# type: ignore[<mypy code>]`: both checkers must report
an error on that line, or the unused ignore is itself an error (mypy's
`--warn-unused-ignores`, pyright's `reportUnnecessaryTypeIgnoreComment`). Lines without
the comment are correct usages and must produce no error. Never executed.
"""

from __future__ import annotations

from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice.types import (
    AnswerRequestWebhookRetriesPoliciesValueParam,
    CallGatherEndedEvent,
    CustomSipHeaderParam,
    ElevenLabsVoiceSettingsParam,
    TranscriptionStartRequest,
)
from telnyx_voice.types.webhook_events import CallInitiatedEvent

CID = "v3:probe"


def correct_usages(client: Telnyx) -> None:
    actions = client.calls.actions
    actions.answer(CID)
    actions.speak(CID, payload="Hello", voice="female", language="en-US")
    actions.speak(
        CID,
        payload="Hi",
        voice="ElevenLabs.x.y",
        voice_settings={"type": "elevenlabs", "api_key_ref": "k"},
    )
    settings: ElevenLabsVoiceSettingsParam = {"type": "elevenlabs"}
    actions.speak(CID, payload="Hi", voice="ElevenLabs.x.y", voice_settings=settings)
    actions.gather_using_speak(
        CID,
        payload="Press 1",
        voice="female",
        minimum_digits=1,
        maximum_digits=1,
        timeout_millis=10_000,
    )
    actions.start_transcription(CID, transcription_engine="Google")
    actions.start_transcription(
        CID,
        transcription_engine="Google",
        transcription_engine_config={"transcription_engine": "Google", "language": "en"},
    )
    headers: list[CustomSipHeaderParam] = [{"name": "X-Tag", "value": "1"}]
    actions.transfer(CID, to="+18005550100", custom_headers=headers)
    policy: AnswerRequestWebhookRetriesPoliciesValueParam = {"retries_ms": [1000, 2000]}
    actions.answer(CID, webhook_retries_policies={"call.answered": policy})
    actions.start_ai_assistant(
        CID, assistant={"id": "assistant-1", "external_llm": {"base_url": "https://x"}}
    )
    client.calls.dial(connection_id="1", from_="+18005550101", to=["+18005550100", "+18005550102"])
    client.conferences.list(filter={"status": "in_progress"}, page_number=2, page_size=20)
    client.conferences.list_participants("conf-1", page={"number": 1, "size": 10})
    client.queues.calls.list("support", page_number=1)
    client.connections.list_active_calls("conn-1", page_size=50)
    actions.start_transcription(
        CID, **TranscriptionStartRequest(transcription_engine="Google").model_dump()
    )
    request = TranscriptionStartRequest(transcription_engine="Google", transcription_tracks="both")
    assert request.transcription_tracks == "both"
    event: CallGatherEndedEvent | CallInitiatedEvent | None = None
    assert event is None


async def correct_async_usages(client: AsyncTelnyx) -> None:
    await client.calls.actions.send_dtmf(CID, digits="1234", duration_millis=250)
    async for conference in client.conferences.list(page_size=20):
        assert conference.name


def mistakes(client: Telnyx) -> None:
    actions = client.calls.actions
    # top-level arguments
    actions.speak(CID, payload="Hi", voice="female", voise="x")  # type: ignore[call-arg]  # misspelled keyword
    actions.speak(CID, voice="female")  # type: ignore[call-arg]  # missing required payload
    actions.gather_using_speak(CID, payload="Hi", voice="female", maximum_digits="5")  # type: ignore[arg-type]  # str for int
    actions.speak(CID, payload=5, voice="female")  # type: ignore[arg-type]  # int for str
    actions.answer(CID, transcription="true")  # type: ignore[arg-type]  # str for bool
    actions.speak(CID, payload="Hi", voice="female", payload_type="txt")  # type: ignore[arg-type]  # enum literal
    actions.speak(CID, payload="Hi", voice="female", language="en-us")  # type: ignore[arg-type]  # enum literal case
    actions.send_dtmf(digits="1")  # type: ignore[call-arg]  # missing positional call_control_id
    actions.send_dtmf(CID, "1")  # type: ignore[call-arg]  # body field passed by position
    client.calls.dial(connection_id="1", from_="+1", to="+2", from_display_name=7)  # type: ignore[arg-type]  # int for str
    client.calls.dial(connection_id="1", to="+2")  # type: ignore[call-arg]  # missing from_
    # nested dict, depth 1
    actions.speak(CID, payload="Hi", voice="x", voice_settings={"type": "elevenlabs", "api_key_reff": "k"})  # type: ignore[arg-type]  # misspelled key
    actions.speak(CID, payload="Hi", voice="x", voice_settings={"type": "elevenlabs", "api_key_ref": 5})  # type: ignore[arg-type]  # wrong value type
    actions.speak(CID, payload="Hi", voice="x", voice_settings={"type": "elevenlab"})  # type: ignore[arg-type]  # unknown discriminator
    actions.answer(CID, transcription_config={"transcription_engin": "Google"})  # type: ignore[arg-type]  # misspelled key
    actions.answer(CID, transcription_config={"model": "nova-9"})  # type: ignore[arg-type]  # bad enum value
    actions.answer(CID, deepfake_detection={"rtp_timeout": 5})  # type: ignore[arg-type]  # missing required key
    # nested dict, depth 2
    actions.start_ai_assistant(CID, assistant={"external_llm": {"base_urll": "https://x"}})  # type: ignore[arg-type]  # depth-2 key
    actions.start_ai_assistant(CID, assistant={"external_llm": {"authentication_method": "password"}})  # type: ignore[arg-type]  # depth-2 enum
    actions.start_ai_assistant(CID, assistant={"fallback_config": {"model": 4}})  # type: ignore[arg-type]  # depth-2 type
    # union member
    actions.speak(CID, payload="Hi", voice="x", voice_settings={"type": "aws", "api_key_ref": "k"})  # type: ignore[arg-type]  # key of another member
    actions.start_transcription(CID, transcription_engine_config={"transcription_engine": "Google", "language": "xx"})  # type: ignore[arg-type]  # member enum
    # array item
    actions.transfer(CID, to="+1", custom_headers=[{"name": "X-Tag"}])  # type: ignore[list-item]  # item missing value
    actions.transfer(CID, to="+1", custom_headers=[{"nam": "X", "value": "1"}])  # type: ignore[list-item]  # item key
    actions.transfer(CID, to="+1", custom_headers={"name": "X", "value": "1"})  # type: ignore[arg-type]  # dict for array
    client.conferences.actions.mute("conf-1", call_control_ids="v3:a")  # type: ignore[arg-type]  # str for array of str
    # map value
    actions.answer(CID, webhook_retries_policies={"call.answered": {"retries_ms": "1000"}})  # type: ignore[dict-item]  # str for int array
    actions.answer(CID, webhook_retries_policies={"call.answered": {"retries": [1]}})  # type: ignore[dict-item]  # map value key
    # query parameters
    client.conferences.list(filter={"statuss": "init"})  # type: ignore[arg-type]  # filter key
    client.conferences.list(filter={"status": "done"})  # type: ignore[arg-type]  # filter enum
    client.conferences.list(page_number="2")  # type: ignore[arg-type]  # str page number
    client.conferences.list(page={"numbr": 2})  # type: ignore[arg-type]  # page key
    # model instances
    TranscriptionStartRequest(transcription_engine="Googel")  # type: ignore[arg-type]  # model enum
    TranscriptionStartRequest(transcription_tracks=5)  # type: ignore[arg-type]  # model field type
    actions.speak(CID, payload="Hi", voice="x", voice_settings=TranscriptionStartRequest())  # type: ignore[arg-type]  # wrong model


def misspelled_imports() -> None:
    from telnyx_voice import Telnix  # type: ignore[attr-defined]  # misspelled client
    from telnyx_voice.types import CallGatherEndedEvnt  # type: ignore[attr-defined]  # misspelled event
    from telnyx_voice.types import ElevenLabsVoiceSettingParam  # type: ignore[attr-defined]  # misspelled param
    from telnyx_voice.types.webhook_events import CallInitiatedEvnt  # type: ignore[attr-defined]  # misspelled event

    assert Telnix and CallGatherEndedEvnt and CallInitiatedEvnt and ElevenLabsVoiceSettingParam
