"""Bad input never reaches the server; unknown response fields/enum values are kept."""

from __future__ import annotations

import asyncio

import pytest
from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice._exceptions import RequestValidationError

from ..conftest import RecordingServer


@pytest.fixture
def client(recording_server: RecordingServer) -> Telnyx:
    return Telnyx(api_key="k", base_url=recording_server.url, max_retries=0)


def test_wrong_type_is_a_validation_error_naming_the_field(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    with pytest.raises(RequestValidationError, match="digits"):
        client.calls.actions.send_dtmf("v3:x", digits=123)  # type: ignore[arg-type]
    assert recording_server.requests == []


def test_nested_wrong_type_names_the_nested_field(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    with pytest.raises(RequestValidationError, match="answering_machine_detection_config"):
        client.calls.dial(
            connection_id="c",
            from_="+15550001",
            to="+15550002",
            answering_machine_detection_config={"total_analysis_time_millis": "soon"},
        )
    assert recording_server.requests == []


def test_unknown_enum_value_in_a_request_is_rejected(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    with pytest.raises(RequestValidationError, match="media_encryption"):
        client.calls.dial(connection_id="c", from_="+1", to="+2", media_encryption="ROT13")  # type: ignore[arg-type]
    assert recording_server.requests == []


def test_missing_required_field_and_unknown_keyword(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    with pytest.raises(TypeError, match="digits"):
        client.calls.actions.send_dtmf("v3:x")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="digitz"):
        client.calls.actions.send_dtmf("v3:x", digits="1", digitz="2")  # type: ignore[call-arg]
    assert recording_server.requests == []


def test_optional_fields_are_omitted_and_explicit_none_is_sent(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    client.calls.actions.send_dtmf("v3:x", digits="1")
    sent = recording_server.requests[0].json()
    assert set(sent) == {"digits", "command_id"}
    client.calls.dial(connection_id="c", from_="+1", to=["+2", "+3"], client_state="c3RhdGU=")
    sent = recording_server.requests[1].json()
    assert sent["from"] == "+1" and sent["to"] == ["+2", "+3"] and "from_" not in sent


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    with pytest.raises(Exception, match="TELNYX_API_KEY"):
        Telnyx()


def test_response_keeps_unknown_fields_and_enum_values(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    recording_server.reply = (
        200,
        {
            "data": {
                "record_type": "conference",
                "id": "c1",
                "name": "room",
                "created_at": "2026-01-01T00:00:00Z",
                "expires_at": "2026-01-01T04:00:00Z",
                "status": "levitating",  # a value this SDK does not know
                "brand_new_field": {"x": 1},
            }
        },
    )
    result = client.conferences.retrieve("c1")
    assert result.data is not None
    status = result.data.status
    assert status == "levitating" and str(status) == "levitating"
    assert result.data.model_extra == {"brand_new_field": {"x": 1}}
    assert result.data.to_dict()["brand_new_field"] == {"x": 1}


def test_async_client_validates_before_sending(recording_server: RecordingServer) -> None:
    async def run() -> None:
        async with AsyncTelnyx(api_key="k", base_url=recording_server.url) as client:
            with pytest.raises(RequestValidationError, match="digits"):
                await client.calls.actions.send_dtmf("v3:x", digits=["1"])  # type: ignore[arg-type]

    asyncio.run(run())
    assert recording_server.requests == []


def test_query_parameters_are_encoded_as_the_spec_says(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    recording_server.reply = (200, {"data": [], "meta": {"page_number": 1, "total_pages": 1}})
    list(client.queues.list(page_number=2, page_size=50))
    list(client.conferences.list(filter={"status": "in_progress"}, page={"size": 5}, region="US"))
    from urllib.parse import parse_qsl

    assert dict(parse_qsl(recording_server.requests[0].query)) == {
        "page[number]": "2",
        "page[size]": "50",
    }
    assert dict(parse_qsl(recording_server.requests[1].query)) == {
        "filter[status]": "in_progress",
        "page[size]": "5",
        "region": "US",
    }


def test_integer_enums_are_lenient_in_responses_and_strict_in_requests(
    client: Telnyx, recording_server: RecordingServer
) -> None:
    from telnyx_voice._models import strict_enums
    from telnyx_voice.types import StreamBidirectionalSamplingRate

    unknown = StreamBidirectionalSamplingRate(44100)  # as when parsing a response
    assert unknown == 44100 and unknown.value == 44100 and unknown.name == "44100"
    assert StreamBidirectionalSamplingRate(16000) is StreamBidirectionalSamplingRate.INTEGER_16000
    with pytest.raises(ValueError), strict_enums():
        StreamBidirectionalSamplingRate(44100)
    with pytest.raises(ValueError):
        StreamBidirectionalSamplingRate(True)  # a bool is not an integer enum value
    with pytest.raises(RequestValidationError, match="stream_bidirectional_sampling_rate"):
        client.calls.actions.start_streaming("v3:x", stream_bidirectional_sampling_rate=44100)  # type: ignore[arg-type]
    assert recording_server.requests == []
