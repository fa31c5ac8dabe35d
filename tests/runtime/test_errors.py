"""Error construction and retry-policy units (no network)."""

from __future__ import annotations

import subprocess
import sys
from email.utils import formatdate

import httpx
import pytest
from telnyx_rt_models import DIAL, SEND_DTMF
from telnyx_voice._building import build_request
from telnyx_voice._exceptions import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    make_status_error,
    parse_retry_after,
)
from telnyx_voice._retry import backoff, delay_after_exception, delay_after_response


def response(
    status: int, content: bytes = b"", headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(
        status, content=content, headers=headers, request=httpx.Request("POST", "http://x/v2/calls")
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (403, PermissionDeniedError),
        (409, ConflictError),
        (418, APIStatusError),
        (429, RateLimitError),
        (500, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_classes(status: int, cls: type[APIStatusError]) -> None:
    err = make_status_error(response(status))
    assert type(err) is cls and err.status_code == status and err.body is None


def test_non_json_and_whitespace_bodies() -> None:
    err = make_status_error(response(500, b"oops not json"))
    assert err.body == "oops not json" and str(err) == "500 InternalServerError: oops not json"
    assert make_status_error(response(503, b"  ")).body == "  "


def test_problem_details_body_is_in_the_message() -> None:
    body = b'{"type":"about:blank","title":"Invalid request","status":422,"detail":"bad field"}'
    err = make_status_error(response(422, body, {"content-type": "application/problem+json"}))
    assert str(err) == "422 UnprocessableEntity: Invalid request - bad field"
    assert err.errors == [] and isinstance(err.body, dict)
    assert str(make_status_error(response(422, b'{"title":""}'))) == "422 UnprocessableEntity"


def test_error_detail_and_request_id() -> None:
    body = b'{"errors":[{"code":10015,"title":"Bad","detail":"x","source":{"parameter":"to"}}]}'
    err = make_status_error(response(400, body, {"telnyx-request-id": "t-1"}))
    assert str(err) == "400 BadRequest: 10015 Bad - x"
    assert err.errors == [ErrorDetail(code="10015", title="Bad", detail="x", source_parameter="to")]
    assert err.request_id == "t-1"


def test_retry_after_parsing() -> None:
    now = 1_700_000_000.0
    h = httpx.Headers
    assert parse_retry_after(h({"retry-after": "1.5"}), now) == 1.5
    assert parse_retry_after(h({"retry-after-ms": "250"}), now) == 0.25
    assert parse_retry_after(h({"retry-after": formatdate(now + 7, usegmt=True)}), now) == 7.0
    assert parse_retry_after(h({"retry-after": formatdate(now - 7, usegmt=True)}), now) == 0.0
    assert parse_retry_after(h({"retry-after": "soon"}), now) is None
    assert parse_retry_after(h({}), now) is None


def test_backoff_bounds() -> None:
    assert backoff(0, lambda: 0.0) == 0.5 and backoff(0, lambda: 1.0) == 0.375
    assert backoff(3, lambda: 0.0) == 4.0 and backoff(10, lambda: 0.0) == 8.0


def _prepared(op: object, **kw: object) -> object:
    return build_request(
        op,  # type: ignore[arg-type]
        base_url="http://x",
        path_params={"call_control_id": "a"} if op is SEND_DTMF else None,
        query=None,
        body={"digits": "1"}
        if op is SEND_DTMF
        else {"to": "1", "from_": "2", "connection_id": "c"},
        options=None,
        default_headers={},
        default_timeout=1.0,
        default_max_retries=2,
        default_retry_non_idempotent=False,
    )


def test_policy_matrix() -> None:
    cmd, dial = _prepared(SEND_DTMF), _prepared(DIAL)
    req = httpx.Request("POST", "http://x")
    read = httpx.ReadTimeout("t", request=req)
    conn = httpx.ConnectError("c", request=req)
    bad = httpx.UnsupportedProtocol("u", request=req)
    assert delay_after_exception(read, attempt=0, prepared=cmd) is not None  # type: ignore[arg-type]
    assert delay_after_exception(read, attempt=0, prepared=dial) is None  # type: ignore[arg-type]
    assert delay_after_exception(conn, attempt=0, prepared=dial) is not None  # type: ignore[arg-type]
    assert delay_after_exception(conn, attempt=2, prepared=dial) is None  # type: ignore[arg-type]
    assert delay_after_exception(bad, attempt=0, prepared=cmd) is None  # type: ignore[arg-type]
    for status, cmd_ok, dial_ok in [
        (500, True, False),
        (408, True, False),
        (429, True, True),
        (400, False, False),
        (409, False, False),
    ]:
        r = response(status)
        assert (delay_after_response(r, attempt=0, prepared=cmd, now=0) is not None) is cmd_ok  # type: ignore[arg-type]
        assert (delay_after_response(r, attempt=0, prepared=dial, now=0) is not None) is dial_ok  # type: ignore[arg-type]


def test_telnyx_log_env_enables_debug(tmp_path: object) -> None:
    code = (
        "import logging, telnyx_voice._base_client as b;"
        "c = b.SyncAPIClient('KEYzzz');"
        "print(logging.getLogger('telnyx_voice').level)"
    )
    import os

    env = {**os.environ, "TELNYX_LOG": "debug", "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=20
    )
    assert out.stdout.strip() == str(10), out.stderr
