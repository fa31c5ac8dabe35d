"""`PreparedRequest.to_httpx` builds the `httpx.Request` itself (cached URL parse and header
merge); it must equal what `client.build_request` makes, for any http client."""

from __future__ import annotations

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, Telnyx, _operations
from telnyx_voice._building import PreparedRequest
from telnyx_voice._types import RequestOptions

CID = "v3:fast/path é"


def _prepared(client: Telnyx | AsyncTelnyx, **options: object) -> PreparedRequest:
    return client._prepare(
        _operations.CALLS_ACTIONS_SEND_DTMF,
        {"call_control_id": CID},
        None,
        {"digits": "1"},
        RequestOptions(**options),  # type: ignore[arg-type]
    )


def _reference(prepared: PreparedRequest, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
    return http.build_request(
        prepared.method,
        prepared.url,
        params=list(prepared.params) or None,
        headers=dict(prepared.headers),
        content=prepared.content,
        timeout=prepared.timeout,
    )


HTTP_CLIENTS = {
    "plain": lambda: httpx.Client(),
    "default headers": lambda: httpx.Client(headers={"X-Proxy-Auth": "p", "user-agent": "mine"}),
    "cookies (slow path)": lambda: httpx.Client(cookies={"session": "s"}),
    "params (slow path)": lambda: httpx.Client(params={"tenant": "t"}),
}


@pytest.mark.parametrize("name", list(HTTP_CLIENTS))
@pytest.mark.parametrize(
    "options",
    [
        {},
        {"timeout": 1.5},
        {"timeout": None},
        {"extra_headers": {"X-Trace": "1"}},
        {"extra_query": {"a": "b"}},
    ],
    ids=["default", "timeout", "no-timeout", "extra-header", "extra-query"],
)
def test_same_request_as_build_request(name: str, options: dict[str, object]) -> None:
    http = HTTP_CLIENTS[name]()
    with Telnyx(api_key="k", base_url="http://127.0.0.1:9/v2", http_client=http) as client:
        prepared = _prepared(client, **options)
        for _ in range(2):  # the second time from the caches
            ours, reference = prepared.to_httpx(http), _reference(prepared, http)
            assert ours.method == reference.method
            assert ours.url == reference.url
            assert ours.headers.multi_items() == reference.headers.multi_items()
            assert ours.content == reference.content
            assert ours.extensions == reference.extensions
    http.close()


def test_a_changed_client_header_is_seen() -> None:
    http = httpx.Client()
    with Telnyx(api_key="k", base_url="http://127.0.0.1:9/v2", http_client=http) as client:
        prepared = _prepared(client)
        assert "x-late" not in prepared.to_httpx(http).headers
        http.headers["X-Late"] = "1"
        assert prepared.to_httpx(http).headers["x-late"] == "1"
        # a request's headers are its own: changing them leaves the cached merge alone
        request = prepared.to_httpx(http)
        request.headers["X-Mine"] = "1"
        assert "x-mine" not in prepared.to_httpx(http).headers
    http.close()
