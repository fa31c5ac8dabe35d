"""Every name of the official SDK's tables imports from `telnyx_voice` the way official
code imports it from `telnyx` (the package `api.md` names), on the sync and async side.

`../shared/naming/official-python-type-names.tsv` (per operation: `...Params`,
`...Response`, page item), `official-python-webhook-event-names.tsv` (per event type),
and the top-level names of the official package.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from typing import Any

import pytest
import telnyx_voice
import typing_extensions
from telnyx_voice import AsyncTelnyx, NotGiven, Telnyx
from telnyx_voice._pagination import AsyncPaginator
from telnyx_voice.pagination import AsyncDefaultFlatPagination, SyncDefaultFlatPagination
from telnyx_voice.types import models
from telnyx_voice.types.webhook_events import EVENT_TYPES

from codegen.ir import API

from ..client.conftest import resolve_method
from .conftest import (
    OfficialTypes,
    official_class,
    official_event_rows,
    official_type_rows,
    our_module,
)

TYPE_ROWS = official_type_rows()
EVENT_ROWS = official_event_rows()

# the official package's top-level names used with the voice surface (`telnyx/__init__.py`)
TOP_LEVEL = [
    "Telnyx", "AsyncTelnyx", "Client", "AsyncClient", "DefaultHttpxClient",
    "DefaultAsyncHttpxClient", "DefaultAioHttpClient", "NOT_GIVEN", "NotGiven", "not_given",
    "Omit", "omit", "BaseModel", "APIResponse", "AsyncAPIResponse", "Timeout", "RequestOptions",
    "DEFAULT_TIMEOUT", "DEFAULT_MAX_RETRIES", "DEFAULT_CONNECTION_LIMITS", "__version__",
]  # fmt: skip
EXCEPTIONS = [
    "TelnyxError", "APIError", "APIStatusError", "APITimeoutError", "APIConnectionError",
    "APIResponseValidationError", "APIWebhookValidationError", "BadRequestError",
    "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError",
    "WebSocketConnectionClosedError", "WebSocketQueueFullError",
]  # fmt: skip


NOT_IN_SPEC = {"calls.actions.pay"}  # in the official SDK, in neither shared spec version


def _ir(api: API, method: str) -> Any:
    found = [op for op in api.operations if ".".join(op.resource + (op.name,)) == method]
    if not found and method in NOT_IN_SPEC:
        pytest.skip(f"{method}: the pinned spec has no such operation")
    (op,) = found
    return op


def test_the_tables_have_every_voice_operation_and_event(api: API) -> None:
    assert len(TYPE_ROWS) == 76
    ours = {".".join(op.resource + (op.name,)) for op in api.operations}
    assert {r.method for r in TYPE_ROWS} - ours == NOT_IN_SPEC
    assert ours <= {r.method for r in TYPE_ROWS}
    assert {r[0] for r in EVENT_ROWS} <= set(EVENT_TYPES)
    assert len({r[0] for r in EVENT_ROWS}) == 54  # conference.floor.changed has no official class


@pytest.mark.parametrize("row", TYPE_ROWS, ids=lambda r: r.method)
def test_params_typed_dict_is_the_methods_keyword_arguments(row: OfficialTypes, api: API) -> None:
    """`...Params` imports from the official package and holds exactly the method's keyword
    arguments (required ones `Required`), so `method(positional, **params)` type-checks."""
    if not row.params_class:
        pytest.skip("the official SDK has no params class for this operation (path only)")
    ir = _ir(api, row.method)
    params = official_class(row.params_module, row.params_class)
    assert typing_extensions.is_typeddict(params)
    assert set(params.__annotations__) == {f.name for f in ir.keyword_params}
    assert params.__required_keys__ == frozenset(f.name for f in ir.keyword_params if f.required)
    for client in (Telnyx, AsyncTelnyx):
        signature = inspect.signature(resolve_method(client(api_key="k"), row.method))
        keyword_only = {
            n for n, p in signature.parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY
        }
        assert set(params.__annotations__) <= keyword_only


def _return_namespace() -> dict[str, Any]:
    return {
        **{name: getattr(models, name) for name in models.__all__},  # a lazy package
        "SyncDefaultFlatPagination": SyncDefaultFlatPagination,
        "AsyncDefaultFlatPagination": AsyncDefaultFlatPagination,
        "AsyncPaginator": AsyncPaginator,
    }


@pytest.mark.parametrize("row", TYPE_ROWS, ids=lambda r: r.method)
def test_response_name_is_what_the_method_returns(row: OfficialTypes, api: API) -> None:
    """`...Response` (a list: its page item) is an alias of the class the sync and async
    methods return; list methods return the official page classes."""
    _ir(api, row.method)
    namespace = _return_namespace()
    sync_ret = eval(inspect.signature(resolve_method(Telnyx(api_key="k"), row.method)).return_annotation, namespace)  # fmt: skip
    async_ret = eval(inspect.signature(resolve_method(AsyncTelnyx(api_key="k"), row.method)).return_annotation, namespace)  # fmt: skip
    if row.response_class is None:
        assert sync_ret is None and async_ret is None
        return
    cls = official_class(row.response_module, row.response_class)
    assert isinstance(cls, type) and issubclass(cls, telnyx_voice.BaseModel)
    if row.page_item:
        assert sync_ret == SyncDefaultFlatPagination[cls]  # type: ignore[valid-type]
        assert async_ret == AsyncPaginator[cls, AsyncDefaultFlatPagination[cls]]  # type: ignore[valid-type]
    else:
        assert sync_ret is cls and async_ret is cls


@pytest.mark.parametrize("row", EVENT_ROWS, ids=lambda r: r[2].rpartition(".")[2])
def test_webhook_event_name_is_our_event_class(row: tuple[str, str, str]) -> None:
    event_type, name, module = row
    assert official_class(module, name) is EVENT_TYPES[event_type]


def _module_rows() -> list[tuple[str, str]]:
    """(official module, class) of every name in the tables."""
    rows = {(r.params_module, r.params_class) for r in TYPE_ROWS if r.params_class}
    rows |= {(r.response_module, r.response_class) for r in TYPE_ROWS if r.response_class}
    rows |= {(module, name) for _, name, module in EVENT_ROWS}
    return sorted(rows)


@pytest.mark.parametrize("row", _module_rows(), ids=lambda r: r[0].removeprefix("telnyx.types."))
def test_name_imports_from_its_official_module_too(row: tuple[str, str], api: API) -> None:
    """`from telnyx_voice.types.calls.action_speak_params import ActionSpeakParams` (the
    path IDEs auto-import) gives the same object as the package."""
    module, name = row
    methods = {r.method for r in TYPE_ROWS if module in (r.params_module, r.response_module)}
    if methods and methods <= NOT_IN_SPEC:
        pytest.skip(f"{methods}: the pinned spec has no such operation")
    value = getattr(importlib.import_module(our_module(module)), name)
    assert value is official_class(module, name)


@pytest.mark.parametrize("name", TOP_LEVEL + EXCEPTIONS)
def test_top_level_name(name: str) -> None:
    assert name in telnyx_voice.__all__
    assert getattr(telnyx_voice, name) is not None
    if name in EXCEPTIONS:
        assert issubclass(getattr(telnyx_voice, name), telnyx_voice.TelnyxError)


def test_top_level_values_are_the_official_ones() -> None:
    import httpx

    assert telnyx_voice.not_given is telnyx_voice.NOT_GIVEN
    assert isinstance(telnyx_voice.omit, telnyx_voice.Omit)
    assert isinstance(telnyx_voice.omit, NotGiven)  # accepted wherever NOT_GIVEN is
    assert telnyx_voice.Timeout is httpx.Timeout
    assert telnyx_voice.DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=5.0)
    assert telnyx_voice.DEFAULT_MAX_RETRIES == 2
    assert telnyx_voice.Client is Telnyx and telnyx_voice.AsyncClient is AsyncTelnyx
    assert telnyx_voice.__version__ == importlib.import_module("telnyx_voice._version").__version__


def test_names_are_aliases_not_copies() -> None:
    from telnyx_voice.types import CallDialResponse, CallInitiatedWebhookEvent
    from telnyx_voice.types.calls import ActionSpeakResponse
    from telnyx_voice.types.conferences import ActionMuteResponse
    from telnyx_voice.types.queues import CallRetrieveResponse

    assert CallInitiatedWebhookEvent is models.CallInitiatedEvent
    for alias in (CallDialResponse, ActionSpeakResponse, ActionMuteResponse, CallRetrieveResponse):
        assert alias.__module__.startswith("telnyx_voice.types.models.")  # its split module
        assert getattr(models, alias.__name__) is alias


def test_params_annotations_resolve() -> None:
    """The TypedDicts' annotations are real objects at run time (no unresolved forward
    references), models included."""
    from telnyx_voice.types import CallDialParams
    from telnyx_voice.types.calls import ActionGatherUsingSpeakParams

    hints = typing.get_type_hints(ActionGatherUsingSpeakParams)
    assert set(hints) == set(ActionGatherUsingSpeakParams.__annotations__)
    assert hints["payload"] is str
    dial = typing.get_type_hints(CallDialParams)
    assert models.CallRequestAnsweringMachineDetectionConfig in typing.get_args(
        dial["answering_machine_detection_config"]
    )
