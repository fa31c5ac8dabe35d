"""The intermediate representation: what the templates render, with every decision made.

Names, Python types, grouping into resources and documentation text are all decided
while building the IR (codegen/build.py); templates only print these fields.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Any, Literal

ParamLocation = Literal["path", "query"]
# what a 2xx body is: JSON (parsed into `response_model`, or `None` without a body), raw
# bytes (binary media: PDF, audio, images, octet-stream) or decoded text (`text/*`)
ResponseKind = Literal["json", "binary", "text"]


@dataclass(frozen=True)
class Model:
    """A named JSON schema handed to datamodel-code-generator (one class, enum or alias)."""

    name: str
    pointer: str  # where it sits in the spec
    schema: dict[str, Any]
    base_class: str | None = None  # dotted path; None: telnyx_voice._models.BaseModel


@dataclass(frozen=True)
class SchemaAt:
    """A schema as the spec has it (`$ref`s not followed, nothing hoisted) and the JSON
    pointer where it sits: what the changelog compares between two spec versions."""

    schema: Any
    pointer: str


@dataclass(frozen=True)
class Field:
    """A path/query parameter or a request body field, as a keyword argument."""

    name: str  # the Python argument name (`from_`, `page_number`)
    wire: str  # the name on the wire (`from`, `page[number]`)
    location: Literal["path", "query", "body"]
    required: bool
    py_type: str  # annotation used in the method signature (without NotGiven)
    doc: str  # one paragraph: description, unit, allowed values, default
    style: Literal["form", "deepObject"] = "form"
    explode: bool = True
    # a path/query parameter's schema in the spec; None for body fields (compared within
    # the request body's schema) and for arguments derived from another (`page_number`)
    source: SchemaAt | None = None

    @property
    def signature(self) -> str:
        """The parameter as written in a method signature."""
        if self.required:
            return f"{self.name}: {self.py_type}"
        return f"{self.name}: {self.py_type} | NotGiven = NOT_GIVEN"

    @property
    def typed_dict_entry(self) -> str:
        """The key as written in a `...Params` TypedDict (`total=False`)."""
        return (
            f"{self.name}: Required[{self.py_type}]"
            if self.required
            else f"{self.name}: {self.py_type}"
        )

    @property
    def docstring(self) -> str:
        """`doc`, escaped for a triple-quoted string."""
        text = self.doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
        return text[:-1] + '\\"' if text.endswith('"') else text


@dataclass(frozen=True)
class ParamKey:
    """One key of a request-side TypedDict (`voice_settings={"api_key_ref": ...}`)."""

    wire: str  # the key as sent (`from`, `api_key_ref`)
    py_type: str  # its annotation, in TypedDict spelling (nested objects are `...Param`)
    required: bool
    doc: str

    @property
    def annotation(self) -> str:
        return f"Required[{self.py_type}]" if self.required else self.py_type


@dataclass(frozen=True)
class ParamType:
    """A `TypedDict` for an object a request can contain, at any depth.

    Named after its model with the suffix `Param` (`ElevenLabsVoiceSettingsParam`), or,
    for a query parameter's inline object, after the operation and parameter
    (`ListConferencesFilterParam`).
    """

    name: str
    doc: str
    keys: tuple[ParamKey, ...]
    source: str  # the JSON pointer of the schema it spells

    @property
    def functional(self) -> bool:
        """Whether a key is no Python identifier (`from`): then the functional syntax."""
        return any(not k.wire.isidentifier() or keyword.iskeyword(k.wire) for k in self.keys)


@dataclass(frozen=True)
class OperationIR:
    """One operation as the generator sees it: its SDK method (resource, name, arguments,
    docstring) and what the generated `Operation` constant of the runtime
    (`telnyx_voice._operation.Operation`) is rendered from. Not `select.SelectedOperation`
    (the spec's raw operation) nor the changelog's `_ComparedOperation`."""

    operation_id: str
    method: str  # upper case
    path: str
    resource: tuple[str, ...]  # ("calls", "actions")
    name: str  # method name, e.g. "send_dtmf"
    const_name: str  # name of its constant in _operations.py, e.g. "SEND_DTMF"
    path_params: tuple[Field, ...]
    query_params: tuple[Field, ...]
    body_fields: tuple[Field, ...]
    request_model: str | None
    response_model: str | None
    takes_command_id: bool  # the body has Telnyx's `command_id` field
    idempotent: bool
    base64_fields: tuple[str, ...]  # body fields that must be standard base64 (`client_state`)
    open_objects: tuple[str, ...]  # body models that take keys the spec does not list
    pagination: Literal["page_number", "cursor"] | None
    page_item: str | None  # the item model of a paginated list
    docstring: str  # the method's whole docstring body, escaped, not indented
    latency_category: str = "responsive"  # the spec's `x-latency-category` (its deadline)
    deprecated: bool = False
    pointer: str = ""  # the operation in the spec (`#/paths/~1calls/post`)
    request_schema: SchemaAt | None = None  # the application/json request body's schema
    response_schema: SchemaAt | None = None  # the success response's application/json schema
    response_kind: ResponseKind = "json"
    # the success response's media type when it is not JSON (`application/pdf`, `text/csv`;
    # `*/*` for the spec's `*`): sent as `Accept`, as the official SDK does
    accept: str | None = None

    @property
    def result(self) -> str:
        """What one call yields, the type argument of its `Operation[...]` constant: the
        response model, `None`, a list operation's item model, `bytes` (a binary body: the
        client wraps it in a binary response object) or `str` (a text body)."""
        if self.pagination:
            return self.page_item or "None"
        if self.response_kind == "binary":
            return "bytes"
        if self.response_kind == "text":
            return "str"
        return self.response_model or "None"

    @property
    def result_model(self) -> str | None:
        """The model `result` names (or a union of models, for a list), if it names one."""
        return self.page_item if self.pagination else self.response_model

    @property
    def client_call(self) -> str:
        """The client method a generated method calls: `request_page` (lists),
        `request_binary` (binary bodies, returning a binary response object), `request`."""
        if self.pagination:
            return "request_page"
        return "request_binary" if self.response_kind == "binary" else "request"

    def returns(self, is_async: bool) -> str:
        """The method's return annotation in the sync or async client (page classes and
        binary response classes with the official SDK's names)."""
        if self.pagination:
            if is_async:
                return f"AsyncPaginator[{self.result}, AsyncDefaultFlatPagination[{self.result}]]"
            return f"SyncDefaultFlatPagination[{self.result}]"
        if self.response_kind == "binary":
            return "AsyncBinaryAPIResponse" if is_async else "BinaryAPIResponse"
        return self.result

    def wrapper_names(self, stream: bool, is_async: bool) -> tuple[str, ...]:
        """The `with_raw_response` (`stream` false) / `with_streaming_response` wrapper of
        the method and, for a binary body, the official SDK's response class it returns
        (`BinaryAPIResponse`, `StreamedBinaryAPIResponse`, async twins): names of
        `telnyx_voice._response`."""
        prefix = "async_" if is_async else ""
        kind = "streamed_response" if stream else "raw_response"
        if self.response_kind != "binary" or self.pagination:
            return (f"{prefix}to_{kind}_wrapper",)
        cls = "StreamedBinaryAPIResponse" if stream else "BinaryAPIResponse"
        return f"{prefix}to_custom_{kind}_wrapper", ("Async" if is_async else "") + cls

    def wrapper(self, stream: bool, is_async: bool) -> str:
        """The wrapper call of `wrapper_names`, as the template writes it."""
        func, *cls = self.wrapper_names(stream, is_async)
        return f"{func}({', '.join([f'resource.{self.name}', *cls])})"

    @property
    def headers_argument(self) -> str:
        """The `extra_headers` the method passes on: with `Accept` set to the non-JSON media
        type first (the caller's `extra_headers` still override it)."""
        if self.accept is None:
            return "extra_headers"
        return f'{{"Accept": "{self.accept}", **(extra_headers or {{}})}}'

    @property
    def path_arguments(self) -> tuple[str, ...]:
        """The argument names of the path parameters when any differs from its wire name
        (for the runtime's error messages), else `()`."""
        if all(f.name == f.wire for f in self.path_params):
            return ()
        return tuple(f.name for f in self.path_params)

    @property
    def fields(self) -> tuple[Field, ...]:
        return self.path_params + self.query_params + self.body_fields

    @property
    def positional_params(self) -> tuple[Field, ...]:
        """Passed by position: the last path parameter only, as in the official SDK
        (`queues.calls.retrieve(call_control_id, *, queue_name)`)."""
        return self.path_params[-1:]

    @property
    def keyword_params(self) -> tuple[Field, ...]:
        """Keyword-only: earlier path parameters, then query parameters and body fields."""
        return self.path_params[:-1] + self.query_params + self.body_fields


