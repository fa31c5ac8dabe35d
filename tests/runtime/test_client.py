"""Client configuration: env defaults, with_options, repr, lenient/strict parsing."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from telnyx_rt_models import SEND_DTMF, CommandResponse
from telnyx_voice._base_client import AsyncAPIClient, SyncAPIClient
from telnyx_voice._exceptions import APIResponseValidationError, TelnyxError

from .conftest import API_KEY, FaultServer, Harness, Reply

ARGS = {"path_params": {"call_control_id": "v3:abc"}, "body": {"digits": "1"}}


class Telnyx(SyncAPIClient):
    pass


def test_missing_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELNYX_API_KEY", raising=False)
    with pytest.raises(TelnyxError, match="TELNYX_API_KEY"):
        SyncAPIClient()
    with pytest.raises(TelnyxError, match="api_key"):
        AsyncAPIClient()


def test_env_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_API_KEY", API_KEY)
    monkeypatch.setenv("TELNYX_PUBLIC_KEY", "pub")
    monkeypatch.delenv("TELNYX_BASE_URL", raising=False)
    with SyncAPIClient() as c:
        assert c.api_key == API_KEY and c.public_key == "pub"
        assert c.base_url == "https://api.telnyx.com/v2"
        assert c.max_retries == 2
        assert isinstance(c.timeout, httpx.Timeout) and c.timeout.read == 60.0
        assert c.timeout.connect == 5.0
        assert API_KEY not in repr(c) and API_KEY not in str(c)
    monkeypatch.setenv("TELNYX_BASE_URL", "http://example.test/v9/")
    with SyncAPIClient() as c:
        assert c.base_url == "http://example.test/v9"


def test_with_options_same_class_shared_pool(fault_server: FaultServer) -> None:
    client = Telnyx(API_KEY, base_url=fault_server.url, default_headers={"X-A": "1"})
    other = client.with_options(max_retries=0, default_headers={"X-B": "2"}, timeout=3.0)
    assert type(other) is Telnyx and other._http is client._http
    assert other.max_retries == 0 and other.timeout == 3.0 and client.max_retries == 2
    other.close()  # does not close the shared pool
    other.request(SEND_DTMF, **ARGS)
    assert (
        fault_server.requests[0].headers["x-a"] == "1"
        and fault_server.requests[0].headers["x-b"] == "2"
    )
    client.close()
    assert client._http.is_closed


def test_user_http_client_not_closed(fault_server: FaultServer) -> None:
    http = httpx.Client()
    with SyncAPIClient(API_KEY, base_url=fault_server.url, http_client=http) as c:
        c.request(SEND_DTMF, **ARGS)
    assert not http.is_closed
    http.close()


async def test_async_with_options(fault_server: FaultServer) -> None:
    async with AsyncAPIClient(API_KEY, base_url=fault_server.url) as client:
        other = client.copy(retry_non_idempotent=True)
        assert type(other) is AsyncAPIClient and other.retry_non_idempotent
        result = await other.request(SEND_DTMF, **ARGS)
        assert isinstance(result, CommandResponse)
        assert API_KEY not in repr(other)


def test_lenient_response(
    harness: Harness, fault_server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    fault_server.add(Reply(200, {"data": {"result": 5, "new_field": "x"}}))
    with caplog.at_level(logging.WARNING, logger="telnyx_voice"):
        result = harness.call(SEND_DTMF, **ARGS)
    assert isinstance(result, CommandResponse)
    assert result.data == {"result": 5, "new_field": "x"}
    assert "did not match CommandResponse" in caplog.text


def test_strict_response_validation(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(200, {"data": {"result": 5}}))
    with pytest.raises(APIResponseValidationError):
        harness.call(SEND_DTMF, client={"_strict_response_validation": True}, **ARGS)


def test_extra_fields_kept(harness: Harness, fault_server: FaultServer) -> None:
    fault_server.add(Reply(200, {"data": {"result": "ok", "future": 1}}))
    result = harness.call(SEND_DTMF, **ARGS)
    assert result.data.future == 1


def test_async_sleep_default_is_asyncio() -> None:
    client = AsyncAPIClient(API_KEY)
    assert client._sleep is asyncio.sleep
    asyncio.run(client.aclose())
