"""The intermediate representation: what the templates render, with every decision made.

Names, Python types, grouping into resources and documentation text are all decided
while building the IR (codegen/build.py); templates only print these fields.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

ParamLocation = Literal["path", "query"]
# how a request body goes on the wire: JSON, `application/x-www-form-urlencoded` (httpx
# `data=`), `multipart/form-data` (httpx `files=` + `data=`), or raw bytes (`content=`)
BodyKind = Literal["json", "form", "multipart", "raw"]

# modules an annotation's names are imported from
MODELS_MODULE = "telnyx_voice.types.models"
PARAMS_MODULE = "telnyx_voice.types.params"
# the package's own models, TypedDicts, page classes and resources: only annotations name
# them in a resource module (imported under `if TYPE_CHECKING:`)
ANNOTATION_MODULES = ("telnyx_voice.types", "telnyx_voice._pagination", "telnyx_voice.resources")


@dataclass(frozen=True, order=True)
class TypeRef:
    """A name an annotation mentions and the module it is imported from
    (`TypeRef("telnyx_voice.types.models", "SipHeader")`, `TypeRef("typing", "Literal")`)."""

    module: str
    name: str


@dataclass(frozen=True)
class TypeSpelling:
    """An annotation as the type speller wrote it (`SipHeader | SipHeaderParam`) and every
    name it mentions: what a module using it imports, so no import is guessed from text."""

    text: str
    refs: frozenset[TypeRef] = frozenset()


# the annotations of a file argument and of a raw body (telnyx_voice._types, the official
# SDK's names)
FILE_TYPES = TypeSpelling("FileTypes", frozenset({TypeRef("telnyx_voice._types", "FileTypes")}))
RAW_TYPES = TypeSpelling(
    "FileContent | BinaryTypes",
    frozenset(
        {
            TypeRef("telnyx_voice._types", "FileContent"),
            TypeRef("telnyx_voice._types", "BinaryTypes"),
        }
    ),
)


@dataclass(frozen=True)
class ImportFrom:
    """One `from module import names` line of a generated module."""

    module: str
    names: tuple[str, ...]

    @property
    def one_per_line(self) -> bool:
        """The package's own models, TypedDicts, page classes and resources are listed one
        name per line (adding one is a one-line diff); other imports are a single line."""
        return self.module.startswith(ANNOTATION_MODULES)


def import_lines(
    refs: Iterable[TypeRef], *, within: str = "", aliases: dict[str, str] | None = None
) -> tuple[ImportFrom, ...]:
    """`refs` as import lines, one per module; names defined in `within` (the module
    itself) are not imported; a name in `aliases` is imported `as` its alias. (ruff's
    isort pass orders the lines and names.)"""
    by_module: dict[str, set[str]] = {}
    for ref in refs:
        if ref.module != within:
            alias = (aliases or {}).get(ref.name)
            name = f"{ref.name} as {alias}" if alias else ref.name
            by_module.setdefault(ref.module, set()).add(name)
    return tuple(
        ImportFrom(module, tuple(sorted(names))) for module, names in sorted(by_module.items())
    )


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
    """A path/query/header parameter or a request body field (or the whole body), as a
    keyword argument."""

    name: str  # the Python argument name (`from_`, `page_number`, `idempotency_key`)
    wire: str  # the name on the wire (`from`, `page[number]`, `Idempotency-Key`)
    location: Literal["path", "query", "header", "body"]
    required: bool
    spelling: TypeSpelling  # its annotation in the method signature (without NotGiven)
    doc: str  # one paragraph: description, unit, allowed values, default
    style: Literal["form", "deepObject"] = "form"
    explode: bool = True
    # a path/query parameter's schema in the spec; None for body fields (compared within
    # the request body's schema) and for arguments derived from another (`page_number`)
    source: SchemaAt | None = None

    @property
    def py_type(self) -> str:
        return self.spelling.text

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
class RequestBody:
    """How an operation's request body is taken and sent.

    The media type picks the kind: `application/json` (also when listed next to another
    type, as the official SDK sends those bodies), `*/*` with an object schema -> `json`;
    `application/x-www-form-urlencoded` -> `form`; `multipart/form-data` -> `multipart`;
    anything else (`application/octet-stream`, `*/*` with a string schema) -> `raw`.
    An object body with properties (`allOf` members merged) is one keyword argument per
    property (`OperationIR.body_fields`); any other body (an array, a `oneOf`, an object
    without properties, raw bytes) is one argument, `argument`, as in the official SDK:
    named after the `$ref`'d component (`voice_clone_request`) for a `oneOf`/`anyOf`
    component, else `body`.
    """

    kind: BodyKind
    media_type: str  # the Content-Type sent (a multipart boundary is added at send time)
    argument: str | None = None  # the one argument holding the whole body, or None
    file_fields: tuple[str, ...] = ()  # multipart: the wire names of the file parts
    # multipart: a part's Content-Type from the spec's `encoding` (`("loa", "application/pdf")`),
    # sent unless the argument names its own
    part_types: tuple[tuple[str, str], ...] = ()

    @property
    def whole(self) -> bool:
        return self.argument is not None


@dataclass(frozen=True)
class ParamKey:
    """One key of a request-side TypedDict (`voice_settings={"api_key_ref": ...}`)."""

    wire: str  # the key as sent (`from`, `api_key_ref`)
    spelling: TypeSpelling  # its annotation, in TypedDict spelling (objects are `...Param`)
    required: bool
    doc: str

    @property
    def py_type(self) -> str:
        return self.spelling.text

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
    body_fields: tuple[Field, ...]  # one per property, or the one whole-body argument
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
    body: RequestBody | None = None  # None: no request body
    # header parameters, sent as headers (not Authorization/Content-Type: the client's)
    header_params: tuple[Field, ...] = ()
    # the wire name of an `Idempotency-Key` header parameter: when it is given, a retry
    # is safe (a required one makes the operation `idempotent`)
    idempotency_header: str | None = None
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
        return self.path_params + self.query_params + self.body_fields + self.header_params

    @property
    def positional_params(self) -> tuple[Field, ...]:
        """Passed by position: the last path parameter only, as in the official SDK
        (`queues.calls.retrieve(call_control_id, *, queue_name)`)."""
        return self.path_params[-1:]

    @property
    def keyword_params(self) -> tuple[Field, ...]:
        """Keyword-only: earlier path parameters, then query parameters, body fields and
        header parameters."""
        return self.path_params[:-1] + self.query_params + self.body_fields + self.header_params


@dataclass
class Resource:
    path: tuple[str, ...]  # ("calls", "actions")
    class_name: str  # "ActionsResource" (the async twin prefixes "Async")
    module: str  # dotted module under telnyx_voice.resources, e.g. "calls.actions"
    operations: list[OperationIR] = field(default_factory=list)
    children: list[Resource] = field(default_factory=list)
    # the module's imports: at run time, and under `if TYPE_CHECKING:` (models, TypedDicts,
    # page classes and child resources: only annotations name them)
    imports: tuple[ImportFrom, ...] = ()
    type_checking_imports: tuple[ImportFrom, ...] = ()
    # models imported under another name, because the module defines or imports one of
    # theirs (the model `MediaResource` in the module of the resource `MediaResource`)
    model_aliases: dict[str, str] = field(default_factory=dict)

    @property
    def attr(self) -> str:
        return self.path[-1]

    @property
    def paginates(self) -> bool:
        return any(op.pagination for op in self.operations)

    def local(self, annotation: str) -> str:
        """`annotation` with the models of `model_aliases` under their names here."""
        if not self.model_aliases:
            return annotation
        return re.sub(r"\b\w+\b", lambda m: self.model_aliases.get(m[0], m[0]), annotation)


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
    imports: tuple[ImportFrom, ...] = ()  # what its keys' annotations mention


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
    params_imports: tuple[ImportFrom, ...]  # what types/params.py imports
    request_models: frozenset[str]  # models a request can contain (enum fields take strings)
    types_packages: list[TypesPackage] = field(default_factory=list)

    @property
    def result_models(self) -> list[str]:
        """The models the `Operation[...]` constants name (imported by `_operations.py`
        for type checkers only), sorted."""
        return sorted(
            {name for op in self.operations for name in re.findall(r"\w+", op.result_model or "")}
        )
