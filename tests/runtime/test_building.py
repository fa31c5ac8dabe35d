"""Request building: validation, encoding, headers; no request reaches the server on errors."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from telnyx_rt_models import DIAL, GET_CALL, LIST_CONFERENCES, SEND_DTMF
from telnyx_voice._building import encode_query
from telnyx_voice._exceptions import RequestValidationError, TelnyxError
from telnyx_voice._types import NOT_GIVEN, RequestOptions

from .conftest import API_KEY, FaultServer, Harness, Reply

CCID = {"call_control_id": "v3:abc"}


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"digits": 123}, "send_dtmf: body field 'digits': Input should be a valid string"),
        ({"duration_millis": 5}, "send_dtmf: body field 'digits': Field required"),
        ({"digits": "1", "mode": "bogus"}, "send_dtmf: body field 'mode'"),
    ],
)
def test_request_validation_sends_nothing(
    harness: Harness, fault_server: FaultServer, body: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(RequestValidationError) as info:
        harness.call(SEND_DTMF, path_params=CCID, body=body)
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, TelnyxError)
    assert info.value.errors
    assert fault_server.requests == []


def test_empty_path_param_rejected(harness: Harness, fault_server: FaultServer) -> None:
    with pytest.raises(RequestValidationError, match="call_control_id"):
        harness.call(GET_CALL, path_params={"call_control_id": ""})
    assert fault_server.requests == []


def test_path_param_percent_encoded(harness: Harness, fault_server: FaultServer) -> None:
    harness.call(SEND_DTMF, path_params={"call_control_id": "v3:abc/def"}, body={"digits": "1"})
    assert fault_server.requests[0].raw_path == "/v2/calls/v3%3Aabc%2Fdef/actions/send_dtmf"


def test_body_serialisation_and_headers(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(200, {"data": {"call_control_id": "x"}}))
    harness.call(
        DIAL,
        body={"to": "+1", "from_": "+2", "connection_id": "c", "unused": NOT_GIVEN},
        options=RequestOptions(extra_headers={"X-Trace": "t1"}, extra_body={"custom": [1]}),
    )
    rec = fault_server.requests[0]
    assert rec.json() == {"to": "+1", "from": "+2", "connection_id": "c", "custom": [1]}
    assert rec.headers["authorization"] == f"Bearer {API_KEY}"
    assert rec.headers["accept"] == "application/json"
    assert rec.headers["content-type"] == "application/json"
    assert rec.headers["user-agent"].startswith("telnyx-voice/")
    assert " python/3." in rec.headers["user-agent"]
    assert rec.headers["x-trace"] == "t1"


def test_unset_omitted_none_kept(harness: Harness, fault_server: FaultServer) -> None:
    harness.call(
        SEND_DTMF,
        path_params=CCID,
        body={"digits": "1", "client_state": None, "duration_millis": NOT_GIVEN},
    )
    sent = fault_server.requests[0].json()
    assert sent["client_state"] is None and "duration_millis" not in sent
    assert sent["digits"] == "1" and sent["command_id"]


def test_deep_object_and_form_query(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(200, {"data": [], "meta": {"page_number": 1, "total_pages": 1}}))
    harness.call(
        LIST_CONFERENCES,
        query={
            "filter": {"status": "in_progress", "created_at": {"gte": "2024-01-01"}, "x": None},
            "page": {"size": 5},
            "tags": ["a", "b"],
            "active": True,
            "absent": NOT_GIVEN,
        },
        options=RequestOptions(extra_query={"extra": "1"}),
    )
    assert fault_server.requests[0].query == [
        ("filter[status]", "in_progress"),
        ("filter[created_at][gte]", "2024-01-01"),
        ("page[size]", "5"),
        ("tags", "a"),
        ("tags", "b"),
        ("active", "true"),
        ("extra", "1"),
    ]


def test_encode_query_extra_overrides_and_removes() -> None:
    pairs = encode_query(
        LIST_CONFERENCES,
        {"page": {"number": 1, "size": 2}, "filter": {"a": False}},
        {"page[number]": 3, "filter[a]": None},
    )
    assert pairs == [("page[size]", "2"), ("page[number]", "3")]


def test_key_never_logged_or_shown(
    harness: Harness, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="telnyx_voice")
    fault_server.add(Reply(500, f"echo {API_KEY}"), Reply(401, f"bad key {API_KEY}"))
    with pytest.raises(TelnyxError) as info:
        harness.call(SEND_DTMF, path_params=CCID, body={"digits": "1"})
    assert "401" in str(info.value) and "***" in str(info.value)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert API_KEY not in repr(info.value.request)  # type: ignore[attr-defined]
    text = caplog.text
    assert "POST /v2/calls/v3%3Aabc/actions/send_dtmf -> 500 (attempt 1/3" in text
    assert "-> 401 (attempt 2/3" in text and "command_id=" in text
    assert API_KEY not in text
