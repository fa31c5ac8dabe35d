"""Stage 4: the selected spec -> the IR (codegen/ir.py).

Every decision the templates need is made here: resource tree, method names, argument
names and Python types, docstrings, pagination, idempotency.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from types import ModuleType
from typing import Any

from codegen import __version__ as GENERATOR_VERSION
from codegen import naming, select
from codegen.config import Config, OfficialTypeNaming
from codegen.errors import SpecError
from codegen.ir import (
    ANNOTATION_MODULES,
    API,
    FILE_TYPES,
    MODELS_MODULE,
    PARAMS_MODULE,
    RAW_TYPES,
    BodyKind,
    Export,
    Field,
    ImportFrom,
    Model,
    OperationIR,
    ParamKey,
    ParamsClass,
    ParamType,
    RequestBody,
    Resource,
    ResponseKind,
    SchemaAt,
    TypeRef,
    TypesPackage,
    TypeSpelling,
    WebhookEvent,
    import_lines,
)
from codegen.load import LoadedSpec
from codegen.paths import OVERLAY_DIR
from codegen.schemas import SchemaRegistry, canonical, constraint_only, pascal, py_literal

_JSON = "application/json"
_JSON_POINTER = "application~1json"  # the media type as a JSON pointer token
_SUCCESS = ("200", "201", "202", "204", "2XX")
_IDEMPOTENT_METHODS = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}
_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "None",
}
_UNITS = (
    (re.compile(r"_(millis|ms|milliseconds)$"), "milliseconds"),
    (re.compile(r"_(secs|seconds|sec)$"), "seconds"),
)
_REF_PREFIX = "#/components/schemas/"
# the base class of every webhook event model: a typed `meta` and `parse_errors`
WEBHOOK_EVENT_BASE = "telnyx_voice._models.WebhookEventModel"
# the base class of an event's own `meta` model, where the spec has one: it refines the
# base's `meta: WebhookMeta | None`
WEBHOOK_META_BASE = "telnyx_voice._models.WebhookMeta"


def build(spec: LoadedSpec, config: Config) -> API:
    document = spec.document
    refs = select.RefResolver(document)
    namer = SchemaRegistry(document, refs, config.naming.schemas)
    speller = TypeSpeller(namer)
    selected = select.select_operations(document, config.selection)
    response_names = _response_names(selected, refs)
    paths = _PathShapes(document.get("paths") or {})
    operations = [
        _operation(s, refs, namer, speller, config, response_names, paths) for s in selected
    ]
    _check_unique(operations, config.naming.modules)
    webhooks = [
        _webhook(w, refs, namer) for w in select.select_webhooks(document, config.selection)
    ]
    events = {w.model for w in webhooks}
    metas = {m for w in webhooks if (m := _event_meta(namer, w.model))}
    models = [
        _strip_examples(
            namer.models[name],
            WEBHOOK_EVENT_BASE if name in events else WEBHOOK_META_BASE if name in metas else None,
        )
        for name in sorted(namer.models)
    ]
    model_names = set(namer.models)
    params = [speller.params[name] for name in sorted(speller.params)]
    return API(
        spec_sha256=spec.sha256,
        spec_source=spec.path.name,
        generator_version=GENERATOR_VERSION,
        models=models,
        operations=sorted(operations, key=lambda o: (o.resource, o.name)),
        resources=_resources(operations, config.naming.modules),
        webhooks=sorted(webhooks, key=lambda w: (w.event_type, w.key)),
        params=params,
        params_imports=_params_module_imports(params),
        request_models=_request_side(
            namer, [o.request_model for o in operations if o.request_model]
        ),
        types_packages=_types_packages(
            operations, webhooks, model_names, config.naming.official_types
        ),
    )


# -- operations ------------------------------------------------------------------------------


def _operation(
    sel: select.SelectedOperation,
    refs: select.RefResolver,
    namer: SchemaRegistry,
    speller: TypeSpeller,
    config: Config,
    response_names: dict[str, str],
    paths: _PathShapes,
) -> OperationIR:
    op = sel.operation
    op_id: str = op["operationId"]
    tags = ", ".join(str(t) for t in op.get("tags") or ()) or "no tag"
    namer.pulled_by = f"operationId {op_id} ({tags})"
    method = sel.method.upper()
    resource, name = naming.method_name(
        sel.path, sel.method, op_id, config.naming, sel.pointer, leaf=paths.is_leaf(sel.path)
    )
    path_params, query_params, header_params = _parameters(sel, refs, namer, speller)
    declared = set(re.findall(r"\{([^}]+)\}", sel.path))
    if declared != {p.wire for p in path_params}:
        raise SpecError(
            sel.pointer + "/parameters",
            f"one `in: path` parameter for each of {sorted(declared)} in {sel.path}",
            sorted(p.wire for p in path_params),
        )
    request_model, body_fields, request_schema, body = _request_body(
        sel, refs, namer, speller, op_id
    )
    path_params, query_params, body_fields, header_params = _rename_arguments(
        op_id,
        config.naming.arguments.get(op_id, {}),
        path_params,
        query_params,
        body_fields,
        header_params,
    )
    response = _response(sel, refs, namer, response_names)
    response_model = response.model
    pagination, page_item = _pagination(namer, response_model, method)
    takes_command_id = any(f.wire == "command_id" for f in body_fields)
    # an `Idempotency-Key` header: a repeated request with the same key is replayed, not
    # repeated; required, every call has one, optional, the runtime checks it was given
    key = next((f for f in header_params if f.wire.lower() == "idempotency-key"), None)
    # safe to repeat: the HTTP method says so, Telnyx ignores a repeated command_id, or a
    # required Idempotency-Key (the same on every retry)
    idempotent = method in _IDEMPOTENT_METHODS or takes_command_id or bool(key and key.required)
    latency_category = _latency_category(op, sel.pointer)
    summary = _text(op.get("summary")) or name.replace("_", " ").capitalize()
    docstring = _docstring(
        summary=summary,
        description=_text(op.get("description")),
        fields=path_params + query_params + body_fields + header_params,
        returns=_returns_doc(response, pagination, page_item),
        source=f"{method} {sel.path}",
        operation_id=op_id,
        takes_command_id=takes_command_id,
        idempotent=idempotent,
        latency_category=latency_category,
        idempotency_key=key,
    )
    return OperationIR(
        operation_id=op_id,
        method=method,
        path=sel.path,
        resource=resource,
        name=name,
        const_name=naming.upper_snake("_".join(resource + (name,))),
        path_params=tuple(path_params),
        query_params=tuple(query_params),
        body_fields=tuple(body_fields),
        request_model=request_model,
        response_model=response_model,
        takes_command_id=takes_command_id,
        idempotent=idempotent,
        base64_fields=tuple(
            f.wire for f in body_fields if _is_base64(f.wire, request_model, namer)
        ),
        open_objects=_open_objects(namer, request_model),
        pagination=pagination,
        page_item=page_item,
        docstring=docstring,
        latency_category=latency_category,
        deprecated=bool(op.get("deprecated")),
        pointer=sel.pointer,
        request_schema=request_schema,
        response_schema=response.schema,
        response_kind=response.kind,
        accept=response.accept,
        body=body,
        header_params=tuple(header_params),
        idempotency_header=key.wire if key else None,
    )


_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class _PathShapes:
    """What the naming rule asks of the spec's paths as a whole (not the selection: a name
    does not depend on what is selected), counted once per build."""

    def __init__(self, paths: dict[str, Any]) -> None:
        self._operations = {
            path: sum(1 for m in _HTTP_METHODS if m in (item or {})) for path, item in paths.items()
        }
        self._under: Counter[tuple[str, ...]] = Counter()  # static prefix -> paths having it
        for path in paths:
            statics = naming.static_segments(path)
            self._under.update(statics[:k] for k in range(1, len(statics) + 1))

    def is_leaf(self, path: str) -> bool:
        """Whether `path` has one operation and no other path has its static segments and
        more, or the same ones (`/x/preview` and `/x/{id}/preview` both make `x.preview`)."""
        return self._operations.get(path) == 1 and self._under[naming.static_segments(path)] == 1


@functools.cache
def _runtime_module(relative: str) -> ModuleType:
    """A plain-data module of the runtime (`overlay/telnyx_voice/<relative>`, no package
    imports), for rules that live there only: `_deadlines.py` (latency categories and
    their default timeouts, quoted by the docstrings), `webhooks/_event_type.py` (where a
    webhook's `event_type` sits)."""
    path = OVERLAY_DIR / relative
    name = "_telnyx_voice_" + relative.removesuffix(".py").replace("/", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _deadlines() -> ModuleType:
    return _runtime_module("_deadlines.py")


def _latency_category(op: dict[str, Any], pointer: str) -> str:
    """The operation's `x-latency-category` (untagged: the runtime's default category)."""
    deadlines = _deadlines()
    category = op.get("x-latency-category", deadlines.DEFAULT_CATEGORY)
    if category not in deadlines.CATEGORY_TIMEOUTS:
        raise SpecError(
            pointer + "/x-latency-category",
            "one of " + ", ".join(sorted(deadlines.CATEGORY_TIMEOUTS)),
            category,
        )
    return str(category)


def _parameters(
    sel: select.SelectedOperation,
    refs: select.RefResolver,
    namer: SchemaRegistry,
    speller: TypeSpeller,
) -> tuple[list[Field], list[Field], list[Field]]:
    """The path, query and header parameters (path item's and operation's merged). Header
    parameters are keyword arguments named by the rule from their snake-cased name
    (`Idempotency-Key` -> `idempotency_key`), except the headers the client sets itself
    (`_CLIENT_HEADERS`); cookie parameters are not supported."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    for source, items in (
        ("path item", sel.path_item.get("parameters")),
        ("op", sel.operation.get("parameters")),
    ):
        base = sel.pointer.rsplit("/", 1)[0] if source == "path item" else sel.pointer
        for i, raw in enumerate(items or ()):
            param, where = refs.located(raw, f"{base}/parameters/{i}")
            if not isinstance(param, dict) or "name" not in param or "in" not in param:
                raise SpecError(where, "a parameter object with `name` and `in`", param)
            merged[(param["in"], param["name"])] = (param, where)
    path_params: list[Field] = []
    query_params: list[Field] = []
    header_params: list[Field] = []
    op_hint = pascal(sel.operation["operationId"])
    for (location, wire), (param, where) in merged.items():
        if location == "header" and wire.lower() not in _CLIENT_HEADERS:
            header_params.append(_header(wire, param, where, namer, speller, op_hint))
            continue
        if location not in ("path", "query"):
            continue  # Authorization and Content-Type are the client's; cookies unsupported
        schema = param.get("schema", {"type": "string"})
        hoisted = namer.field_schema(schema, op_hint + pascal(wire), where + "/schema")
        style = param.get("style", "form")
        if style not in ("form", "simple", "deepObject"):
            raise SpecError(where + "/style", "style form, simple or deepObject", style)
        field = Field(
            name=naming.argument_name(wire),
            wire=wire,
            location=location,
            required=location == "path" or bool(param.get("required")),
            spelling=TypeSpelling("str")
            if location == "path"
            else speller.param(hoisted, hint=op_hint + pascal(wire)),
            doc=_field_doc(
                wire, param.get("description") or schema.get("description"), hoisted, namer
            ),
            style="deepObject" if style == "deepObject" else "form",
            explode=bool(param.get("explode", style != "simple")),
            source=SchemaAt(schema, where + "/schema"),
        )
        (path_params if location == "path" else query_params).append(field)
        if field.style == "deepObject":
            query_params.extend(_flattened(field, hoisted, speller, namer, merged))
    order = re.findall(r"\{([^}]+)\}", sel.path)
    path_params.sort(key=lambda f: order.index(f.wire) if f.wire in order else len(order))
    query_params.sort(key=lambda f: (not f.required, f.name))
    header_params.sort(key=lambda f: (not f.required, f.name))
    return path_params, query_params, header_params


def _header(
    wire: str,
    param: dict[str, Any],
    where: str,
    namer: SchemaRegistry,
    speller: TypeSpeller,
    op_hint: str,
) -> Field:
    """A header parameter as a keyword argument (`Idempotency-Key` -> `idempotency_key`:
    header names are case-insensitive, so the rule gets the snake-cased name)."""
    schema = param.get("schema", {"type": "string"})
    hoisted = namer.field_schema(schema, op_hint + pascal(wire), where + "/schema")
    return Field(
        name=naming.argument_name(naming.snake(wire)),
        wire=wire,
        location="header",
        required=bool(param.get("required")),
        spelling=speller.param(hoisted, hint=op_hint + pascal(wire)),
        doc=_field_doc(wire, param.get("description") or schema.get("description"), hoisted, namer),
        source=SchemaAt(schema, where + "/schema"),
    )


# deepObject keys that also get a flat keyword argument, as in the official SDK:
# `page={"number": 2}` or `page_number=2` both send `page[number]=2`
_FLATTENED = {"page": ("number", "size")}


def _flattened(
    field: Field,
    schema: Any,
    speller: TypeSpeller,
    namer: SchemaRegistry,
    merged: dict[tuple[str, str], Any],
) -> list[Field]:
    props = (schema.get("properties") or {}) if isinstance(schema, dict) else {}
    out = []
    for key in _FLATTENED.get(field.wire, ()):
        wire = f"{field.wire}[{key}]"
        if key not in props or ("query", wire) in merged:
            continue
        out.append(
            Field(
                name=f"{field.wire}_{key}",
                wire=wire,
                location="query",
                required=False,
                spelling=speller.param(props[key]),
                doc=_field_doc(wire, _description(props[key], namer), props[key], namer)
                + f" The same as `{field.name}={{{key!r}: ...}}`.",
            )
        )
    return out


def _rename_arguments(
    op_id: str,
    renames: dict[str, str],
    path_params: list[Field],
    query_params: list[Field],
    body_fields: list[Field],
    header_params: list[Field],
) -> tuple[list[Field], list[Field], list[Field], list[Field]]:
    """Apply spec/naming.yaml `arguments`; a path parameter that a body field shares a name
    with becomes `<name>_path`, a header parameter that another argument shares a name with
    `header_<name>` (as the official SDK: `header_payment_signature`); keyword arguments
    must be unique."""
    body_names = {f.name for f in body_fields}
    other_names = body_names | {f.name for f in path_params + query_params}

    def renamed(f: Field) -> Field:
        new = renames.get(f"{f.location}.{f.wire}")
        if new is None and f.location == "path" and f.name in body_names:
            new = f"{f.name}_path"
        if new is None and f.location == "header" and f.name in other_names:
            new = f"header_{f.name}"
        return dataclasses.replace(f, name=new) if new else f

    out = (
        [renamed(f) for f in path_params],
        [renamed(f) for f in query_params],
        [renamed(f) for f in body_fields],
        [renamed(f) for f in header_params],
    )
    names = [f.name for group in out for f in group]
    if len(names) != len(set(names)):
        raise SpecError(
            f"spec/naming.yaml arguments.{op_id}", "unique argument names", sorted(names)
        )
    return out


_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_OCTET = "application/octet-stream"
# headers the client sets itself: a header parameter of one of these names is no argument
_CLIENT_HEADERS = frozenset({"authorization", "content-type"})


def _body_media_type(content: dict[str, Any], where: str) -> str:
    """The media type the SDK sends: JSON when the spec lists it (also next to a form or
    multipart type, as the official SDK does), else form, multipart, else the first."""
    if not content:
        raise SpecError(where + "/content", "a request body with at least one media type")
    for media_type in (_JSON, _FORM, _MULTIPART):
        if media_type in content:
            return media_type
    return next(iter(content))


def _body_kind(media_type: str, hoisted: Any) -> tuple[BodyKind, str]:
    """The body kind and the Content-Type sent for a media type and its (hoisted) schema."""
    if media_type == _JSON:
        return "json", _JSON
    if media_type == _FORM:
        return "form", _FORM
    if media_type == _MULTIPART:
        return "multipart", _MULTIPART
    if media_type == "*/*" and isinstance(hoisted, dict) and hoisted.get("type") != "string":
        return "json", _JSON  # an object "of any type": the official SDK sends JSON
    return "raw", _OCTET if "*" in media_type else media_type


def _request_body(
    sel: select.SelectedOperation,
    refs: select.RefResolver,
    namer: SchemaRegistry,
    speller: TypeSpeller,
    op_id: str,
) -> tuple[str | None, list[Field], SchemaAt | None, RequestBody | None]:
    """The request model, the body's arguments, its schema and how it is sent.

    A `$ref` with sibling keys (`title`, `default`, `description`) is the referenced
    component; a sibling `description` documents a whole-body argument."""
    raw = sel.operation.get("requestBody")
    if raw is None:
        return None, [], None, None
    where = sel.pointer + "/requestBody"
    body, located = refs.located(raw, where)
    if not isinstance(body, dict):
        raise SpecError(where, "a request body object", body)
    content = body.get("content") or {}
    media_type = _body_media_type(content, located)
    token = select.pointer_token(media_type)
    schema = (content[media_type] or {}).get("schema")
    if schema is None and media_type in (_JSON, _FORM, _MULTIPART):
        raise SpecError(f"{located}/content/{token}", "a schema")
    source = SchemaAt(schema, f"{located}/content/{token}/schema")
    doc_override = ""
    if isinstance(schema, dict) and "$ref" in schema and len(schema) > 1:
        doc_override = _text(schema.get("description"))
        schema = {"$ref": schema["$ref"]}
    hoisted = namer.resolve(schema) if isinstance(schema, dict) and "$ref" in schema else schema
    kind, content_type = _body_kind(media_type, hoisted)
    required_body = bool(body.get("required"))
    description = doc_override or _text(body.get("description"))
    if kind == "raw":
        argument = Field(
            name="body",
            wire="body",
            location="body",
            required=required_body,
            spelling=RAW_TYPES,
            doc=description or "The raw request body (bytes, a binary file or a path).",
        )
        return None, [argument], source, RequestBody(kind, content_type, argument="body")
    model = namer.named(pascal(op_id) + "Request", schema, where)
    hoisted = namer.models[model].schema
    properties, required = speller.properties(hoisted)
    files = (
        tuple(w for w, p in properties.items() if _is_file(p, namer)) if kind == "multipart" else ()
    )
    part_types = _part_types(content[media_type]) if kind == "multipart" else ()
    if properties and not any(k in hoisted for k in ("oneOf", "anyOf")) or "properties" in hoisted:
        fields = [
            Field(
                name=naming.argument_name(wire),
                wire=wire,
                location="body",
                required=wire in required,
                spelling=FILE_TYPES if wire in files else speller.signature(prop),
                doc=_field_doc(wire, _description(prop, namer), prop, namer),
            )
            for wire, prop in properties.items()
        ]
        fields.sort(key=lambda f: (not f.required, f.name))
        body_ir = RequestBody(kind, content_type, file_fields=files, part_types=part_types)
        return model, fields, source, body_ir
    # one argument for the whole body: an array, a union, an object without properties
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    name = (
        naming.argument_name(naming.snake(ref.rsplit("/", 1)[-1]))
        if isinstance(ref, str) and any(k in hoisted for k in ("oneOf", "anyOf"))
        else "body"
    )
    files = _union_files(hoisted, namer) if kind == "multipart" else ()
    argument = Field(
        name=name,
        wire=name,
        location="body",
        required=required_body,
        spelling=speller.signature(schema) if not files else _ANY_PARTS,
        doc=description or _field_doc(name, _description(hoisted, namer), hoisted, namer),
    )
    return model, [argument], source, RequestBody(kind, content_type, name, files, part_types)


# a multipart body whose union members hold files: its parts by name
_ANY_PARTS = TypeSpelling(
    "Mapping[str, object]", frozenset({TypeRef("collections.abc", "Mapping")})
)


def _part_types(media: Any) -> tuple[tuple[str, str], ...]:
    """The multipart parts whose Content-Type the spec's `encoding` fixes (one type, not a
    list of accepted ones)."""
    encoding = (media or {}).get("encoding") or {}
    return tuple(
        (name, str(spec["contentType"]))
        for name, spec in encoding.items()
        if isinstance(spec, dict)
        and isinstance(spec.get("contentType"), str)
        and "," not in spec["contentType"]
        and "*" not in spec["contentType"]
    )


def _is_file(schema: Any, namer: SchemaRegistry) -> bool:
    """A multipart part that is a file: `type: string` with `format: binary`."""
    target = namer.resolve(schema) if isinstance(schema, dict) else None
    return isinstance(target, dict) and target.get("format") == "binary"


def _union_files(schema: dict[str, Any], namer: SchemaRegistry) -> tuple[str, ...]:
    """The file parts of any member of a multipart `oneOf`/`anyOf` body."""
    found: dict[str, None] = {}
    for keyword in ("oneOf", "anyOf"):
        for member in schema.get(keyword) or ():
            props = (namer.resolve(member) or {}).get("properties") or {}
            found.update((w, None) for w, p in props.items() if _is_file(p, namer))
    return tuple(found)


def _success(
    sel: select.SelectedOperation, refs: select.RefResolver
) -> tuple[str, dict[str, Any], str, str] | None:
    """`(status, response, where, pointer)` of the first success response the SDK parses:
    `where` is its place under the operation, `pointer` the response object behind `$ref`s."""
    responses = sel.operation.get("responses") or {}
    for status in _SUCCESS:
        if status in responses:
            where = f"{sel.pointer}/responses/{status}"
            response, pointer = refs.located(responses[status], where)
            return status, response, where, pointer
    return None


def _response_names(
    selected: list[select.SelectedOperation], refs: select.RefResolver
) -> dict[str, str]:
    """Names for inline success-response schemas: the schema's title when every inline
    response with that title has the same shape (`CallControlCommandResponse`), else the
    operation's name (`SendDTMFResponse`)."""
    shapes: dict[str, set[str]] = defaultdict(set)
    inline: dict[str, tuple[str | None, str]] = {}
    for sel in selected:
        found = _success(sel, refs)
        schema = ((found[1].get("content") or {}).get(_JSON) or {}).get("schema") if found else None
        if isinstance(schema, dict) and "$ref" not in schema:
            title = schema.get("title") if isinstance(schema.get("title"), str) else None
            shape = canonical(schema)
            if title:
                shapes[title].add(shape)
            inline[sel.operation["operationId"]] = (title, shape)
    names = {}
    for op_id, (title, _) in inline.items():
        if title and len(shapes[title]) == 1:
            names[op_id] = pascal(title)
        else:
            names[op_id] = pascal(op_id) + "Response"
    return names


@dataclasses.dataclass(frozen=True)
class _Response:
    """What the success response is: its model (JSON), kind, `Accept` media type, doc."""

    model: str | None
    doc: str
    schema: SchemaAt | None
    kind: ResponseKind = "json"
    accept: str | None = None


def _response_kind(content: dict[str, Any], where: str) -> tuple[ResponseKind, str | None]:
    """JSON when the response offers `application/json` (other media types beside it, such
    as `text/csv`, are asked for with `Accept` and `extra_headers`); else `text` for a
    `text/*` media type (the body decoded: `str`, as the official SDK returns it, even
    when the schema says `format: binary`), `binary` for any other (PDF, audio, images,
    octet-stream, `*`: the bytes in a binary response object). The media type is sent as
    `Accept`; a response offering several non-JSON ones is a located error."""
    if not content or _JSON in content:
        return "json", None
    if len(content) > 1:
        raise SpecError(where + "/content", "one media type (or application/json)", sorted(content))
    (media,) = content
    accept = "*/*" if media == "*" else str(media)
    return ("text" if accept.startswith("text/") else "binary"), accept


def _response(
    sel: select.SelectedOperation,
    refs: select.RefResolver,
    namer: SchemaRegistry,
    response_names: dict[str, str],
) -> _Response:
    found = _success(sel, refs)
    if found is None:
        raise SpecError(sel.pointer + "/responses", "a 2xx response")
    status, response, where, pointer = found
    content = response.get("content") or {}
    description = _text(response.get("description"))
    kind, accept = _response_kind(content, pointer)
    if kind != "json":
        return _Response(None, description, None, kind, accept)
    if _JSON not in content:
        return _Response(None, description or f"HTTP {status} with no body", None)
    schema = content[_JSON].get("schema")
    op_id = sel.operation["operationId"]
    hint = response_names.get(op_id, pascal(op_id) + "Response")
    model = namer.named(hint, schema, f"{where}/content/{_JSON_POINTER}/schema")
    source = SchemaAt(schema, f"{pointer}/content/{_JSON_POINTER}/schema")
    return _Response(model, description, source)


def _pagination(namer: SchemaRegistry, model: str | None, method: str) -> tuple[Any, str | None]:
    if model is None or method != "GET":
        return None, None
    props = namer.models[model].schema.get("properties") or {}
    data, meta = props.get("data"), props.get("meta")
    if not (isinstance(data, dict) and data.get("type") == "array" and isinstance(meta, dict)):
        return None, None
    meta_props = namer.resolve(meta).get("properties") or {}
    item = data.get("items", {}).get("$ref", "")[len(_REF_PREFIX) :] or None
    item = _result_type(namer, item) if item else None
    if "cursors" in meta_props:
        return "cursor", item
    if "page_number" in meta_props and "total_pages" in meta_props:
        return "page_number", item
    return None, None


def _result_type(namer: SchemaRegistry, name: str) -> str:
    """A model a call yields, as a type: its class, or for a union of models (which
    datamodel-code-generator writes into the fields that use it, leaving no class of its
    name: `DetailRecord`) the union of its members' classes."""
    schema = namer.models[name].schema
    members = schema.get("oneOf") or schema.get("anyOf")
    if "properties" in schema or "allOf" in schema or not isinstance(members, list):
        return name
    refs = [m.get("$ref") for m in members if isinstance(m, dict)]
    if len(refs) != len(members) or not all(isinstance(r, str) for r in refs):
        return name
    return _union([_result_type(namer, r[len(_REF_PREFIX) :]) for r in refs])


def _module(path: tuple[str, ...], modules: dict[str, str]) -> str:
    """The module of resource `path`: its levels joined by `_`, unless spec/naming.yaml
    `modules` names it."""
    return modules.get(".".join(path), "_".join(path))


def _check_unique(operations: list[OperationIR], modules_named: dict[str, str]) -> None:
    """Every operation a method of its own, and every resource a module of its own: one
    located error listing each collision with both sides (resolved in spec/naming.yaml
    `overrides`)."""
    methods: dict[tuple[str, ...], OperationIR] = {}
    modules: dict[str, tuple[str, ...]] = {}
    clashes = []
    for op in operations:
        key = op.resource + (op.name,)
        other = methods.setdefault(key, op)
        if other is not op:
            clashes.append(
                f"client.{'.'.join(key)} is both operationId {other.operation_id}"
                f" ({other.method} {other.path}) and operationId {op.operation_id}"
                f" ({op.method} {op.path})"
            )
        for depth in range(1, len(op.resource) + 1):
            path = op.resource[:depth]
            module = _module(path, modules_named)
            seen = modules.setdefault(module, path)
            if seen != path:
                clashes.append(
                    f"resources client.{'.'.join(seen)} and client.{'.'.join(path)}"
                    f" both map to module {module}.py (name one in `modules`)"
                )
    resources = {
        op.resource[:depth] for op in operations for depth in range(1, len(op.resource) + 1)
    }
    for key, op in methods.items():
        if key in resources:  # `client.x.preview` both a method and a sub-resource
            clashes.append(
                f"client.{'.'.join(key)} is both operationId {op.operation_id}"
                f" ({op.method} {op.path}) and a resource"
            )
    if clashes:
        raise SpecError(
            "#/paths",
            "one method per operation and one module per resource; add overrides"
            " (operationId: resource.method) in spec/naming.yaml",
            "; ".join(dict.fromkeys(clashes)),
        )


def _resources(operations: list[OperationIR], modules: dict[str, str]) -> list[Resource]:
    by_path: dict[tuple[str, ...], Resource] = {}

    def get(path: tuple[str, ...]) -> Resource:
        if path not in by_path:
            by_path[path] = Resource(
                path=path,
                class_name=pascal("_".join(path)) + "Resource",
                module=_module(path, modules),
            )
            if len(path) > 1:
                get(path[:-1]).children.append(by_path[path])
        return by_path[path]

    for op in sorted(operations, key=lambda o: (o.resource, o.name)):
        get(op.resource).operations.append(op)
    for res in by_path.values():
        res.children.sort(key=lambda r: r.path)
        _annotate_imports(res)
    return sorted((r for p, r in by_path.items() if len(p) == 1), key=lambda r: r.path)


def _ref(module: str, *names: str) -> frozenset[TypeRef]:
    return frozenset(TypeRef(module, name) for name in names)


# what the body of every resource module (resource.py.j2) uses, besides its annotations
_RESOURCE_BODY = (
    _ref("collections.abc", "Mapping")
    | _ref("functools", "cached_property")
    | _ref("telnyx_voice", "_operations")
    | _ref("telnyx_voice._resource", "AsyncAPIResource", "SyncAPIResource")
    | _ref(
        "telnyx_voice._types", "NOT_GIVEN", "Headers", "NotGiven", "RequestOptions", "TimeoutTypes"
    )
)
_PAGES = _ref(
    "telnyx_voice._pagination",
    "AsyncDefaultFlatPagination",
    "AsyncPaginator",
    "SyncDefaultFlatPagination",
)


# the raw and streaming wrappers of a module without operations of its own
_WRAPPERS = tuple(
    f"{a}to_{k}_wrapper" for a in ("", "async_") for k in ("raw_response", "streamed_response")
)


def _annotate_imports(res: Resource) -> None:
    """A resource module's imports: what its body uses (the response wrappers of its methods,
    binary response classes), and what the annotations of its methods (fields, results,
    pages) and of its child-resource properties mention. A model named like a class the
    module defines or imports (`MediaResource`) is imported as `_MediaResource`."""
    refs = set(_RESOURCE_BODY)
    wrappers = {
        name
        for op in res.operations
        for stream in (False, True)
        for is_async in (False, True)
        for name in op.wrapper_names(stream, is_async)
    }
    refs |= _ref("telnyx_voice._response", *(wrappers or _WRAPPERS))
    for op in res.operations:
        for f in op.fields:
            refs |= f.spelling.refs
        if op.result_model:
            refs |= _ref(MODELS_MODULE, *op.result_model.split(" | "))
        if op.pagination:
            refs |= _PAGES
    for child in res.children:
        refs |= _ref(f"telnyx_voice.resources.{child.module}", *_classes_of(child))
    others = {r.name for r in refs if r.module != MODELS_MODULE} | set(_classes_of(res))
    res.model_aliases = {
        r.name: f"_{r.name}" for r in refs if r.module == MODELS_MODULE and r.name in others
    }
    later = {r for r in refs if r.module.startswith(ANNOTATION_MODULES)}
    if later:
        refs.add(TypeRef("typing", "TYPE_CHECKING"))
    res.imports = import_lines(refs - later)
    res.type_checking_imports = import_lines(later, aliases=res.model_aliases)


def _classes_of(res: Resource) -> tuple[str, ...]:
    """The six classes a resource module defines (sync and async, plain, raw, streaming)."""
    return tuple(
        f"{prefix}{res.class_name}{kind}"
        for prefix in ("", "Async")
        for kind in ("", "WithRawResponse", "WithStreamingResponse")
    )


def _params_class_imports(fields: tuple[Field, ...]) -> tuple[ImportFrom, ...]:
    """A `...Params` module's imports: `TypedDict` (and `Required`) and what its keys mention."""
    refs = {TypeRef("typing_extensions", "TypedDict")}
    if any(f.required for f in fields):
        refs.add(TypeRef("typing_extensions", "Required"))
    for f in fields:
        refs |= f.spelling.refs
    return import_lines(refs)


def _params_module_imports(params: list[ParamType]) -> tuple[ImportFrom, ...]:
    """`types/params.py`'s imports: what the keys of its TypedDicts mention."""
    refs = {TypeRef("typing_extensions", "TypedDict")}
    for p in params:
        for key in p.keys:
            refs |= key.spelling.refs
            if key.required:
                refs.add(TypeRef("typing_extensions", "Required"))
    return import_lines(refs, within=PARAMS_MODULE)


# -- the official SDK's type names -------------------------------------------------------------


def _types_packages(
    operations: list[OperationIR],
    webhooks: list[WebhookEvent],
    models: set[str],
    rule: OfficialTypeNaming,
) -> list[TypesPackage]:
    """The official names, per types package: a `...Params` TypedDict per operation with
    keyword arguments besides path parameters, a `...Response` alias of its response (list:
    item) model, a `...WebhookEvent` alias per event (spec/naming.yaml `official_types`);
    each also in its own module named after it (`action_speak_params`)."""
    packages: dict[tuple[str, ...], TypesPackage] = {}
    models_module = "telnyx_voice.types.models"
    reserved = {"models", "webhook_events"} | {op.resource[0] for op in operations}

    clashes: list[str] = []

    def add(path: tuple[str, ...], export: Export, where: str) -> None:
        try:
            _add(path, export, where)
        except SpecError as error:
            clashes.append(str(error).removeprefix("spec error at "))

    def _add(path: tuple[str, ...], export: Export, where: str) -> None:
        pkg = packages.setdefault(path, TypesPackage(path=path))
        if (
            not path
            and export.name in models
            and (export.module, export.attr)
            != (
                models_module,
                export.name,
            )
        ):
            raise SpecError(where, f"an official name other than our model {export.name}")
        if reserved & set(export.official_modules):
            raise SpecError(where, "an official module name not used by the package itself")
        for seen in pkg.exports:
            if export.name == seen.name or set(export.official_modules) & set(
                seen.official_modules
            ):
                if seen != export:
                    raise SpecError(where, f"one meaning for {pkg.module}.{export.name}", export)
                return
        pkg.exports.append(export)

    def types_module(path: tuple[str, ...], name: str) -> str:
        return ".".join(("telnyx_voice", "types") + path + (name,))

    for op in sorted(operations, key=lambda o: (o.resource, o.name)):
        path, stem = naming.official_type_names(op.resource, op.name, rule)
        where = f"operationId {op.operation_id} (spec/naming.yaml official_types)"
        if op.query_params or op.body_fields:
            params = ParamsClass(
                name=stem + "Params",
                method="client." + ".".join(op.resource + (op.name,)),
                positional=op.positional_params[0].name if op.positional_params else None,
                fields=op.keyword_params,
            )
            params.imports = _params_class_imports(params.fields)
            module = naming.snake(params.name)
            export = Export(params.name, types_module(path, module), params.name, module, params)
            add(path, export, where)
        target = op.page_item if op.pagination else op.response_model
        if target and target.isidentifier():  # a union of models has no class to alias
            name = rule.responses.get(op.operation_id, stem + "Response")
            add(path, Export(name, models_module, target, naming.snake(name)), where)
    for event in webhooks:
        module, *twins = naming.official_event_modules(event.official)
        export = Export(
            event.official, models_module, event.model, module, twin_modules=tuple(twins)
        )
        add((), export, f"webhook {event.key}")
    if clashes:
        raise SpecError(
            "spec/naming.yaml official_types",
            "official type names that clash with none of ours (name them in `responses`)",
            "; ".join(clashes),
        )
    for pkg in packages.values():
        pkg.exports.sort(key=lambda e: e.name)
    return sorted(packages.values(), key=lambda p: p.path)


# -- webhooks --------------------------------------------------------------------------------


def _webhook(
    sel: select.SelectedWebhook, refs: select.RefResolver, namer: SchemaRegistry
) -> WebhookEvent:
    where = sel.pointer + "/requestBody"
    namer.pulled_by = f"webhook {sel.key}"
    body, pointer = refs.located(sel.operation.get("requestBody"), where)
    schema = ((body or {}).get("content") or {}).get(_JSON, {}).get("schema")
    if schema is None:
        raise SpecError(where, "an application/json request body schema")
    model = namer.named(pascal(sel.key) + "Event", schema, where)
    event_types = _event_types(namer, model)
    if not event_types:
        # not dispatched by `event_type`: the class is generated, parsed with
        # `Model.model_validate(...)` or `router.on(Model)`, never guessed from the payload
        print(
            f"note: webhook {sel.key}: no data.event_type value; {model} is not in EVENT_TYPES",
            file=sys.stderr,
        )
    return WebhookEvent(
        event_types=event_types,
        key=sel.key,
        model=model,
        official=naming.official_event(model),
        pointer=sel.pointer,
        payload=SchemaAt(schema, f"{pointer}/content/{_JSON_POINTER}/schema"),
    )


def _event_meta(namer: SchemaRegistry, model: str) -> str | None:
    """The model of an event's own top-level `meta` object, if its schema has one."""
    prop = (namer.models[model].schema.get("properties") or {}).get("meta")
    ref = prop.get("$ref") if isinstance(prop, dict) else None
    if not isinstance(ref, str):
        return None
    name = ref[len(_REF_PREFIX) :]
    return name if "properties" in namer.models[name].schema else None


def _event_types(namer: SchemaRegistry, model: str) -> tuple[str, ...]:
    """The event's `event_type` values (one, several (an enum), or none), at the first of
    the runtime's locations (`webhooks/_event_type.py` `EVENT_TYPE_LOCATIONS`:
    `data.event_type`, else the top level, as the spec has `conference.floor.changed`)
    that the event's schema has."""
    for path in _runtime_module("webhooks/_event_type.py").EVENT_TYPE_LOCATIONS:
        schema: Any = namer.models[model].schema
        for key in path:
            prop = (schema.get("properties") or {}).get(key) if isinstance(schema, dict) else None
            schema = namer.resolve(prop) if isinstance(prop, dict) else None
        if isinstance(schema, dict):
            values = [schema["const"]] if "const" in schema else schema.get("enum") or []
            return tuple(v for v in values if isinstance(v, str))
    return ()


# -- types and docs --------------------------------------------------------------------------


class TypeSpeller:
    """Python annotations for schemas, and the request-side TypedDicts they mention.

    Two spellings of one schema: in a method signature an object model is
    `Model | ModelParam` (an instance or a dict literal), inside a TypedDict it is
    `ModelParam`. Every object model a request can contain, at any depth, gets its
    `ParamType` (collected in `params`); inline objects of query parameters, which have
    no model, get one named after `hint`.
    """

    def __init__(self, namer: SchemaRegistry) -> None:
        self._namer = namer
        self.params: dict[str, ParamType] = {}
        self._spelling: set[str] = set()
        # the names each spelling in progress mentions (a TypedDict defined while spelling
        # an annotation collects its keys' names on its own level)
        self._mentioned: list[set[TypeRef]] = []

    def signature(self, schema: Any, *, hint: str = "") -> TypeSpelling:
        """The annotation of a keyword argument (without `| NotGiven`)."""
        return self._spelled(schema, param=False, hint=hint)

    def param(self, schema: Any, *, hint: str = "") -> TypeSpelling:
        """The annotation of a value inside a TypedDict."""
        return self._spelled(schema, param=True, hint=hint)

    def _spelled(self, schema: Any, *, param: bool, hint: str) -> TypeSpelling:
        self._mentioned.append(set())
        try:
            text = self._spell(schema, param=param, hint=hint)
        finally:
            refs = self._mentioned.pop()
        return TypeSpelling(text, frozenset(refs))

    def _mention(self, module: str, name: str) -> str:
        self._mentioned[-1].add(TypeRef(module, name))
        return name

    # -- spelling -----------------------------------------------------------------------------

    def _spell(self, schema: Any, *, param: bool, hint: str) -> str:
        if not isinstance(schema, dict):
            return self._mention("typing", "Any")
        if "$ref" in schema:
            name = schema["$ref"][len(_REF_PREFIX) :]
            target = self._namer.models[name].schema
            if "properties" in target or "allOf" in target:
                typed = self._mention(PARAMS_MODULE, self._model_param(name))
                base = typed if param else f"{self._mention(MODELS_MODULE, name)} | {typed}"
            else:  # enums and unions are spelled out inline
                base = self._inline(target, param=param, hint=name)
            return base + (" | None" if schema.get("nullable") else "")
        return self._inline(schema, param=param, hint=hint)

    def _inline(self, schema: dict[str, Any], *, param: bool, hint: str) -> str:
        if "const" in schema:
            return f"{self._mention('typing', 'Literal')}[{py_literal(schema['const'])}]"
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            literal = (
                f"{self._mention('typing', 'Literal')}[{', '.join(py_literal(v) for v in values)}]"
                if values
                else "None"
            )
            return literal + (" | None" if None in schema["enum"] or schema.get("nullable") else "")
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                members = [
                    self._spell(m, param=param, hint=hint)
                    for m in schema[keyword]
                    if isinstance(m, dict) and not constraint_only(m)
                ]
                if members:
                    return _union(members)
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        if not kinds and "properties" in schema:
            kinds = ["object"]
        parts = [self._single(k, schema, param=param, hint=hint) for k in kinds]
        if schema.get("nullable") and "None" not in parts:
            parts.append("None")
        if not parts:
            return self._mention("typing", "Any")
        return _union(parts)

    def _single(self, kind: str, schema: dict[str, Any], *, param: bool, hint: str) -> str:
        if kind == "array":
            item = self._spell(schema.get("items", {}), param=param, hint=hint + "Item")
            # a `str` is a sequence of strings too: `to="+1..."` must not pass for a list
            if "str" in item.split(" | "):
                return f"{self._mention('telnyx_voice._types', 'SequenceNotStr')}[{item}]"
            return f"{self._mention('collections.abc', 'Sequence')}[{item}]"
        if kind == "object":
            if schema.get("properties") and hint:
                return self._mention(PARAMS_MODULE, self._inline_param(hint, schema))
            extra = schema.get("additionalProperties")
            value = (
                self._spell(extra, param=param, hint=hint + "Value")
                if isinstance(extra, dict) and extra
                else self._mention("typing", "Any")
            )
            return f"{self._mention('collections.abc', 'Mapping')}[str, {value}]"
        return _PRIMITIVES.get(kind) or self._mention("typing", "Any")

    # -- TypedDicts ---------------------------------------------------------------------------

    def _model_param(self, model: str) -> str:
        name = model + "Param"
        if name not in self.params and name not in self._spelling:
            found = self._namer.models[model]
            self._define(name, found.schema, found.pointer)
        return name

    def _inline_param(self, hint: str, schema: dict[str, Any]) -> str:
        name = hint + "Param"
        if name not in self.params and name not in self._spelling:
            self._define(name, schema, f"(inline object of {hint})")
        return name

    def _define(self, name: str, schema: dict[str, Any], pointer: str) -> None:
        self._spelling.add(name)
        base = name[: -len("Param")]
        properties, required = self._properties(schema)
        keys = tuple(
            ParamKey(
                wire=wire,
                spelling=self.param(prop, hint=base + pascal(wire)),
                required=wire in required,
                doc=_field_doc(wire, _description(prop, self._namer), prop, self._namer),
            )
            for wire, prop in properties.items()
        )
        doc = _text(schema.get("description") or schema.get("title"))
        doc = doc or f"`{base}` as a dict literal (keys as sent on the wire)."
        self.params[name] = ParamType(name=name, doc=doc, keys=keys, source=pointer)
        self._spelling.discard(name)

    def properties(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        """An object schema's properties and required keys, `allOf` members merged in."""
        return self._properties(schema) if isinstance(schema, dict) else ({}, set())

    def _properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required keys, `allOf` members merged in."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for member in schema.get("allOf") or ():
            props, req = self._properties(self._namer.resolve(member))
            properties.update(props)
            required |= req
        properties.update(schema.get("properties") or {})
        required |= set(schema.get("required") or ())
        return properties, required


def _request_side(namer: SchemaRegistry, roots: list[str]) -> frozenset[str]:
    """The models a request can contain: the request bodies and every model they reach."""
    seen: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
                name = ref[len(_REF_PREFIX) :]
                if name not in seen and name in namer.models:
                    seen.add(name)
                    visit(namer.models[name].schema)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for root in roots:
        visit({"$ref": _REF_PREFIX + root})
    return frozenset(seen)


def _union(parts: list[str]) -> str:
    seen: list[str] = []
    for part in " | ".join(parts).split(" | "):
        if part not in seen:
            seen.append(part)
    if "None" in seen:
        seen.remove("None")
        seen.append("None")
    return " | ".join(seen)


def _open_objects(namer: SchemaRegistry, model: str | None) -> tuple[str, ...]:
    """The objects of a request body that take keys the spec does not list: declared with
    `additionalProperties` (true or a schema), or without properties. Every other object
    rejects an unknown key before sending."""
    if model is None:
        return ()
    return tuple(
        sorted(
            name
            for name in _request_side(namer, [model])
            if _is_object(namer.models[name].schema)
            and (
                namer.models[name].schema.get("additionalProperties") not in (None, False)
                or not namer.models[name].schema.get("properties")
            )
        )
    )


def _is_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


_BASE64 = re.compile(r"base-?64[- ]encoded", re.IGNORECASE)


def _is_base64(wire: str, model: str | None, namer: SchemaRegistry) -> bool:
    """A string body field the spec says must be base64 (`format: byte`, or a description
    saying "Base-64 encoded", as `client_state` has): checked before sending."""
    if model is None:
        return False
    prop = (namer.models[model].schema.get("properties") or {}).get(wire)
    target = namer.resolve(prop) if isinstance(prop, dict) else {}
    if not isinstance(target, dict) or target.get("type") != "string":
        return False
    text = f"{prop.get('description') or ''} {target.get('description') or ''}"
    return target.get("format") == "byte" or bool(_BASE64.search(text))


def _description(schema: dict[str, Any], namer: SchemaRegistry) -> str:
    if schema.get("description"):
        return str(schema["description"])
    target = namer.resolve(schema)
    return str(target.get("description") or target.get("title") or "")


def _text(value: Any) -> str:
    return str(value).strip() if value else ""


def _field_doc(wire: str, description: Any, schema: Any, namer: SchemaRegistry) -> str:
    text = _text(description)
    parts = [text if text.endswith((".", ":", "!", "?")) else text + "."] if text else []
    for pattern, unit in _UNITS:
        if pattern.search(wire):
            parts.append(f"Unit: {unit}.")
    target = namer.resolve(schema) if isinstance(schema, dict) else {}
    values = target.get("enum") if isinstance(target, dict) else None
    if values and len(values) > 1:
        parts.append("Allowed values: " + ", ".join(f"`{json.dumps(v)}`" for v in values) + ".")
    for source in (schema, target):
        if isinstance(source, dict) and "default" in source:
            parts.append(f"Default: `{json.dumps(source['default'], default=str)}`.")
            break
    for key, label in (("minimum", "Minimum"), ("maximum", "Maximum")):
        if isinstance(target, dict) and key in target:
            parts.append(f"{label}: {target[key]}.")
    return " ".join(p for p in parts if p)


def _returns_doc(response: _Response, pagination: str | None, item: str | None) -> str:
    model, doc = response.model, response.doc
    if pagination:
        return f"A page of `{item}` items; iterating it fetches the following pages ({pagination} pagination)."
    what = f" ({doc.rstrip('.')})" if doc else ""
    if response.kind == "binary":
        return (
            f"`BinaryAPIResponse` (async: `AsyncBinaryAPIResponse`): the `{response.accept}` "
            f"body{what}, already read: `read()` (the bytes), `iter_bytes()`, "
            "`write_to_file(path)`; `with_streaming_response` streams it instead "
            "(`stream_to_file(path)`)."
        )
    if response.kind == "text":
        return f"`str`: the `{response.accept}` body{what}, decoded."
    if model is None:
        return f"None ({doc})." if doc else "None."
    return f"`{model}`: {doc}" if doc else f"`{model}`."


def _wrap(text: str, indent: str = "") -> list[str]:
    lines: list[str] = []
    for para in text.splitlines():
        if not para.strip():
            lines.append("")
            continue
        hang = indent + "    " if indent else ""
        lines.extend(
            textwrap.wrap(para, width=88, initial_indent=indent, subsequent_indent=hang) or [""]
        )
    return lines


def _docstring(
    *,
    summary: str,
    description: str,
    fields: list[Field],
    returns: str,
    source: str,
    operation_id: str,
    takes_command_id: bool,
    idempotent: bool,
    latency_category: str,
    idempotency_key: Field | None = None,
) -> str:
    """The method docstring: summary, spec description, arguments, return, errors, source."""
    lines = [summary.rstrip(".") + "."]
    if description:
        lines += [""] + _wrap(re.sub(r"\n{3,}", "\n\n", description))
    if fields:
        lines += ["", "Args:"]
        for f in fields:
            kind = f"{f.location}, {'required' if f.required else 'optional'}"
            head = f"{f.name} ({kind}{', sent as ' + repr(f.wire) if f.name != f.wire else ''}):"
            lines += _wrap(f"{head} {f.doc}".rstrip(), "    ")
    lines += ["", "Returns:"] + _wrap(returns, "    ")
    # the errors every method raises are documented once, on its resource class
    lines += [""] + _wrap(
        f"Deadline: latency category `{latency_category}` (the spec's `x-latency-category`), "
        f"default timeout {_deadlines().describe(latency_category)}; `timeout=` overrides it "
        f'for this call, the client\'s `timeouts={{"{latency_category}": ...}}` or '
        "`timeout=` (also in `with_options`) for every call."
    )
    if takes_command_id:
        lines += [""] + _wrap(
            "Retries are idempotent: unless `command_id` is given, one is generated per call "
            "and reused on every retry, so Telnyx executes the command at most once. "
            "`hedge_after=` (seconds; default the client's, off unless set): when no "
            "response has arrived by then, the identical request (same `command_id`) is "
            "sent again, up to the client's `max_hedges` times, and the first successful "
            "answer is used."
        )
    elif idempotency_key is not None and idempotent and idempotency_key.required:
        lines += [""] + _wrap(
            f"Retries are idempotent: every attempt sends the same `{idempotency_key.name}` "
            f"(header `{idempotency_key.wire}`), so Telnyx performs the request at most once."
        )
    elif not idempotent:
        keyed = (
            f", or `{idempotency_key.name}` (header `{idempotency_key.wire}`, the same on "
            "every attempt) is given"
            if idempotency_key is not None
            else ""
        )
        lines += [""] + _wrap(
            "Not idempotent: retried only when the request surely did not reach Telnyx "
            "(a connection that failed to open), unless `retry_non_idempotent=True` is "
            f"given here or on the client{keyed}."
        )
    lines += ["", f"Source: `{source}` (operationId `{operation_id}`)."]
    text = "\n".join(lines)
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _strip_examples(model: Model, base_class: str | None = None) -> Model:
    """Examples are documentation data for tests, not part of the generated classes."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in ("example", "examples")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    schema = strip(model.schema)
    if base_class == WEBHOOK_META_BASE:
        # the fields the base declares keep its types (`delivered_to: str`, not AnyUrl)
        props = dict(schema.get("properties") or {})
        for key in props.keys() & _WEBHOOK_META_FIELDS.keys():
            props[key] = {k: v for k, v in props[key].items() if k != "format"}
        schema = {**schema, "properties": props}
    return Model(name=model.name, pointer=model.pointer, schema=schema, base_class=base_class)


# the fields of telnyx_voice._models.WebhookMeta, strings or integers as there
_WEBHOOK_META_FIELDS = {"attempt": "integer", "delivered_to": "string"}
