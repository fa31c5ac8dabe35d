"""parse_frame and the builders: the schema's examples of every frame, leniency, unknown
events, 24 kinds of malformed frames (MediaStreamError only), and fuzzing."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from telnyx_voice.media_streaming import (
    INBOUND_FRAMES,
    OUTBOUND_FRAMES,
    ClearFrame,
    ConnectedFrame,
    DtmfFrame,
    ErrorFrame,
    MarkFrame,
    MediaFrame,
    MediaPayloadTrack,
    MediaStreamError,
    OutboundMarkFrame,
    OutboundMediaFrame,
    StartFrame,
    StopFrame,
    UnknownFrame,
    clear_frame,
    mark_frame,
    media_frame,
    parse_frame,
    parse_outbound_frame,
)

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "spec" / "media-streaming.yaml"
SCHEMA: dict[str, Any] = yaml.safe_load(SCHEMA_FILE.read_text(encoding="utf-8"))
INBOUND = [m["$ref"].rsplit("/", 1)[1] for m in SCHEMA["$defs"]["InboundFrame"]["oneOf"]]
OUTBOUND = [m["$ref"].rsplit("/", 1)[1] for m in SCHEMA["$defs"]["OutboundFrame"]["oneOf"]]
STREAM_ID = "32de0dea-53cb-4b21-89a4-9283b4f9ca6d"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schema = {**SCHEMA, "oneOf": None, "$ref": f"#/$defs/{name}"}
    del schema["oneOf"]
    return jsonschema.Draft202012Validator(schema)


def _examples(names: list[str]) -> list[Any]:
    return [
        pytest.param(name, example, id=f"{name}-{i}")
        for name in names
        for i, example in enumerate(SCHEMA["$defs"][name]["examples"])
    ]


def test_the_schema_is_valid_json_schema_and_names_its_source() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["x-source"]["url"] == (
        "https://developers.telnyx.com/api-reference/websockets/stream-call-media-over-websocket"
    )
    assert SCHEMA["x-source"]["guide"].endswith("/programmable-voice/media-streaming")
    assert SCHEMA["x-source"]["read"]
    assert set(INBOUND) == {c.__name__ for c in INBOUND_FRAMES.values()}
    assert set(OUTBOUND) == {c.__name__ for c in OUTBOUND_FRAMES.values()}


def test_every_frame_type_has_an_example() -> None:
    assert len(INBOUND) == 7 and len(OUTBOUND) == 3
    for name in INBOUND + OUTBOUND:
        assert SCHEMA["$defs"][name]["examples"], name


@pytest.mark.parametrize(("name", "example"), _examples(INBOUND))
def test_published_inbound_examples_parse_into_their_class(name: str, example: Any) -> None:
    _validator(name).validate(example)  # the example fits our schema
    _validator("InboundFrame").validate(example)
    frame = parse_frame(json.dumps(example))
    assert type(frame).__name__ == name
    assert frame.to_dict() == example  # type: ignore[union-attr]  # nothing lost or added
    assert parse_frame(json.dumps(example).encode()) == frame  # bytes too


@pytest.mark.parametrize(("name", "example"), _examples(OUTBOUND))
def test_published_outbound_examples_parse_into_their_class(name: str, example: Any) -> None:
    _validator(name).validate(example)
    frame = parse_outbound_frame(json.dumps(example))
    assert type(frame).__name__ == name
    assert frame.to_dict() == example  # type: ignore[union-attr]


def test_start_fields_are_where_telnyx_puts_them() -> None:
    (example,) = SCHEMA["$defs"]["StartFrame"]["examples"]
    frame = parse_frame(json.dumps(example))
    assert isinstance(frame, StartFrame)
    assert frame.stream_id == STREAM_ID  # top level, not start.stream_id
    assert frame.sequence_number == "1"  # a string
    assert frame.start.from_ == "+13122010094" and frame.start.to == "+13122123456"
    assert frame.start.call_control_id is not None and frame.start.call_control_id.startswith("v3:")
    assert frame.start.custom_parameters == {"greeting": "hello"}
    assert frame.start.tags == ["support"]
    fmt = frame.start.media_format
    assert fmt is not None and (fmt.encoding, fmt.sample_rate, fmt.channels) == ("PCMU", 8000, 1)


def test_each_frame_class_reads_its_fields() -> None:
    defs = SCHEMA["$defs"]
    media = parse_frame(json.dumps(defs["MediaFrame"]["examples"][0]))
    assert isinstance(media, MediaFrame)
    assert media.media.track is MediaPayloadTrack.INBOUND
    assert (media.media.chunk, media.media.timestamp) == ("2", "5")
    assert media.audio == base64.b64decode(defs["MediaFrame"]["examples"][0]["media"]["payload"])
    dtmf = parse_frame(json.dumps(defs["DtmfFrame"]["examples"][0]))
    assert isinstance(dtmf, DtmfFrame) and dtmf.dtmf.digit == "1"
    mark = parse_frame(json.dumps(defs["MarkFrame"]["examples"][0]))
    assert isinstance(mark, MarkFrame) and mark.mark.name == "greeting-done"
    stop = parse_frame(json.dumps(defs["StopFrame"]["examples"][0]))
    assert isinstance(stop, StopFrame) and stop.stop is not None
    assert stop.stop.call_control_id is not None
    error = parse_frame(json.dumps(defs["ErrorFrame"]["examples"][0]))
    assert isinstance(error, ErrorFrame)
    assert (error.payload.code, error.payload.title) == (100003, "Malformed frame")
    connected = parse_frame('{"event":"connected","version":"1.0.0"}')
    assert isinstance(connected, ConnectedFrame) and connected.version == "1.0.0"
    with_token = parse_frame('{"event":"connected","x-telnyx-streaming-auth-token":"s3cret"}')
    assert isinstance(with_token, ConnectedFrame)
    assert with_token.x_telnyx_streaming_auth_token == "s3cret"


def test_reading_is_lenient() -> None:
    frame = parse_frame(
        json.dumps(
            {
                "event": "media",
                "sequence_number": 7,  # a number where Telnyx documents a string
                "media": {"track": "sideways", "chunk": 3, "timestamp": 60, "payload": "AAE="},
                "stream_id": STREAM_ID,
                "occurred_at": "2026-12-01T00:00:00Z",  # a field this SDK does not know
            }
        )
    )
    assert isinstance(frame, MediaFrame)
    assert frame.sequence_number == "7" and frame.media.chunk == "3"
    assert frame.media.track == "sideways"  # an unknown enum value is kept
    assert frame.model_extra == {"occurred_at": "2026-12-01T00:00:00Z"}
    assert frame.audio == b"\x00\x01"


def test_an_unknown_event_is_an_unknown_frame() -> None:
    raw = {"event": "transcription", "sequence_number": "9", "text": "hi"}
    frame = parse_frame(json.dumps(raw))
    assert isinstance(frame, UnknownFrame)
    assert (frame.event, frame.raw, frame.sequence_number) == ("transcription", raw, "9")
    assert frame == UnknownFrame("transcription", raw)
    assert repr(frame) == "UnknownFrame(event='transcription')"


def test_builders_write_what_the_schema_allows() -> None:
    texts = [media_frame(b"\x7f\xff\x00"), mark_frame("greeting-done"), clear_frame()]
    assert texts == [
        '{"event":"media","media":{"payload":"f/8A"}}',
        '{"event":"mark","mark":{"name":"greeting-done"}}',
        '{"event":"clear"}',
    ]
    names = ("OutboundMediaFrame", "OutboundMarkFrame", "ClearFrame")
    for text, name in zip(texts, names, strict=True):
        _validator(name).validate(json.loads(text))
        _validator("OutboundFrame").validate(json.loads(text))
    parsed = [parse_outbound_frame(t) for t in texts]
    assert isinstance(parsed[0], OutboundMediaFrame) and parsed[0].media.payload == "f/8A"
    assert isinstance(parsed[1], OutboundMarkFrame) and parsed[1].mark.name == "greeting-done"
    assert isinstance(parsed[2], ClearFrame)
    assert json.loads(mark_frame('quote " and \\ and é'))["mark"]["name"] == 'quote " and \\ and é'
    assert media_frame(bytearray(b"\x01")) == media_frame(memoryview(b"\x01"))


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: media_frame(b""), ValueError),
        (lambda: media_frame("AAE="), TypeError),  # base64 text instead of audio bytes
        (lambda: mark_frame(""), ValueError),
        (lambda: mark_frame(1), TypeError),
    ],
    ids=["empty-audio", "str-audio", "empty-mark", "int-mark"],
)
def test_builders_reject_bad_arguments(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


def test_outbound_frames_are_read_strictly() -> None:
    with pytest.raises(MediaStreamError, match="stream_id"):
        parse_outbound_frame('{"event":"media","media":{"payload":"AAE="},"stream_id":"x"}')
    with pytest.raises(MediaStreamError, match="mark.name"):
        parse_outbound_frame('{"event":"mark","mark":{"name":""}}')


_DEEP = "[" * 100_000 + "]" * 100_000
MALFORMED: dict[str, Any] = {
    "empty-text": "",
    "empty-bytes": b"",
    "truncated-json": '{"event": "media", "media": {"payl',
    "not-json": "hello",
    "invalid-utf8": b'{"event":"\xff\xfe"}',
    "json-array": '[{"event":"media"}]',
    "json-string": '"media"',
    "json-null": "null",
    "json-number": "42",
    "no-event": '{"media":{"payload":"AAE="}}',
    "event-number": '{"event":5}',
    "event-null": '{"event":null}',
    "media-missing": '{"event":"media","sequence_number":"2"}',
    "media-not-object": '{"event":"media","media":"AAE="}',
    "payload-missing": '{"event":"media","media":{"track":"inbound"}}',
    "payload-not-base64": '{"event":"media","media":{"payload":"@@@@"}}',
    "payload-bad-padding": '{"event":"media","media":{"payload":"AAE"}}',
    "payload-not-string": '{"event":"media","media":{"payload":[1,2]}}',
    "sequence-not-digits": '{"event":"media","sequence_number":"4a","media":{"payload":"AA=="}}',
    "start-missing": '{"event":"start","sequence_number":"1","stream_id":"x"}',
    "sample-rate-not-number": (
        '{"event":"start","start":{"media_format":{"encoding":"PCMU","sample_rate":"fast"}}}'
    ),
    "dtmf-digit-missing": '{"event":"dtmf","dtmf":{}}',
    "error-code-not-number": '{"event":"error","payload":{"code":"x"}}',
    "nested-too-deep": _DEEP,
    "not-text-at-all": 12345,
}


@pytest.mark.parametrize("data", list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_frames_raise_media_stream_error_only(data: Any) -> None:
    with pytest.raises(MediaStreamError) as caught:
        parse_frame(data)
    assert caught.value.__cause__ is None  # no JSONDecodeError/binascii.Error/pydantic inside
    assert str(caught.value)


def test_there_are_at_least_20_kinds_of_malformed_frames() -> None:
    assert len(MALFORMED) >= 20


def test_errors_name_the_field_and_event() -> None:
    with pytest.raises(MediaStreamError, match=r"^media frame \(inbound\): media.payload: ") as e:
        parse_frame(MALFORMED["payload-missing"])
    assert e.value.event == "media"
    with pytest.raises(MediaStreamError, match="sequence_number"):
        parse_frame(MALFORMED["sequence-not-digits"])
    with pytest.raises(MediaStreamError, match="base64"):
        parse_frame(MALFORMED["payload-not-base64"])
    assert isinstance(MediaStreamError("x"), ValueError)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
_framelike = st.fixed_dictionaries(
    {"event": st.sampled_from(sorted(INBOUND_FRAMES) + ["other"])},
    optional={
        "sequence_number": _json,
        "media": st.dictionaries(st.sampled_from(["payload", "track", "chunk"]), _json),
        "start": _json,
        "dtmf": _json,
        "mark": _json,
        "payload": _json,
        "stop": _json,
    },
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=64),
        st.text(max_size=64),
        _json.map(json.dumps),
        _framelike.map(json.dumps),
    )
)
def test_any_input_gives_a_frame_or_media_stream_error(data: str | bytes) -> None:
    try:
        frame = parse_frame(data)
    except MediaStreamError:
        return
    assert isinstance(frame, (UnknownFrame, *INBOUND_FRAMES.values()))