@dataclass
class Resource:
    path: tuple[str, ...]  # ("calls", "actions")
    class_name: str  # "ActionsResource" (the async twin prefixes "Async")
    module: str  # dotted module under telnyx_voice.resources, e.g. "calls.actions"
    operations: list[OperationIR] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    type_imports: list[str] = field(default_factory=list)  # model names its signatures use
    param_imports: list[str] = field(default_factory=list)  # TypedDict names its signatures use
    typing_imports: list[str] = field(default_factory=list)  # names from typing / collections.abc
    # models imported under another name, because the module defines or imports one of
    # theirs (the model `MediaResource` in the module of the resource `MediaResource`)
    model_aliases: dict[str, str] = field(default_factory=dict)

    @property
    def attr(self) -> str:
        return self.path[-1]

    @property
    def paginates(self) -> bool:
        return any(op.pagination for op in self.operations)

    @property
    def type_checking_imports(self) -> bool:
        """Whether the module has an `if TYPE_CHECKING:` block (never an empty one)."""
        return bool(self.paginates or self.children or self.type_imports or self.param_imports)

    @property
    def own_names(self) -> set[str]:
        """The names the module defines or imports besides models and TypedDicts."""
        classes = [self.class_name] + [c.class_name for c in self.children]
        names = {
            f"{prefix}{cls}{kind}"
            for cls in classes
            for prefix in ("", "Async")
            for kind in ("", "WithRawResponse", "WithStreamingResponse")
        }
        names |= set(self.response_imports) | set(self.typing_names) | set(self.typing_imports)
        return names | {
            "AsyncAPIResource",
            "AsyncDefaultFlatPagination",
            "AsyncPaginator",
            "Headers",
            "NOT_GIVEN",
            "NotGiven",
            "RequestOptions",
            "SyncAPIResource",
            "SyncDefaultFlatPagination",
            "TimeoutTypes",
            "cached_property",
        }

    def local(self, annotation: str) -> str:
        """`annotation` with the models of `model_aliases` under their names here."""
        if not self.model_aliases:
            return annotation
        return re.sub(r"\b\w+\b", lambda m: self.model_aliases.get(m[0], m[0]), annotation)

    @property
    def response_imports(self) -> list[str]:
        """What the module imports from `telnyx_voice._response`: the wrappers (and binary
        response classes) its methods use, sorted (all four wrappers for a module without
        operations of its own)."""
        names = {
            name
            for op in self.operations
            for stream in (False, True)
            for is_async in (False, True)
            for name in op.wrapper_names(stream, is_async)
        }
        return sorted(
            names
            or {
                f"{a}to_{k}_wrapper"
                for a in ("", "async_")
                for k in ("raw_response", "streamed_response")
            }
        )

    @property
    def typing_names(self) -> list[str]:
        """What the module imports from `typing` (possibly nothing)."""
        names = ["TYPE_CHECKING"] if self.type_checking_imports else []
        return names + [n for n in self.typing_imports if n in ("Any", "Literal")]


