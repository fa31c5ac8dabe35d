"""client_state helpers: base64 of text, bytes or JSON; decoding strings and events."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telnyx_voice import testing
from telnyx_voice.webhooks import (
    ClientStateError,
    decode_client_state,
    encode_client_state,
    parse,
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize(
    "value",
    [
        {"menu": "main", "step": 2, "caller": "Zoë Ñúñez", "lang": "日本語"},
        ["å", 1, None, True, 2.5],
        0,
        None,
        {"emoji": "📞"},
    ],
)
def test_json_round_trip_with_non_ascii(value: Any) -> None:
    encoded = encode_client_state(value)
    assert "\n" not in encoded and base64.b64decode(encoded, validate=True)
    assert decode_client_state(encoded) == value
    assert decode_client_state(encoded, format="json") == value


def test_text_and_bytes() -> None:
    text = "Grüße aus München, 東京"
    assert base64.b64decode(encode_client_state(text)).decode() == text  # plain UTF-8
    assert decode_client_state(encode_client_state(text)) == text
    assert decode_client_state(encode_client_state("42"), format="text") == "42"
    assert decode_client_state(encode_client_state("42")) == 42  # "auto" reads JSON first
    raw = bytes(range(256))
    assert decode_client_state(encode_client_state(raw)) == raw  # not UTF-8: bytes
    assert decode_client_state(encode_client_state(b"abc"), format="bytes") == b"abc"
    # Telnyx's documentation example
    assert decode_client_state("aGF2ZSBhIG5pY2UgZGF5ID1d") == "have a nice day =]"


@given(JSON)
def test_any_json_value_round_trips(value: Any) -> None:
    assert decode_client_state(encode_client_state(value)) == value


@given(st.text(st.characters(exclude_categories=("Cs",)), min_size=1))
def test_any_text_round_trips_as_text(value: str) -> None:
    assert decode_client_state(encode_client_state(value), format="text") == value


def test_empty_and_unencodable_text() -> None:
    assert encode_client_state("") == "" and decode_client_state(encode_client_state("")) is None
    with pytest.raises(ClientStateError, match="UTF-8"):
        encode_client_state("\ud800")


def test_events_empty_and_missing() -> None:
    state = encode_client_state({"step": "menu"})
    event = parse(json.dumps(testing.build_event("call.answered", {"client_state": state})))
    assert decode_client_state(event) == {"step": "menu"}
    unknown = parse(json.dumps(testing.build_event("call.teleported", {"client_state": state})))
    assert decode_client_state(unknown) == {"step": "menu"}
    assert decode_client_state(parse(json.dumps(testing.build_event("call.answered")))) is None
    assert (
        decode_client_state(
            parse(json.dumps(testing.build_event("call.answered", {"client_state": ""})))
        )
        is None
    )
    assert decode_client_state("") is None and decode_client_state(None) is None


@pytest.mark.parametrize(
    ("value", "fmt", "match"),
    [
        ("not base64!", "auto", "not valid base64"),
        ("YWJj\n", "auto", "not valid base64"),
        (base64.b64encode(b"\xff\xfe").decode(), "text", "not UTF-8"),
        (base64.b64encode(b"plain").decode(), "json", "not JSON"),
    ],
)
def test_malformed_states_raise_a_typed_error(value: str, fmt: Any, match: str) -> None:
    with pytest.raises(ClientStateError, match=match) as info:
        decode_client_state(value, format=fmt)
    assert isinstance(info.value, ValueError)


def test_unencodable_values_and_bad_arguments() -> None:
    with pytest.raises(ClientStateError, match="set"):
        encode_client_state({1, 2})
    with pytest.raises(ClientStateError):
        encode_client_state(float("nan"))
    with pytest.raises(ValueError, match="format"):
        decode_client_state("YQ==", format="yaml")  # type: ignore[arg-type]
    with pytest.raises(ClientStateError, match="data.payload"):
        decode_client_state(object())
