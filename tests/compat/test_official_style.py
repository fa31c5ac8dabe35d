"""Official-style code for every voice operation, on `Telnyx` and `AsyncTelnyx`, against a
real HTTP server on 127.0.0.1: the arguments built as the official `...Params` TypedDict
and passed as `**params`, `with_raw_response` and `with_streaming_response` with the
official `APIResponse` attributes and methods, the result an instance of the official
`...Response` name (lists: the official page class holding the official item class), and
the official `ValueError` for an empty path parameter, before anything is sent.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, Telnyx, omit
from telnyx_voice.pagination import AsyncDefaultFlatPagination, SyncDefaultFlatPagination

from codegen import select
from codegen.ir import API, OperationIR

from ..client.conftest import SpecSchemas, call_arguments, ir_for, resolve_method
from ..conftest import RecordingServer, parametrize_operations
from .conftest import OfficialTypes, official_class, official_type_rows

API_KEY = "KEY-compat-0123456789"
PATH_VALUE = "v3:compat/1"
ROWS = {row.method: row for row in official_type_rows()}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parametrize_operations(metafunc)


def _method(ir: OperationIR) -> str:
    return ".".join(ir.resource + (ir.name,))


def _reply(selected: select.SelectedOperation, ir: OperationIR, schemas: SpecSchemas) -> Any:
    """A body the spec's success response schema accepts (lists: one item, one page)."""
    responses = selected.operation["responses"]
    status = next(s for s in ("200", "201", "202", "204") if s in responses)
    content = schemas.refs.deref(responses[status], "#").get("content") or {}
    if "application/json" not in content:
        return int(status), None
    schema = content["application/json"]["schema"]
    if ir.pagination:
        data = schemas.refs.deref(schema, "#")["properties"]["data"]
        meta = (
            {"page_number": 1, "total_pages": 1}
            if ir.pagination == "page_number"
            else {"cursors": {}}
        )
        return int(status), {"data": [schemas.sample(data["items"])], "meta": meta}
    return int(status), schemas.sample(schema)