@dataclass(frozen=True)
class WebhookEvent:
    # every `event_type` value the registry dispatches to this model (one for most events,
    # several where the schema's enum lists several, none where it has no event_type)
    event_types: tuple[str, ...]
    key: str  # key in the spec's `webhooks`
    model: str  # "CallDtmfReceivedEvent"
    official: str  # the official SDK's class name, "CallDtmfReceivedWebhookEvent"
    pointer: str = ""  # the entry in the spec's `webhooks`
    payload: SchemaAt | None = None  # its application/json request body's schema

    @property
    def event_type(self) -> str:
        """The first `event_type` value ("call.dtmf.received"); "" for an event without one."""
        return self.event_types[0] if self.event_types else ""


@dataclass
class ParamsClass:
    """An official `...Params` TypedDict: the keyword arguments of one method."""

    name: str  # "ActionSpeakParams"
    method: str  # "client.calls.actions.speak"
    positional: str | None  # the positional argument not in it ("call_control_id")
    fields: tuple[Field, ...]
    type_imports: list[str] = field(default_factory=list)  # model names its keys use
    param_imports: list[str] = field(default_factory=list)  # `...Param` TypedDicts they use
    typing_imports: list[str] = field(default_factory=list)

    @property
    def uses_required(self) -> bool:
        """Whether a key is required (the module imports `Required`)."""
        return any(f.required for f in self.fields)


@dataclass(frozen=True)
class Export:
    """An official name: `name` = `attr` of `module` (an alias of our model when they
    differ), also importable from its own module `official_module` of the package, as in
    the official SDK (`telnyx.types.calls.action_speak_response`)."""

    name: str  # "ActionSpeakResponse"
    module: str  # where it is defined: "telnyx_voice.types.models"
    attr: str  # "CallControlCommandResponse"
    official_module: str  # "action_speak_response"
    params: ParamsClass | None = None  # a `...Params` TypedDict, defined in official_module
    twin_modules: tuple[str, ...] = ()  # further official modules re-exporting it

    @property
    def official_modules(self) -> tuple[str, ...]:
        return (self.official_module,) + self.twin_modules


@dataclass
class TypesPackage:
    """`telnyx_voice.types[.<path>]`: the official type names of its operations and events."""

    path: tuple[str, ...]  # () for telnyx_voice.types, ("calls",) for telnyx_voice.types.calls
    exports: list[Export] = field(default_factory=list)  # official names, sorted by name

    @property
    def module(self) -> str:
        return ".".join(("telnyx_voice", "types") + self.path)


@dataclass
class API:
    spec_sha256: str
    spec_source: str
    generator_version: str
    models: list[Model]
    operations: list[OperationIR]
    resources: list[Resource]  # top level; children nested
    webhooks: list[WebhookEvent]
    params: list[ParamType]  # request-side TypedDicts, by name
    request_models: frozenset[str]  # models a request can contain (enum fields take strings)
    types_packages: list[TypesPackage] = field(default_factory=list)

    @property
    def result_models(self) -> list[str]:
        """The models the `Operation[...]` constants name (imported by `_operations.py`
        for type checkers only), sorted."""
        return sorted(
            {name for op in self.operations for name in re.findall(r"\w+", op.result_model or "")}
        )
