"""Official-style webhook handling (`except ValueError` around `client.webhooks.unwrap`)
for every official event class, and the official HTTP client classes on loopback."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import pytest
from telnyx_voice import (
    AsyncTelnyx,
    DefaultAioHttpClient,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    Telnyx,
    testing,
)
from telnyx_voice.webhooks import WebhookParseError, WebhookVerificationError

from codegen import load, select
from codegen.config import Config
from codegen.ir import API

from ..client.conftest import SpecSchemas
from ..client.test_webhook_events_from_spec import _full
from ..conftest import RecordingServer
from .conftest import official_class, official_event_rows

EVENTS = sorted({(event_type, name, module) for event_type, name, module in official_event_rows()})


@pytest.fixture(scope="module")
def event_schemas(spec: load.LoadedSpec, config: Config, api: API) -> dict[str, Any]:
    """event_type -> the request body schema of its webhook in the spec."""
    key_of = {w.key: w.event_type for w in api.webhooks}
    return {
        key_of[w.key]: w.operation["requestBody"]["content"]["application/json"]["schema"]
        for w in select.select_webhooks(spec.document, config.selection)
    }


def _handle(client: Telnyx, body: bytes, headers: dict[str, str]) -> tuple[int, object]:
    """What an official-style handler does: 400 on `ValueError`, else the event."""
    try:
        return 200, client.webhooks.unwrap(body, headers)
    except ValueError as exc:
        return 400, exc


@pytest.mark.parametrize("row", EVENTS, ids=lambda r: r[2].rpartition(".")[2])
def test_each_official_event_unwraps_and_forgeries_are_value_errors(
    row: tuple[str, str, str], schemas: SpecSchemas, event_schemas: dict[str, Any]
) -> None:
    """A signed event with every field its spec schema declares becomes the official
    class; signed with another key it is a 400 through `except ValueError`."""
    event_type, name, module = row
    cls = official_class(module, name)
    private, public = testing.generate_keypair()
    other, _ = testing.generate_keypair()
    client = Telnyx(api_key="k", public_key=public)
    body = json.dumps(_full(schemas, event_schemas[event_type])).encode()
    status, event = _handle(client, body, testing.sign(body, private_key=private))
    assert status == 200 and isinstance(event, cls), event
    status, error = _handle(client, body, testing.sign(body, private_key=other))
    assert status == 400 and isinstance(error, WebhookVerificationError)


def test_every_webhook_failure_is_a_value_error() -> None:
    private, public = testing.generate_keypair()
    client = Telnyx(api_key="k", public_key=public)
    body = json.dumps(testing.build_event("call.initiated")).encode()
    stale = testing.sign(body, private_key=private, timestamp=1)
    not_json = b"not json"
    cases = {
        "unsigned": (body, {}),
        "stale": (body, stale),
        "bad header": (body, {**stale, "telnyx-signature-ed25519": "%%%"}),
        "not an event": (not_json, testing.sign(not_json, private_key=private)),
    }
    for label, (raw, headers) in cases.items():
        status, error = _handle(client, raw, headers)
        assert status == 400, label
        assert isinstance(error, WebhookVerificationError | WebhookParseError), label
    assert issubclass(WebhookVerificationError, ValueError)
    assert issubclass(WebhookParseError, ValueError)


def test_default_httpx_clients_keep_the_sdk_defaults(recording_server: RecordingServer) -> None:
    import httpx
    from telnyx_voice import DEFAULT_TIMEOUT

    with DefaultHttpxClient() as http:
        assert http.timeout == DEFAULT_TIMEOUT and http.follow_redirects
        with Telnyx(api_key="k", base_url=recording_server.url, http_client=http) as client:
            client.calls.actions.answer("v3:x")
    with DefaultHttpxClient(timeout=httpx.Timeout(3.0)) as http:
        assert http.timeout == httpx.Timeout(3.0)

    async def run() -> None:
        async with DefaultAsyncHttpxClient() as http:
            assert http.timeout == DEFAULT_TIMEOUT
            async with AsyncTelnyx(
                api_key="k", base_url=recording_server.url, http_client=http
            ) as client:
                await client.calls.actions.answer("v3:x")

    asyncio.run(run())
    assert len(recording_server.requests) == 2


def test_default_aiohttp_client_sends_over_aiohttp(recording_server: RecordingServer) -> None:
    pytest.importorskip("httpx_aiohttp")  # the `aiohttp` extra (part of the test extra)
    from httpx_aiohttp import HttpxAiohttpClient

    async def run() -> None:
        async with DefaultAioHttpClient() as http:
            assert isinstance(http, HttpxAiohttpClient)
            async with AsyncTelnyx(
                api_key="k", base_url=recording_server.url, http_client=http
            ) as client:
                raw = await client.calls.actions.with_raw_response.answer("v3:x")
                assert raw.status_code == 200
                async with client.calls.actions.with_streaming_response.hangup("v3:x") as r:
                    assert json.loads(await r.read()) == {"data": {"result": "ok"}}

    asyncio.run(run())
    # aiohttp (yarl) sends `:` unencoded, which RFC 3986 allows in a path segment
    assert [r.path.replace("%3A", ":") for r in recording_server.requests] == [
        "/v2/calls/v3:x/actions/answer",
        "/v2/calls/v3:x/actions/hangup",
    ]


def test_without_the_aiohttp_extra_the_error_names_it() -> None:
    """The name imports without httpx-aiohttp; creating one raises `ImportError` saying
    which extra to install (httpx_aiohttp made unimportable in a fresh interpreter)."""
    code = (
        "import sys; sys.modules['httpx_aiohttp'] = None\n"
        "from telnyx_voice import DefaultAioHttpClient\n"
        "try:\n    DefaultAioHttpClient()\n"
        "except ImportError as exc:\n    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert "pip install 'telnyx-voice[aiohttp]'" in out.stdout