def _params(row: OfficialTypes, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments as the official `...Params` TypedDict."""
    if not row.params_class:
        assert not kwargs or set(kwargs) <= {"queue_name", "id"}  # path-only operations
        return kwargs
    params_class = official_class(row.params_module, row.params_class)
    assert set(kwargs) <= set(params_class.__annotations__)
    params: dict[str, Any] = params_class(**kwargs)
    return params


def _expected_path(ir: OperationIR) -> str:
    path = ir.path
    for f in ir.path_params:
        path = path.replace("{" + f.wire + "}", quote(PATH_VALUE, safe=""))
    return "/v2" + path


def _check_parsed(row: OfficialTypes, ir: OperationIR, parsed: Any, *, is_async: bool) -> None:
    if row.response_class is None:
        assert parsed is None
        return
    cls = official_class(row.response_module, row.response_class)
    if ir.pagination:
        page_class = AsyncDefaultFlatPagination if is_async else SyncDefaultFlatPagination
        assert isinstance(parsed, page_class)
        assert len(parsed.data) == 1 and all(isinstance(item, cls) for item in parsed.data)
        assert not parsed.has_next_page()
    else:
        assert isinstance(parsed, cls)


def _check_raw(raw: Any, ir: OperationIR, status: int, reply: Any) -> None:
    """The attributes of the official `APIResponse` (the reading methods are checked by
    the callers, sync or awaited)."""
    assert raw.status_code == status
    assert raw.method == raw.http_request.method == ir.method
    assert raw.url.raw_path.decode().partition("?")[0] == _expected_path(ir)
    assert raw.http_request.headers["authorization"] == f"Bearer {API_KEY}"
    assert raw.http_version == "HTTP/1.1"
    assert raw.is_closed
    assert raw.elapsed.total_seconds() >= 0
    assert raw.retries_taken == 0
    assert raw.http_response.status_code == status
    assert raw.content == (b"" if reply is None else json.dumps(reply).encode())


@pytest.fixture
def case(
    selected: select.SelectedOperation,
    api: API,
    schemas: SpecSchemas,
    recording_server: RecordingServer,
) -> tuple[OperationIR, OfficialTypes, list[str], dict[str, Any], int, Any]:
    ir = ir_for(api, selected)
    row = ROWS[_method(ir)]
    args, kwargs, _ = call_arguments(selected, ir, schemas, lambda wire: PATH_VALUE)
    status, reply = _reply(selected, ir, schemas)
    recording_server.reply = (status, reply)
    return ir, row, args, _params(row, kwargs), status, reply


def test_sync(case: Any, recording_server: RecordingServer) -> None:
    ir, row, args, params, status, reply = case
    with Telnyx(api_key=API_KEY, base_url=recording_server.url, max_retries=0) as client:
        resource = resolve_method(client, ".".join(ir.resource))
        _check_parsed(row, ir, getattr(resource, ir.name)(*args, **params), is_async=False)

        raw = getattr(resource.with_raw_response, ir.name)(*args, **params)
        _check_raw(raw, ir, status, reply)
        assert raw.read() == raw.content and raw.text() == raw.content.decode()
        assert raw.json() == reply if reply is not None else raw.content == b""
        _check_parsed(row, ir, raw.parse(), is_async=False)
        assert raw.parse() is raw.parse()  # parsed once
        assert raw.parse(to=httpx.Response) is raw.http_response
        if reply is not None:
            assert raw.parse(to=dict) == reply

        streaming = getattr(resource.with_streaming_response, ir.name)
        with streaming(*args, **params) as response:
            assert response.status_code == status
            assert not response.is_closed  # nothing read yet
            assert b"".join(response.iter_bytes()) == raw.content
        assert response.is_closed
        with streaming(*args, **params) as response:
            _check_parsed(row, ir, response.parse(), is_async=False)
            assert response.json() == reply if reply is not None else response.text() == ""
        assert response.is_closed
    assert len(recording_server.requests) == 4


def test_async(case: Any, recording_server: RecordingServer) -> None:
    ir, row, args, params, status, reply = case

    async def run() -> None:
        async with AsyncTelnyx(
            api_key=API_KEY, base_url=recording_server.url, max_retries=0
        ) as client:
            resource = resolve_method(client, ".".join(ir.resource))
            result = await getattr(resource, ir.name)(*args, **params)
            _check_parsed(row, ir, result, is_async=True)

            raw = await getattr(resource.with_raw_response, ir.name)(*args, **params)
            _check_raw(raw, ir, status, reply)
            assert await raw.read() == raw.content
            assert await raw.text() == raw.content.decode()
            if reply is not None:
                assert await raw.json() == reply
                assert await raw.parse(to=dict) == reply
            _check_parsed(row, ir, await raw.parse(), is_async=True)

            streaming = getattr(resource.with_streaming_response, ir.name)
            async with streaming(*args, **params) as response:
                assert response.status_code == status
                assert not response.is_closed
                lines = [line async for line in response.iter_lines()]
                assert "".join(lines) == raw.content.decode()
            assert response.is_closed
            async with streaming(*args, **params) as response:
                _check_parsed(row, ir, await response.parse(), is_async=True)
            assert response.is_closed

    asyncio.run(run())
    assert len(recording_server.requests) == 4


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_empty_path_parameter_is_the_official_value_error(
    case: Any, recording_server: RecordingServer, is_async: bool
) -> None:
    """Each path parameter, given as `""`, raises the official message before sending."""
    ir, _, args, params, _, _ = case
    if not ir.path_params:
        pytest.skip("no path parameter")
    client: Any = (AsyncTelnyx if is_async else Telnyx)(
        api_key=API_KEY, base_url=recording_server.url
    )
    method = resolve_method(client, _method(ir))
    for index, f in enumerate(ir.path_params):
        if index == len(ir.path_params) - 1:
            call_args, call_kwargs = [""], params
        else:
            call_args, call_kwargs = args, {**params, f.name: ""}
        with pytest.raises(ValueError) as caught:
            result = method(*call_args, **call_kwargs)
            if is_async:
                asyncio.run(_await(result))  # a list method raises when awaited
        assert str(caught.value) == f"Expected a non-empty value for `{f.name}` but received ''"
    assert recording_server.requests == []


async def _await(awaitable: Any) -> Any:
    return await awaitable


def test_retries_taken_counts_the_retries(recording_server: RecordingServer) -> None:
    recording_server.first_replies = [(503, {"errors": [{"code": "x"}]})]
    recording_server.reply = (200, {"data": {"result": "ok"}})
    with Telnyx(
        api_key=API_KEY, base_url=recording_server.url, max_retries=2, _sleep=lambda s: None
    ) as c:
        raw = c.calls.actions.with_raw_response.send_dtmf("v3:x", digits="1")
    assert raw.retries_taken == 1 and raw.status_code == 200
    assert len(recording_server.requests) == 2
    assert (
        recording_server.requests[0].json()["command_id"]
        == recording_server.requests[1].json()["command_id"]
    )


def test_streamed_error_raises_on_entering_with_the_body(recording_server: RecordingServer) -> None:
    from telnyx_voice import NotFoundError

    recording_server.reply = (404, {"errors": [{"code": "10005", "title": "Resource not found"}]})
    with Telnyx(api_key=API_KEY, base_url=recording_server.url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as caught:
            with client.calls.actions.with_streaming_response.answer("v3:x"):
                raise AssertionError("the block must not run")
    assert caught.value.errors[0].title == "Resource not found"


def test_omit_leaves_an_argument_out(recording_server: RecordingServer) -> None:
    with Telnyx(api_key=API_KEY, base_url=recording_server.url, max_retries=0) as client:
        client.calls.actions.speak("v3:x", payload="Hi", voice="female", language=omit)
        client.calls.actions.speak(
            "v3:x", payload="Hi", voice="female", extra_headers={"User-Agent": omit}
        )
    assert "language" not in recording_server.requests[0].json()
    assert recording_server.requests[0].headers["user-agent"].startswith("telnyx-voice/")
    assert not recording_server.requests[1].headers["user-agent"].startswith("telnyx-voice/")
