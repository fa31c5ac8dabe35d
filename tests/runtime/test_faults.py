"""Fault scenarios against a real local server, for both the sync and async client."""

from __future__ import annotations

import inspect
import uuid
from email.utils import formatdate
from typing import Any

import pytest
from telnyx_rt_models import DIAL, SEND_DTMF, CommandResponse
from telnyx_voice._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
)
from telnyx_voice._types import RequestOptions

from .conftest import API_KEY, NOW, OK, FaultServer, Harness, Reply, free_port

DTMF: dict[str, Any] = {
    "path_params": {"call_control_id": "v3:abc"},
    "body": {"digits": "1234"},
}
DIAL_ARGS: dict[str, Any] = {
    "body": {"to": "+15550001", "from_": "+15550002", "connection_id": "c"}
}
CALL = {"data": {"call_control_id": "v3:new"}}
TELNYX_422 = {
    "errors": [
        {
            "code": "90018",
            "title": "Call has already ended",
            "detail": "This call is no longer active and can't receive commands.",
            "source": {"pointer": "/call_control_id"},
            "meta": {"url": "https://developers.telnyx.com/docs/overview/errors/90018"},
        }
    ]
}


def command_ids(fault_server: FaultServer) -> list[str]:
    return [r.json()["command_id"] for r in fault_server.requests]


def assert_backoff(sleeps: list[float], n: int) -> None:
    assert len(sleeps) == n
    for attempt, delay in enumerate(sleeps):
        base = min(0.5 * 2**attempt, 8.0)
        assert 0.75 * base <= delay <= base


def test_500_then_200(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(500, {"errors": [{"code": "10001", "title": "Oops"}]}), OK)
    result = harness.call(SEND_DTMF, **DTMF)
    assert isinstance(result, CommandResponse) and result.data and result.data.result == "ok"
    assert len(fault_server.requests) == 2
    assert_backoff(harness.sleeps, 1)
    ids = command_ids(fault_server)
    assert ids[0] == ids[1] and uuid.UUID(ids[0]).version == 4


def test_429_retry_after_seconds(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(429, {"errors": []}, {"Retry-After": "2"}), OK)
    harness.call(SEND_DTMF, **DTMF)
    assert harness.sleeps == [2.0]
    assert len(fault_server.requests) == 2
    assert len(set(command_ids(fault_server))) == 1


def test_503_retry_after_http_date(harness: Harness, fault_server: FaultServer) -> None:
    date = formatdate(NOW + 3, usegmt=True)
    fault_server.add(Reply(503, "<h1>busy</h1>", {"Retry-After": date}), OK)
    harness.call(SEND_DTMF, **DTMF)
    assert harness.sleeps == [3.0]
    assert len(set(command_ids(fault_server))) == 1 and len(fault_server.requests) == 2


def test_retry_after_is_capped(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(429, None, {"Retry-After": "3600"}), OK)
    harness.call(SEND_DTMF, **DTMF)
    assert harness.sleeps == [60.0]


def test_dropped_connection_then_200_command(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(drop=True), OK)
    result = harness.call(SEND_DTMF, **DTMF)
    assert result.data.result == "ok"
    assert len(fault_server.requests) == 2
    assert_backoff(harness.sleeps, 1)
    assert len(set(command_ids(fault_server))) == 1


def test_slow_then_fast(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(delay=0.4, body={"data": {"result": "late"}}), OK)
    result = harness.call(SEND_DTMF, client={"timeout": 0.1}, **DTMF)
    assert result.data.result == "ok"
    assert len(fault_server.requests) == 2
    assert len(set(command_ids(fault_server))) == 1


