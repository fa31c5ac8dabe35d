"""Contract tests: every voice operation of the spec, through `Telnyx` and `AsyncTelnyx`,
against Prism serving the spec on 127.0.0.1.

Prism validates what the client sends (path formats, query values, request body, the
Bearer header) against the spec and answers with the spec's examples, so these tests show
that what the SDK sends is what Telnyx's spec accepts and that what the spec says Telnyx
answers parses into the generated response models. The operation list comes from the spec:
an operation added to the selection without a passing contract test fails here.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from telnyx_voice import AsyncTelnyx, Telnyx, UnprocessableEntityError
from telnyx_voice._models import BaseModel

from codegen import load, select
from codegen.config import Config
from codegen.ir import API, OperationIR

from ..conftest import parametrize_operations
from ..voice_subset import voice_subset
from .conftest import SpecSchemas, call_arguments, ir_for, resolve_method
from .prism import PrismServer, ensure_prism, write_subset

API_KEY = "KEY-contract-0123456789"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`selected`: every voice operation; `with_body`: those with a request body;
    `with_422`: those documenting a 422 response."""
    parametrize_operations(metafunc)
    parametrize_operations(metafunc, "with_body", lambda op: "requestBody" in op.operation)
    parametrize_operations(metafunc, "with_422", lambda op: "422" in op.operation["responses"])


