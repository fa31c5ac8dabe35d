"""The aiohttp fast path (``_http_clients.send_over_aiohttp``) against a real local server:
it sends what the httpx path over the same adapter sends, is used only when httpx's
client layer is idle, and hands back an ``httpx.Response`` that behaves as httpx's."""

from __future__ import annotations

import gzip
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from telnyx_rt_models import SEND_DTMF
from telnyx_voice import DefaultAioHttpClient
from telnyx_voice._base_client import AsyncAPIClient
from telnyx_voice._exceptions import NotFoundError

from .conftest import API_KEY, FaultServer, Recorded, Reply

pytest.importorskip("httpx_aiohttp")

DTMF: dict[str, Any] = {
    "path_params": {"call_control_id": "v3:a b/é"},
    "body": {"digits": "1234", "command_id": "cmd-1"},
}


class _CountingSend:
    """Wraps an http client's ``send`` to count the requests that went through httpx."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.calls = 0
        self._send = http.send

    async def __call__(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        self.calls += 1
        return await self._send(request, **kwargs)


async def _call(
    server: FaultServer,
    http: httpx.AsyncClient,
    then: Callable[[AsyncAPIClient], Awaitable[Any]] | None = None,
    **request: Any,
) -> tuple[Any, int]:
    """One request through ``AsyncAPIClient`` over ``http``: (result, requests via httpx)."""
    counting = _CountingSend(http)
    http.send = counting  # type: ignore[method-assign]
    async with http, AsyncAPIClient(API_KEY, base_url=server.url, http_client=http) as c:
        result = await (then(c) if then else c.request(SEND_DTMF, **{**DTMF, **request}))
    return result, counting.calls


def _wire(r: Recorded) -> tuple[str, str, list[tuple[str, str]], dict[str, str], Any]:
    headers = {k: v for k, v in r.headers.items() if k not in ("host",)}
    return r.method, r.raw_path, r.query, headers, r.json() if r.body else None


async def test_fast_path_sends_what_the_httpx_path_sends(fault_server: FaultServer) -> None:
    async def hook(request: httpx.Request) -> None:  # any event hook: through httpx
        pass

    fast, via_httpx_fast = await _call(fault_server, DefaultAioHttpClient())
    slow, via_httpx_slow = await _call(
        fault_server, DefaultAioHttpClient(event_hooks={"request": [hook]})
    )
    assert (via_httpx_fast, via_httpx_slow) == (0, 1)
    assert fast == slow
    first, second = fault_server.requests
    (method, path, query, headers, body), adapter = _wire(first), _wire(second)
    assert (method, query, headers, body) == adapter[:1] + adapter[2:]
    # the path as httpx encodes it (`:` too); the adapter hands aiohttp `str(url)`, which
    # yarl re-quotes (`%3A` -> `:`)
    assert path == "/v2/calls/v3%3Aa%20b%2F%C3%A9/actions/send_dtmf"
    assert adapter[1] == path.replace("%3A", ":")
    assert first.headers["authorization"] == f"Bearer {API_KEY}"
    assert first.headers["user-agent"].startswith("telnyx-voice/")
    assert first.json() == {"digits": "1234", "command_id": "cmd-1"}


async def test_query_parameters_and_extra_headers_go_out_as_over_httpx(
    fault_server: FaultServer,
) -> None:
    options = {"query": {"page[size]": 5, "filter": "a b"}}

    async def listed(c: AsyncAPIClient) -> Any:
        from telnyx_voice._types import RequestOptions

        return await c.request(
            SEND_DTMF,
            **DTMF,
            options=RequestOptions(extra_query=options["query"], extra_headers={"X-Trace": "t"}),
        )

    await _call(fault_server, DefaultAioHttpClient(), listed)
    await _call(fault_server, httpx.AsyncClient(), listed)
    fast, plain = fault_server.requests
    assert fast.raw_path == plain.raw_path  # query string byte for byte
    assert fast.headers["x-trace"] == plain.headers["x-trace"] == "t"


async def test_error_status_carries_its_request(fault_server: FaultServer) -> None:
    fault_server.add(Reply(404, {"errors": [{"title": "Not found"}]}))
    with pytest.raises(NotFoundError) as info:
        await _call(fault_server, DefaultAioHttpClient())
    request = info.value.response.request  # built on first use
    assert request.method == "POST"
    assert request.url.path.endswith("/actions/send_dtmf")
    assert json.loads(request.content)["command_id"] == "cmd-1"


async def test_gzip_response_is_decoded(fault_server: FaultServer) -> None:
    payload = json.dumps({"data": {"result": "zipped"}}).encode()
    fault_server.add(Reply(200, gzip.compress(payload), headers={"Content-Encoding": "gzip"}))
    result, via_httpx = await _call(fault_server, DefaultAioHttpClient())
    assert via_httpx == 0
    assert result.data.result == "zipped"


async def test_redirect_is_followed_by_httpx(fault_server: FaultServer) -> None:
    fault_server.add(Reply(307, b"", headers={"Location": "/v2/elsewhere"}))
    result, via_httpx = await _call(fault_server, DefaultAioHttpClient())
    assert result.data.result == "ok"
    assert via_httpx == 1  # the fast path handed the redirect to httpx
    assert fault_server.requests[0].path.endswith("/actions/send_dtmf")
    assert fault_server.requests[1].path == "/v2/elsewhere"
    assert fault_server.requests[1].json() == {"digits": "1234", "command_id": "cmd-1"}


async def test_raw_response_over_the_fast_path(fault_server: FaultServer) -> None:
    async def raw(c: AsyncAPIClient) -> Any:
        from telnyx_voice._response import async_to_raw_response_wrapper

        async def call() -> Any:
            return await c.request(SEND_DTMF, **DTMF)

        return await async_to_raw_response_wrapper(call)()

    response, via_httpx = await _call(fault_server, DefaultAioHttpClient(), raw)
    assert via_httpx == 0
    assert response.status_code == 200
    assert response.http_request.url.path.endswith("/actions/send_dtmf")
    assert response.elapsed.total_seconds() >= 0
    assert response.headers["content-type"] == "application/json"
    assert (await response.parse()).data.result == "ok"