def test_timeout_exhausts_retries(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.default = Reply(delay=0.3)
    with pytest.raises(APITimeoutError) as info:
        harness.call(
            SEND_DTMF, client={"max_retries": 1}, **DTMF, options=RequestOptions(timeout=0.1)
        )
    assert isinstance(info.value, APIConnectionError)
    assert len(fault_server.requests) == 2
    assert_backoff(harness.sleeps, 1)


def test_html_502_exhausts_retries(harness: Harness, fault_server: FaultServer) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    fault_server.default = Reply(502, html)
    with pytest.raises(InternalServerError) as info:
        harness.call(SEND_DTMF, **DTMF)
    err = info.value
    assert err.status_code == 502 and err.body == html and err.errors == []
    assert str(err).startswith("502 BadGateway: <html>")
    assert len(fault_server.requests) == 3
    assert_backoff(harness.sleeps, 2)
    assert len(set(command_ids(fault_server))) == 1


def test_malformed_json_on_200(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(200, b'{"data": {"result": '))
    with pytest.raises(APIResponseValidationError) as info:
        harness.call(SEND_DTMF, **DTMF)
    assert info.value.body == '{"data": {"result": '
    assert len(fault_server.requests) == 1 and harness.sleeps == []


def test_204_empty(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(204))
    assert harness.call(SEND_DTMF, **DTMF) is None
    fault_server.add(Reply(200, b""))
    assert harness.call(SEND_DTMF, **DTMF) is None


def test_422_telnyx_error_body(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(422, TELNYX_422, {"x-request-id": "req-123"}))
    with pytest.raises(UnprocessableEntityError) as info:
        harness.call(SEND_DTMF, **DTMF)
    err = info.value
    assert str(err).startswith("422 UnprocessableEntity: 90018 Call has already ended")
    assert err.request_id == "req-123"
    assert err.errors[0].code == "90018"
    assert err.errors[0].source_pointer == "/call_control_id"
    assert err.errors[0].meta_url and err.errors[0].meta_url.endswith("90018")
    assert err.body == TELNYX_422
    assert len(fault_server.requests) == 1 and harness.sleeps == []


def test_401_not_retried(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(401, {"errors": [{"code": "10009", "title": "Authentication failed"}]}))
    with pytest.raises(AuthenticationError) as info:
        harness.call(SEND_DTMF, **DTMF)
    assert len(fault_server.requests) == 1 and harness.sleeps == []
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert fault_server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_404_not_retried_408_retried(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(404, {"errors": []}))
    with pytest.raises(NotFoundError):
        harness.call(SEND_DTMF, **DTMF)
    fault_server.add(Reply(408, None), OK)
    harness.call(SEND_DTMF, **DTMF)
    assert len(fault_server.requests) == 3


def test_429_exhausted_gives_rate_limit_error(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.default = Reply(
        429, {"errors": [{"code": "10011", "title": "Too many"}]}, {"Retry-After": "1"}
    )
    with pytest.raises(RateLimitError) as info:
        harness.call(SEND_DTMF, **DTMF)
    assert info.value.retry_after == 1.0
    assert harness.sleeps == [1.0, 1.0] and len(fault_server.requests) == 3


def test_caller_command_id_used_as_given(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(500), Reply(drop=True), OK)
    harness.call(
        SEND_DTMF, path_params=DTMF["path_params"], body={"digits": "1", "command_id": "mine-1"}
    )
    assert command_ids(fault_server) == ["mine-1"] * 3


def test_new_command_id_per_logical_call(harness: Harness, fault_server: FaultServer) -> None:
    harness.call(SEND_DTMF, **DTMF)
    harness.call(SEND_DTMF, **DTMF)
    ids = command_ids(fault_server)
    assert ids[0] != ids[1]


# -- non-idempotent operations -------------------------------------------------------------


def test_dial_not_retried_after_500(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(500, {"errors": []}), Reply(200, CALL))
    with pytest.raises(InternalServerError):
        harness.call(DIAL, **DIAL_ARGS)
    assert len(fault_server.requests) == 1 and harness.sleeps == []
    assert "command_id" not in fault_server.requests[0].json()
    assert fault_server.requests[0].json()["from"] == "+15550002"


def test_dial_not_retried_after_drop(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(drop=True), Reply(200, CALL))
    with pytest.raises(APIConnectionError) as info:
        harness.call(DIAL, **DIAL_ARGS)
    assert not isinstance(info.value, APITimeoutError)
    assert len(fault_server.requests) == 1 and harness.sleeps == []


def test_dial_retried_on_429(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(429, None, {"Retry-After": "1"}), Reply(200, CALL))
    assert harness.call(DIAL, **DIAL_ARGS).data.call_control_id == "v3:new"
    assert harness.sleeps == [1.0]


@pytest.mark.parametrize("where", ["client", "per_call"])
def test_dial_opt_in_retries(harness: Harness, fault_server: FaultServer, where: str) -> None:
    fault_server.add(Reply(500), Reply(drop=True), Reply(200, CALL))
    if where == "client":
        result = harness.call(DIAL, client={"retry_non_idempotent": True}, **DIAL_ARGS)
    else:
        result = harness.call(DIAL, options=RequestOptions(retry_non_idempotent=True), **DIAL_ARGS)
    assert result.data.call_control_id == "v3:new"
    assert len(fault_server.requests) == 3
    assert_backoff(harness.sleeps, 2)


def test_dial_retried_after_connect_error(harness: Harness) -> None:
    port = free_port()
    harness.base_url = f"http://127.0.0.1:{port}/v2"
    started: list[FaultServer] = []

    def start_server(_delay: float) -> None:
        if not started:
            srv = FaultServer(port)
            srv.default = Reply(200, CALL)
            started.append(srv)

    harness.on_sleep = start_server
    try:
        result = harness.call(DIAL, **DIAL_ARGS)
    finally:
        for srv in started:
            srv.stop()
    assert result.data.call_control_id == "v3:new"
    assert len(harness.sleeps) == 1 and len(started[0].requests) == 1


def test_connect_error_exhausts_retries(harness: Harness) -> None:
    harness.base_url = f"http://127.0.0.1:{free_port()}/v2"
    with pytest.raises(APIConnectionError) as info:
        harness.call(DIAL, **DIAL_ARGS)
    assert_backoff(harness.sleeps, 2)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


def test_max_retries_zero_per_call(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.default = Reply(500)
    with pytest.raises(InternalServerError):
        harness.call(SEND_DTMF, options=RequestOptions(max_retries=0), **DTMF)
    assert len(fault_server.requests) == 1 and harness.sleeps == []


def test_generated_methods_of_non_idempotent_operations_take_retry_non_idempotent(
    fault_server: FaultServer,
) -> None:
    """`conferences.actions.mute` has no command_id: a 500 is final unless the call opts in."""
    from telnyx_voice import InternalServerError, Telnyx

    client = Telnyx(
        api_key=API_KEY, base_url=fault_server.url, max_retries=2, _sleep=lambda s: None
    )
    fault_server.add(Reply(500))
    with pytest.raises(InternalServerError):
        client.conferences.actions.mute("conf-1")
    assert len(fault_server.requests) == 1
    fault_server.add(Reply(500), OK)
    client.conferences.actions.mute("conf-1", retry_non_idempotent=True)
    assert len(fault_server.requests) == 3  # the 500, then the retry
    assert "retry_non_idempotent" not in inspect.signature(client.calls.actions.speak).parameters