@pytest.fixture(scope="module")
def prism(
    spec: load.LoadedSpec, config: Config, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrismServer]:
    binary = ensure_prism()
    workdir = tmp_path_factory.mktemp("prism")
    spec_file = write_subset(spec.document, config.selection, workdir / "voice-openapi.json")
    server = PrismServer(binary, spec_file, workdir / "prism.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def exchanges() -> list[tuple[httpx.Request, httpx.Response]]:
    return []


def _hooks(seen: list[tuple[httpx.Request, httpx.Response]], *, is_async: bool) -> Any:
    """httpx response hooks keeping each request and its (read) response."""
    if is_async:

        async def keep_async(response: httpx.Response) -> None:
            await response.aread()
            seen.append((response.request, response))

        return {"response": [keep_async]}

    def keep(response: httpx.Response) -> None:
        response.read()
        seen.append((response.request, response))

    return {"response": [keep]}


def _path_values(selected: select.SelectedOperation, schemas: SpecSchemas) -> dict[str, str]:
    """A value per path parameter that its schema accepts (its example when there is one)."""
    values = {}
    for raw in [
        *selected.path_item.get("parameters", []),
        *selected.operation.get("parameters", []),
    ]:
        param = schemas.refs.deref(raw, "#")
        if param.get("in") == "path":
            example = param.get("example", schemas.refs.deref(param["schema"], "#").get("example"))
            values[param["name"]] = str(
                example if example is not None else schemas.sample(param["schema"])
            )
    return values


def _arguments(
    selected: select.SelectedOperation, ir: OperationIR, schemas: SpecSchemas
) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    values = _path_values(selected, schemas)
    return call_arguments(selected, ir, schemas, values.__getitem__)


def _wrong_body(
    ir: OperationIR, body: dict[str, Any], schemas: SpecSchemas, selected: select.SelectedOperation
) -> tuple[str, object] | None:
    """A body field and a value of the wrong JSON type for it (sent via `extra_body`)."""
    schema = schemas.refs.deref(selected.operation["requestBody"], "#")["content"][
        "application/json"
    ]["schema"]
    for wire in [*body, *(f.wire for f in ir.body_fields)]:
        for wrong in (12345, "not-a-valid-value", [{"x": 1}]):
            candidate = {**body, wire: wrong}
            if schemas.errors(candidate, schema):
                return wire, wrong
    return None


def _check_success(
    ir: OperationIR, result: Any, exchanges: list[tuple[httpx.Request, httpx.Response]]
) -> None:
    """Prism accepted every request, and the response parsed into the generated model."""
    for request, response in exchanges:
        assert response.is_success, (request.url, response.headers.get("sl-violations"))
        assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    body = exchanges[0][1].json() if exchanges[0][1].content else None
    if ir.pagination:
        assert [type(item).__name__ for item in result.data] == [ir.page_item] * len(body["data"])
        if len(exchanges) > 1:  # the next-page query was one the spec accepts too
            assert "page" in exchanges[1][0].url.query.decode()
    elif ir.response_model is None:
        assert result is None
    else:
        assert type(result).__name__ == ir.response_model
        assert isinstance(result, BaseModel)
        dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert json.loads(json.dumps(dumped)) == body  # nothing lost or altered


def test_the_subset_holds_every_voice_operation(spec: load.LoadedSpec, config: Config) -> None:
    subset = voice_subset(spec.document, config.selection)
    count = sum(
        1 for item in subset["paths"].values() for method in item if method in select.HTTP_METHODS
    )
    assert count == len(select.select_operations(spec.document, config.selection)) == 75
    assert len(subset["components"]["schemas"]) < len(spec.document["components"]["schemas"])


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_client(
    is_async: bool,
    selected: select.SelectedOperation,
    api: API,
    official_names: dict[str, str],
    schemas: SpecSchemas,
    prism: PrismServer,
    exchanges: list[tuple[httpx.Request, httpx.Response]],
) -> None:
    """The operation through `Telnyx` or `AsyncTelnyx`: Prism accepts what is sent, and its
    answer parses into the generated response model."""
    ir = ir_for(api, selected)
    args, kwargs, _ = _arguments(selected, ir, schemas)
    hooks = _hooks(exchanges, is_async=is_async)

    def run_sync() -> Any:
        with Telnyx(
            api_key=API_KEY,
            base_url=prism.url,
            max_retries=0,
            http_client=httpx.Client(event_hooks=hooks),
        ) as client:
            result = resolve_method(client, official_names[ir.operation_id])(*args, **kwargs)
            if ir.pagination and result.has_next_page():
                result.get_next_page()
            return result

    async def run_async() -> Any:
        async with AsyncTelnyx(
            api_key=API_KEY,
            base_url=prism.url,
            max_retries=0,
            http_client=httpx.AsyncClient(event_hooks=hooks),
        ) as client:
            result = await resolve_method(client, official_names[ir.operation_id])(*args, **kwargs)
            if ir.pagination and result.has_next_page():
                await result.get_next_page()
            return result

    _check_success(ir, asyncio.run(run_async()) if is_async else run_sync(), exchanges)


def test_wrong_body_is_rejected_with_prisms_violation(
    with_body: select.SelectedOperation,
    api: API,
    official_names: dict[str, str],
    schemas: SpecSchemas,
    prism: PrismServer,
) -> None:
    """A body the spec rejects (a field of the wrong JSON type, slipped past the client's own
    validation through `extra_body`) comes back as `UnprocessableEntityError` whose
    response carries Prism's violation naming the field."""
    selected = with_body
    ir = ir_for(api, selected)
    args, kwargs, body = _arguments(selected, ir, schemas)
    wrong = _wrong_body(ir, body, schemas, selected)
    assert wrong is not None, "no field of this request body can be given a wrong type"
    wire, value = wrong
    with Telnyx(api_key=API_KEY, base_url=prism.url, max_retries=0) as client:
        method = resolve_method(client, official_names[ir.operation_id])
        with pytest.raises(UnprocessableEntityError) as caught:
            method(*args, **kwargs, extra_body={wire: value})
    violations = _violations(caught.value)
    assert any(v["location"][-1] == wire and "body" in v["location"] for v in violations), (
        violations
    )


def _violations(error: UnprocessableEntityError) -> list[dict[str, Any]]:
    """Prism's violations: the `sl-violations` header when the spec documents a 422 (whose
    example is the body), else the `validation` list of Prism's own problem+json body."""
    header = error.response.headers.get("sl-violations")
    if header is not None:
        found: list[dict[str, Any]] = json.loads(header)
        return found
    assert isinstance(error.body, dict), error.body
    assert error.body["title"] in str(error)  # Prism's problem+json shows in the message
    validation: list[dict[str, Any]] = error.body["validation"]
    return validation


def test_documented_422_parses_into_telnyx_errors(
    with_422: select.SelectedOperation,
    api: API,
    official_names: dict[str, str],
    schemas: SpecSchemas,
    prism: PrismServer,
) -> None:
    """`Prefer: code=422` makes Prism answer with the spec's 422 example: a Telnyx `errors`
    body, which must become `UnprocessableEntityError` with parsed `ErrorDetail`s."""
    selected = with_422
    ir = ir_for(api, selected)
    args, kwargs, _ = _arguments(selected, ir, schemas)
    with Telnyx(api_key=API_KEY, base_url=prism.url, max_retries=0) as client:
        method = resolve_method(client, official_names[ir.operation_id])
        with pytest.raises(UnprocessableEntityError) as caught:
            method(*args, **kwargs, extra_headers={"Prefer": "code=422"})
    error = caught.value
    assert "sl-violations" not in error.response.headers  # the request itself was valid
    expected = error.response.json()["errors"]
    assert [e.code for e in error.errors] == [str(e.get("code")) for e in expected]
    assert error.errors[0].title and error.errors[0].title in str(error)


def test_the_error_tests_cover_every_operation_they_apply_to(
    spec: load.LoadedSpec, config: Config
) -> None:
    ops = select.select_operations(spec.document, config.selection)
    assert sum("requestBody" in o.operation for o in ops) == 63
    assert sum("422" in o.operation["responses"] for o in ops) == 68
