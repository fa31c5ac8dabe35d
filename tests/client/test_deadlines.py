"""Per-operation deadlines: the spec's `x-latency-category` -> IR -> Operation table ->
docstring -> the timeout each request is sent with (client, with_options, per call), and a
loopback server that holds a request past the interactive deadline."""

from __future__ import annotations

import copy
import time

import httpx
import pytest
from telnyx_voice import (
    DEFAULT_TIMEOUT,
    DEFAULT_TIMEOUTS,
    APITimeoutError,
    AsyncTelnyx,
    Telnyx,
    _operations,
)
from telnyx_voice._deadlines import CATEGORY_TIMEOUTS
from telnyx_voice._types import RequestOptions

from codegen import build, load, select
from codegen.config import Config
from codegen.errors import SpecError
from codegen.ir import API

from ..runtime.stall_server import stall_server

KEY = "KEYdeadlines"
SEND_DTMF = _operations.CALLS_ACTIONS_SEND_DTMF  # interactive
LIST_CONFERENCES = _operations.CONFERENCES_LIST  # responsive


def test_every_operation_carries_the_specs_latency_category(
    spec: load.LoadedSpec, config: Config, api: API
) -> None:
    selected = {
        s.operation["operationId"]: s
        for s in select.select_operations(spec.document, config.selection)
    }
    counts: dict[str, int] = {}
    for op in api.operations:
        tagged = selected[op.operation_id].operation.get("x-latency-category", "responsive")
        assert op.latency_category == tagged, op.operation_id
        runtime = getattr(_operations, op.const_name)
        assert runtime.latency_category == tagged, op.const_name
        total, connect = CATEGORY_TIMEOUTS[tagged]
        assert f"latency category `{tagged}`" in op.docstring
        assert f"default timeout {total:g} s ({connect:g} s to connect)" in " ".join(
            op.docstring.split()
        )
        counts[tagged] = counts.get(tagged, 0) + 1
    assert counts == {"interactive": 73, "responsive": 2}  # as the issue counted


def test_an_unknown_latency_category_is_a_spec_error(spec: load.LoadedSpec, config: Config) -> None:
    document = copy.deepcopy(spec.document)
    document["paths"]["/calls/{call_control_id}/actions/send_dtmf"]["post"][
        "x-latency-category"
    ] = "urgent"
    changed = load.LoadedSpec(**{**vars(spec), "document": document})
    with pytest.raises(SpecError) as info:
        build.build(changed, config)
    assert info.value.pointer.endswith("/x-latency-category") and info.value.found == "urgent"
    assert "background, interactive, responsive" in str(info.value)


def _timeout(client: Telnyx | AsyncTelnyx, op: object, **options: object) -> object:
    prepared = client._prepare(op, {"call_control_id": "v3:x"} if op is SEND_DTMF else None, None, {"digits": "1"} if op is SEND_DTMF else None, RequestOptions(**options))  # type: ignore[arg-type]  # fmt: skip
    return prepared.timeout


@pytest.mark.parametrize("cls", [Telnyx, AsyncTelnyx])
def test_timeout_resolution(cls: type[Telnyx] | type[AsyncTelnyx]) -> None:
    default = cls(api_key=KEY)
    assert (
        _timeout(default, SEND_DTMF)
        == DEFAULT_TIMEOUTS["interactive"]
        == httpx.Timeout(5.0, connect=2.0)
    )
    assert (
        _timeout(default, LIST_CONFERENCES)
        == DEFAULT_TIMEOUTS["responsive"]
        == httpx.Timeout(30.0, connect=5.0)
    )
    assert DEFAULT_TIMEOUTS["background"] == DEFAULT_TIMEOUT
    # a client-wide timeout applies to every category (as in the official SDK)
    flat = cls(api_key=KEY, timeout=20.0)
    assert _timeout(flat, SEND_DTMF) == _timeout(flat, LIST_CONFERENCES) == 20.0
    # a category's own timeout wins over the client-wide one
    mixed = cls(api_key=KEY, timeout=20.0, timeouts={"interactive": 1.5})
    assert (_timeout(mixed, SEND_DTMF), _timeout(mixed, LIST_CONFERENCES)) == (1.5, 20.0)
    # with_options merges categories and keeps what it does not change
    tighter = mixed.with_options(timeouts={"responsive": 3.0})
    assert (_timeout(tighter, SEND_DTMF), _timeout(tighter, LIST_CONFERENCES)) == (1.5, 3.0)
    assert (
        _timeout(default.with_options(max_retries=1), SEND_DTMF) == DEFAULT_TIMEOUTS["interactive"]
    )
    assert _timeout(default.with_options(timeout=9.0), SEND_DTMF) == 9.0
    # per call wins over everything
    assert _timeout(tighter, SEND_DTMF, timeout=0.25) == 0.25
    assert _timeout(tighter, SEND_DTMF, timeout=None) is None


def test_unknown_category_in_timeouts_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown latency category 'interactiv'.*'interactive'"):
        Telnyx(api_key=KEY, timeouts={"interactiv": 1.0})


def test_interactive_deadline_ends_a_stalled_command() -> None:
    with stall_server() as server:
        server.stall = lambda seen: 5.0
        with Telnyx(
            api_key=KEY, base_url=server.url, max_retries=0, timeouts={"interactive": 0.3}
        ) as c:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                c.calls.actions.send_dtmf("v3:x", digits="1")
            assert time.monotonic() - started < 4.0
            # a responsive operation keeps its own (longer) deadline
            server.stall = lambda seen: 0.6
            c.conferences.list()
        assert len(server.seen) == 2
