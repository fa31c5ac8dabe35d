"""Every voice operation of the spec, through `Telnyx` and `AsyncTelnyx`, against a real
HTTP server on 127.0.0.1: method, encoded path, query, headers, and a JSON body that the
spec's request schema accepts."""

from __future__ import annotations

import asyncio
import inspect
import uuid
from typing import Any
from urllib.parse import quote

import pytest
from telnyx_voice import AsyncTelnyx, Telnyx
from telnyx_voice import _operations as generated_operations

from codegen import select
from codegen.config import Config
from codegen.ir import API, OperationIR

from ..conftest import RecordingServer, parametrize_operations
from .conftest import SpecSchemas, call_arguments, ir_for, resolve_method

PATH_VALUE = "v3:abc/def 1"  # real call_control_ids contain ':'; '/' and ' ' must be encoded too
API_KEY = "KEY-test-0123456789"


def _spec_operations(spec: Any, config: Config) -> list[select.SelectedOperation]:
    return select.select_operations(spec.document, config.selection)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parametrize_operations(metafunc)


def test_the_pinned_spec_has_75_voice_operations(spec: Any, config: Config) -> None:
    assert len(_spec_operations(spec, config)) == 75


def _reply_for(ir: OperationIR) -> dict[str, Any] | None:
    if ir.pagination == "page_number":
        return {"data": [], "meta": {"page_number": 1, "total_pages": 1}}
    if ir.pagination == "cursor":
        return {"data": [], "meta": {"cursors": {}}}
    return {"data": {"result": "ok"}} if ir.response_model else None


def _check(
    recording_server: RecordingServer,
    selected: select.SelectedOperation,
    ir: OperationIR,
    expected_body: dict[str, Any],
    schemas: SpecSchemas,
    result: Any,
) -> None:
    assert len(recording_server.requests) == 1
    request = recording_server.requests[0]
    assert request.method == selected.method.upper()
    path = selected.path
    for field in ir.path_params:
        path = path.replace("{" + field.wire + "}", quote(PATH_VALUE, safe=""))
    assert request.path == "/v2" + path
    assert request.query == ""
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["user-agent"].startswith("telnyx-voice/")
    if selected.operation.get("requestBody") is None:
        assert request.body == b""
    else:
        assert request.headers["content-type"] == "application/json"
        sent = request.json()
        schema = schemas.refs.deref(selected.operation["requestBody"], "#")["content"][
            "application/json"
        ]["schema"]
        assert schemas.errors(sent, schema) == []
        for wire, value in expected_body.items():
            assert sent[wire] == value
        if ir.takes_command_id:
            assert uuid.UUID(sent["command_id"]).version == 4
    constant = getattr(generated_operations, ir.const_name)
    assert constant.operation_id == ir.operation_id
    if ir.pagination:
        assert list(result) == []
    elif ir.response_model:
        assert type(result).__name__ == ir.response_model
    else:
        assert result is None


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_client(
    is_async: bool,
    selected: select.SelectedOperation,
    api: API,
    official_names: dict[str, str],
    schemas: SpecSchemas,
    recording_server: RecordingServer,
) -> None:
    """The operation through `Telnyx` or `AsyncTelnyx` (looked up by its official name)."""
    ir = ir_for(api, selected)
    recording_server.reply = (200 if _reply_for(ir) is not None else 204, _reply_for(ir))
    args, kwargs, body = call_arguments(selected, ir, schemas, lambda _: PATH_VALUE)

    def run_sync() -> Any:
        with Telnyx(api_key=API_KEY, base_url=recording_server.url, max_retries=0) as client:
            result = resolve_method(client, official_names[ir.operation_id])(*args, **kwargs)
            return list(result) if ir.pagination else result

    async def run_async() -> Any:
        async with AsyncTelnyx(
            api_key=API_KEY, base_url=recording_server.url, max_retries=0
        ) as client:
            method = resolve_method(client, official_names[ir.operation_id])
            if ir.pagination:
                return [item async for item in method(*args, **kwargs)]
            return await method(*args, **kwargs)

    result = asyncio.run(run_async()) if is_async else run_sync()
    _check(recording_server, selected, ir, body, schemas, result)


def test_only_the_last_path_parameter_is_positional(
    api: API, official_names: dict[str, str]
) -> None:
    """As in the official SDK: `queues.calls.retrieve(call_control_id, *, queue_name)`."""
    checked = 0
    for client in (Telnyx(api_key=API_KEY), AsyncTelnyx(api_key=API_KEY)):
        for ir in api.operations:
            params = inspect.signature(
                resolve_method(client, official_names[ir.operation_id])
            ).parameters.values()
            positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
            keyword = {p.name for p in params if p.kind is p.KEYWORD_ONLY}
            assert positional == [f.name for f in ir.path_params[-1:]], ir.operation_id
            assert {f.name for f in ir.path_params[:-1]} <= keyword
            checked += len(ir.path_params) > 1
    assert checked == 2 * 5  # queue call retrieve/update/remove, conference participant x2
