# Hand-written: copied from overlay/telnyx_voice/_building.py by codegen; edit it there.
"""Request building and response parsing shared by the sync and async clients.

Everything here is pure (no I/O): :func:`build_request` turns an
:class:`~telnyx_voice._operation.Operation` plus the caller's arguments into a
:class:`PreparedRequest` that either client sends (and re-sends on retry) unchanged, and
:func:`parse_response` turns a 2xx :class:`httpx.Response` into the operation's model.
"""

from __future__ import annotations

import base64
import difflib
import importlib
import json
import logging
import os
import pathlib
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any
from urllib.parse import quote

import httpx
import pydantic
import pydantic_core
from pydantic_core import to_json, to_jsonable_python

from ._exceptions import APIResponseValidationError, RequestValidationError
from ._models import _STRICT_ENUMS
from ._operation import Operation, QueryParam
from ._types import NotGiven, RequestOptions, TimeoutTypes
from .webhooks._handling import derived_command_id

logger = logging.getLogger("telnyx_voice")

_MODEL_CACHE: dict[str, type[pydantic.BaseModel]] = {}


def import_model(path: str) -> type[pydantic.BaseModel]:
    """Import a ``"package.module:Class"`` pydantic model (cached)."""
    cached = _MODEL_CACHE.get(path)
    if cached is not None:
        return cached
    module_name, sep, attr = path.partition(":")
    if not sep or not module_name or not attr:
        raise ValueError(f"invalid model path {path!r}; expected 'module:Class'")
    obj: object = importlib.import_module(module_name)
    for part in attr.split("."):
        obj = getattr(obj, part)
    if not (isinstance(obj, type) and issubclass(obj, pydantic.BaseModel)):
        raise TypeError(f"{path!r} is not a pydantic model")
    _MODEL_CACHE[path] = obj
    return obj


_NO_OPTIONS = RequestOptions()  # frozen: one shared instance for calls without options


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """A fully built request plus the metadata the send/retry loop needs.

    ``retryable`` is true when the request may be retried even after it possibly reached
    the server (idempotent operation, or the caller opted in).  ``hedge_after`` is the
    seconds after which an identical copy is sent (``None``: no hedging; always ``None``
    for an operation without ``command_id``), at most ``max_hedges`` copies.
    """

    op: Operation[Any]
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    content: bytes | None
    timeout: TimeoutTypes
    max_retries: int
    retryable: bool
    command_id: str | None
    hedge_after: float | None = None
    max_hedges: int = 0

    def to_httpx(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """A fresh :class:`httpx.Request` for one attempt (merges the http client's defaults).

        What ``client.build_request`` does, minus its per-request cost: the client's default
        headers merged with ours (cached per distinct pair: httpx's case-insensitive header
        merge was half of ``build_request``), the URL parsed once per URL.  A client with
        default cookies or query parameters goes through ``build_request`` itself.
        """
        # ``None`` rather than an empty tuple: httpx re-parses the URL to merge even an
        # empty parameter list.
        params = self.params or None
        if client.cookies or client.params:
            return client.build_request(
                self.method,
                _parsed_url(self.url),
                params=params,
                headers=dict(self.headers),
                content=self.content,
                timeout=self.timeout,
            )
        return httpx.Request(
            self.method,
            _parsed_url(self.url),
            params=params,
            headers=_merged_headers(
                tuple(client.headers.multi_items()), tuple(self.headers.items())
            ),
            content=self.content,
            extensions={"timeout": httpx.Timeout(self.timeout).as_dict()},
        )


@lru_cache(maxsize=256)
def _merged_headers(
    defaults: tuple[tuple[str, str], ...], ours: tuple[tuple[str, str], ...]
) -> httpx.Headers:
    """The http client's default headers updated with ours, as ``build_request`` merges
    them.  Cached and shared: ``httpx.Request`` copies the headers it is given."""
    merged = httpx.Headers(list(defaults))
    merged.update(dict(ours))
    return merged


@lru_cache(maxsize=1024)
def _parsed_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, cached: httpx validates every character of the URL on each
    parse (a third of the client's request-building time under profile), and a call's
    commands all go to URLs with the same ``call_control_id``.  ``httpx.URL`` is
    immutable, so one parsed URL serves every request to it."""
    return httpx.URL(url)


def build_request(
    op: Operation[Any],
    *,
    base_url: str,
    path_params: Mapping[str, str] | None,
    query: Mapping[str, object] | None,
    body: object,
    options: RequestOptions | None,
    default_headers: Mapping[str, str],
    default_timeout: TimeoutTypes,
    default_max_retries: int,
    default_retry_non_idempotent: bool,
    default_hedge_after: float | None = None,
    default_max_hedges: int = 0,
    header_params: Mapping[str, object] | None = None,
) -> PreparedRequest:
    """Build the request for one logical call.

    ``body`` is a mapping of the body's fields (wire names), or for an operation with
    ``whole_body`` the body itself; ``header_params`` are the operation's header
    parameters (wire names; ``NOT_GIVEN``/``None`` values are not sent), which
    ``extra_headers`` override. The body is encoded here, once, per ``op.body_kind``
    (files and raw content read into bytes), so every retry and hedge sends the identical
    bytes.

    Raises :class:`RequestValidationError` (nothing is sent) when the body fails
    ``op.request_model`` validation, a file or raw body argument is not readable content,
    or a path parameter is missing/empty.
    """
    opts = options or _NO_OPTIONS
    path = _render_path(op, path_params or {})
    params = encode_query(op, query or {}, opts.extra_query)
    content, content_type, command_id = _encode_body(op, body, opts.extra_body)

    headers = dict(default_headers)
    if content_type is not None:
        headers["Content-Type"] = content_type
    for wire, value in (header_params or {}).items():
        if not _absent(value):
            headers[wire] = _scalar(value)
    if opts.extra_headers:
        for key, value in opts.extra_headers.items():
            if isinstance(value, NotGiven):  # `omit` removes a default header
                _drop_header(headers, key)
            else:
                headers[key] = value

    timeout = default_timeout if isinstance(opts.timeout, NotGiven) else opts.timeout
    max_retries = (
        default_max_retries if isinstance(opts.max_retries, NotGiven) else opts.max_retries
    )
    opt_in = (
        default_retry_non_idempotent
        if isinstance(opts.retry_non_idempotent, NotGiven)
        else opts.retry_non_idempotent
    )
    hedge_after: float | None = None
    max_hedges = 0
    if op.takes_command_id:
        hedge_after = (
            default_hedge_after if isinstance(opts.hedge_after, NotGiven) else opts.hedge_after
        )
        max_hedges = (
            default_max_hedges if isinstance(opts.max_hedges, NotGiven) else opts.max_hedges
        )
        if hedge_after is not None and not hedge_after > 0:
            raise ValueError(f"hedge_after must be > 0 seconds or None, got {hedge_after!r}")
        if max_hedges <= 0:
            hedge_after, max_hedges = None, 0
        elif hedge_after is None:
            max_hedges = 0
    return PreparedRequest(
        op=op,
        method=op.method.upper(),
        url=base_url.rstrip("/") + path,
        params=tuple(params),
        headers=headers,
        content=content,
        timeout=timeout,
        max_retries=max(0, max_retries),
        # the IR's decision (GET/PUT/DELETE, command_id, a required Idempotency-Key), or
        # an optional Idempotency-Key that this call gives
        retryable=op.idempotent
        or opt_in
        or (
            op.idempotency_header is not None
            and not _absent((header_params or {}).get(op.idempotency_header))
        ),
        command_id=command_id,
        hedge_after=hedge_after,
        max_hedges=max_hedges,
    )


def _drop_header(headers: dict[str, str], key: str) -> None:
    for name in [h for h in headers if h.lower() == key.lower()]:
        del headers[name]


def _render_path(op: Operation[Any], path_params: Mapping[str, str]) -> str:
    """The path with its parameters percent-encoded.

    An empty (or ``None``) value raises, as the official SDK does, ``ValueError`` (here
    :class:`RequestValidationError`) ``Expected a non-empty value for `call_control_id` but
    received ''`` naming the method's argument, before anything is built or sent.
    """
    path = op.path
    for name in op.path_params:
        if name not in path_params:
            raise RequestValidationError(f"{op.operation_id}: missing path parameter '{name}'")
    for name, value in path_params.items():
        if not value:
            arguments = dict(zip(op.path_params, op.path_arguments or op.path_params, strict=True))
            raise RequestValidationError(
                f"Expected a non-empty value for `{arguments.get(name, name)}` but received {value!r}"
            )
        path = path.replace("{" + name + "}", _quote_segment(str(value)))
    return path


@lru_cache(maxsize=1024)
def _quote_segment(text: str) -> str:
    """Percent-encode one path segment (cached: a call's id is reused for every command)."""
    return quote(text, safe="")


def _encode_body(
    op: Operation[Any], body: object, extra_body: Mapping[str, object] | None
) -> tuple[bytes | None, str | None, str | None]:
    """``(content, Content-Type, command_id)`` of the request body (``None``s: no body)."""
    if op.body_kind == "raw":
        if extra_body:
            raise RequestValidationError(
                f"{op.operation_id}: extra_body= cannot be merged into a raw request body"
            )
        if _absent(body):
            return None, None, None
        return _read_bytes(op, "body", body), op.content_type, None
    if _absent(body) and not extra_body and not op.takes_command_id:
        return None, None, None
    files: list[tuple[str, Any]] = []
    if op.whole_body:
        if isinstance(body, Mapping) and op.file_fields:
            body, files = _take_files(op, body)
        data: Any = None if _absent(body) else _plain(body)
    else:
        fields = body if isinstance(body, Mapping) else {}
        if op.file_fields:
            fields, files = _take_files(op, fields)
        data = {k: _plain(v) for k, v in fields.items() if not isinstance(v, NotGiven)}
    command_id: str | None = None
    if op.takes_command_id and isinstance(data, dict):
        given = data.get("command_id")
        if given is not None:
            command_id = str(given)
        else:  # derived from the webhook being handled, if any (see webhooks._handling)
            command_id = derived_command_id(op.operation_id) or str(uuid.uuid4())
        data["command_id"] = command_id

    payload: Any
    if op.request_model is not None and data is not None:
        if isinstance(data, dict):
            for name in op.base64_fields:
                _check_base64(op, name, data.get(name))
        payload = _validated(op, import_model(op.request_model), data)
    else:
        payload = to_jsonable_python(data)
    if extra_body:
        extra = {k: v for k, v in extra_body.items() if not isinstance(v, NotGiven)}
        if payload is None:
            payload = {}
        if not isinstance(payload, dict):
            raise RequestValidationError(
                f"{op.operation_id}: extra_body= cannot be merged into a request body that is"
                f" not an object ({type(payload).__name__})"
            )
        payload.update(to_jsonable_python(extra))
    if op.body_kind == "form":
        return _encoded(data=_form_fields(payload)) + (command_id,)
    if op.body_kind == "multipart":
        for name, _ in files:
            payload.pop(name, None)  # validated as a placeholder, sent as a file part
        return _encoded(data=_multipart_fields(payload), files=files) + (command_id,)
    # compact JSON, UTF-8 (pydantic-core's encoder: a quarter of json.dumps's time)
    return to_json(payload), "application/json", command_id


class _ForceMultipart(dict[str, Any]):
    """An empty ``files=`` that is true: httpx sends ``multipart/form-data`` only when
    ``files`` is true (the official SDK's ``ForceMultipartDict``)."""

    def __bool__(self) -> bool:
        return True


def _encoded(
    *, data: Mapping[str, Any], files: list[tuple[str, Any]] | None = None
) -> tuple[bytes, str]:
    """The body and Content-Type httpx encodes from ``data=`` (form) or ``data=`` and
    ``files=`` (multipart), read once: a retry re-sends these bytes (one boundary)."""
    multipart = files is not None
    request = httpx.Request(
        "POST",
        "http://body.invalid/",
        data=data,
        files=(files or _ForceMultipart()) if multipart else None,
    )
    # httpx leaves an empty form without a body or Content-Type: sent empty, still a form
    content_type = request.headers.get("Content-Type", "application/x-www-form-urlencoded")
    return request.read(), content_type


def _form_fields(payload: Any) -> dict[str, list[str]]:
    """A form body's fields: scalars as they are (booleans `true`/`false`), arrays of
    scalars as the key repeated (OpenAPI's `form`, `explode`), objects and arrays of objects
    in brackets (`CustomHeaders[0][name]=...`)."""
    out: dict[str, list[str]] = {}

    def add(key: str, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, Mapping):
            for k, v in value.items():
                add(f"{key}[{k}]", v)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                add(f"{key}[{i}]" if isinstance(item, Mapping | list) else key, item)
        else:
            out.setdefault(key, []).append(_scalar(value))

    for key, value in (payload or {}).items():
        add(key, value)
    return out


def _multipart_fields(payload: Any) -> dict[str, list[str]]:
    """A multipart body's non-file parts: scalars as text, arrays as the part repeated,
    objects as JSON (OpenAPI's default for an object part)."""
    out: dict[str, list[str]] = {}
    for key, value in (payload or {}).items():
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            text = to_json(item).decode() if isinstance(item, Mapping | list) else _scalar(item)
            out.setdefault(key, []).append(text)
    return out


def _take_files(
    op: Operation[Any], fields: Mapping[str, object]
) -> tuple[dict[str, object], list[tuple[str, Any]]]:
    """The file parts of a multipart body (read into bytes now), and its fields with a
    placeholder where a file was (the request model validates its presence)."""
    rest = dict(fields)
    files: list[tuple[str, Any]] = []
    for name in op.file_fields:
        value = rest.get(name)
        if _absent(value):
            continue
        part = _file_part(op, name, value)
        spec_type = dict(op.part_types).get(name)
        if spec_type is not None and len(part) == 2:
            part = (*part, spec_type)  # the spec's `encoding` Content-Type of this part
        files.append((name, part))
        rest[name] = ""
    return rest, files


def _file_part(op: Operation[Any], name: str, value: object) -> tuple[Any, ...]:
    """``FileTypes`` -> httpx's ``(filename, bytes[, content_type[, headers]])``."""
    if isinstance(value, tuple):
        if not 2 <= len(value) <= 4:
            raise RequestValidationError(
                f"{op.operation_id}: file field '{name}' must be content or a tuple"
                f" (filename, content[, content_type[, headers]]), got {len(value)} items"
            )
        return (value[0], _read_bytes(op, name, value[1]), *value[2:])
    filename: object = getattr(value, "name", None)
    if isinstance(value, os.PathLike):
        filename = pathlib.Path(value).name
    elif isinstance(filename, str):
        filename = os.path.basename(filename)  # a file object's path: its last part
    else:
        filename = "upload"  # httpx's name for nameless content
    return (filename, _read_bytes(op, name, value))


def _read_bytes(op: Operation[Any], name: str, value: object) -> bytes:
    """File or raw content as bytes (read once): bytes, a binary file object, a path, or an
    iterable of bytes chunks."""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, os.PathLike):
        return pathlib.Path(value).read_bytes()
    read = getattr(value, "read", None)
    if callable(read):
        data = read()
        if isinstance(data, bytes):
            return data
    elif not isinstance(value, str | Mapping) and isinstance(value, Iterable):
        chunks = list(value)
        if all(isinstance(c, bytes | bytearray) for c in chunks):
            return b"".join(chunks)
    raise RequestValidationError(
        f"{op.operation_id}: '{name}' must be bytes, a binary file object, a path"
        f" (os.PathLike) or an iterable of bytes, got {type(value).__name__}"
    )


def _plain(value: object) -> object:
    """A model instance anywhere in an argument becomes the dict it stands for (its set
    fields, wire names), so that it is validated exactly like that dict."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _validated(op: Operation[Any], model: type[pydantic.BaseModel], data: object) -> Any:
    """Validate the body as the JSON it will be sent as: strictly (no coercion: ``"5"`` is
    no integer, ``5`` no string, ``"true"`` no boolean), unknown enum values and unknown
    keys at any depth rejected. Returns the JSON-ready payload."""
    try:
        raw = to_json(data)
    except pydantic_core.PydanticSerializationError as exc:
        raise RequestValidationError(
            f"{op.operation_id}: body is not JSON-serialisable: {exc}"
        ) from None
    token = _STRICT_ENUMS.set(True)  # what ``strict_enums()`` does, minus the generator
    try:
        instance = model.model_validate_json(raw, strict=True)
    except pydantic.ValidationError as exc:
        raise _validation_error(op, exc, data) from None
    finally:
        _STRICT_ENUMS.reset(token)
    unknown: list[tuple[str, str]] = []
    _unknown_keys(instance, "", op.open_objects, unknown)
    if unknown:
        raise RequestValidationError(
            f"{op.operation_id}: " + "; ".join(msg for _, msg in unknown),
            errors=[
                {"type": "extra_forbidden", "loc": tuple(p.split(".")), "msg": m}
                for p, m in unknown
            ],
        )
    return instance.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _unknown_keys(
    node: object, path: str, open_objects: frozenset[str], out: list[tuple[str, str]]
) -> None:
    """Collect keys the request schema does not know, as dotted paths with a suggestion."""
    if isinstance(node, pydantic.BaseModel):
        fields = type(node).model_fields
        extra = node.__pydantic_extra__
        if extra and type(node).__name__ not in open_objects:
            known = sorted(f.alias or name for name, f in fields.items())
            for key in extra:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(known)
                out.append(
                    (
                        path + key,
                        f"unknown body field '{path}{key}' ({hint} A field the SDK does not "
                        "know yet can be sent with extra_body=)",
                    )
                )
        for name in node.model_fields_set:
            if name in fields:
                _unknown_keys(
                    getattr(node, name), f"{path}{fields[name].alias or name}.", open_objects, out
                )
    elif isinstance(node, list):
        for i, item in enumerate(node):
            _unknown_keys(item, f"{path[:-1]}[{i}].", open_objects, out)
    elif isinstance(node, dict):
        for key, item in node.items():
            _unknown_keys(item, f"{path}{key}.", open_objects, out)


def _check_base64(op: Operation[Any], name: str, value: object) -> None:
    if not isinstance(value, str):
        return  # a wrong type is reported by the schema validation
    try:
        base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise RequestValidationError(
            f"{op.operation_id}: body field '{name}' must be standard base64 (A-Z a-z 0-9 + /,"
            f" '=' padding, no spaces or newlines), got {value[:40]!r}; encode it first:"
            " base64.b64encode(data).decode() for bytes, base64.b64encode("
            "json.dumps(state).encode()).decode() for JSON state",
            errors=[{"type": "base64", "loc": (name,), "msg": "not standard base64"}],
        ) from None


def _validation_error(
    op: Operation[Any], exc: pydantic.ValidationError, data: object
) -> RequestValidationError:
    errors = _narrowed(exc.errors(include_url=False, include_input=False))
    parts = []
    for err in errors:
        loc = ".".join(str(p) for p in err["loc"])
        where = f"body field '{loc}'" if loc else "body"
        parts.append(f"{where}: {err['msg']}")
    message = f"{op.operation_id}: " + "; ".join(parts)
    return RequestValidationError(message, errors=errors)


def _narrowed(errors: list[Any]) -> list[Any]:
    """For a union, keep the complaints about the member the value was meant for.

    Pydantic reports every member of a non-discriminated union (``loc`` carries the
    member's class name after the field). A member whose own single-valued literal did
    not match was not meant; when exactly one member remains, only its errors are kept.
    """
    members: dict[tuple[Any, ...], dict[str, list[Any]]] = {}
    for err in errors:
        loc = err["loc"]
        i = next((i for i, p in enumerate(loc) if i and isinstance(p, str) and p[:1].isupper()), 0)
        if i:
            members.setdefault(tuple(loc[:i]), {}).setdefault(loc[i], []).append(err)
    dropped: set[int] = set()
    for union in members.values():
        missed = {name for name, errs in union.items() if any(_missed_tag(e, name) for e in errs)}
        if missed and len(union) - len(missed) == 1:
            dropped.update(id(e) for name in missed for e in union[name])
    return [e for e in errors if id(e) not in dropped]


def _missed_tag(err: Any, member: str) -> bool:
    """A single-valued literal of the member itself (its ``type``, ``transcription_engine``
    ...) that the value does not have: the value was meant for another member."""
    if err["type"] not in ("literal_error", "enum") or err["loc"][-2:-1] != (member,):
        return False
    expected = str((err.get("ctx") or {}).get("expected", ","))
    return "," not in expected and " or " not in expected


# -- query -------------------------------------------------------------------------------


def encode_query(
    op: Operation[Any], query: Mapping[str, object], extra_query: Mapping[str, object] | None
) -> list[tuple[str, str]]:
    """Encode ``query`` (keyed by wire name, as path parameters and body fields are) per
    ``op.query``; merge ``extra_query``.

    ``extra_query`` is keyed by wire name too and replaces pairs with the same key; a value
    of ``None`` removes the key.
    """
    by_wire = {q.wire: q for q in op.query}
    pairs: list[tuple[str, str]] = []
    for wire, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        param = by_wire.get(wire) or QueryParam(name=wire, wire=wire)
        name = param.name
        if param.style == "deepObject" and isinstance(value, Mapping):
            _encode_deep(param.wire, value, pairs)
        else:
            if any(k == param.wire for k, _ in pairs):  # `page_number=` next to `page={"number":}`
                raise RequestValidationError(
                    f"{op.operation_id}: query parameter '{param.wire}' given twice"
                    f" (as {name}= and inside a dict argument); pass it once"
                )
            _encode_form(param.wire, value, param.explode, pairs)
    if extra_query:
        for key, value in extra_query.items():
            pairs = [p for p in pairs if p[0] != key]
            if value is None or isinstance(value, NotGiven):
                continue
            _encode_form(key, value, True, pairs)
    return pairs


def _encode_form(wire: str, value: object, explode: bool, out: list[tuple[str, str]]) -> None:
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items() if not _absent(v)]
        if explode:
            out.extend((k, _scalar(v)) for k, v in items)
        else:
            out.append((wire, ",".join(f"{k},{_scalar(v)}" for k, v in items)))
    elif isinstance(value, list | tuple | set | frozenset):
        values = [_scalar(v) for v in value if not _absent(v)]
        if explode:
            out.extend((wire, v) for v in values)
        else:
            out.append((wire, ",".join(values)))
    else:
        out.append((wire, _scalar(value)))


def _encode_deep(prefix: str, value: Mapping[Any, Any], out: list[tuple[str, str]]) -> None:
    for key, item in value.items():
        if _absent(item):
            continue
        name = f"{prefix}[{key}]"
        if isinstance(item, Mapping):
            _encode_deep(name, item, out)
        elif isinstance(item, list | tuple | set | frozenset):
            out.extend((name, _scalar(v)) for v in item if not _absent(v))
        else:
            out.append((name, _scalar(item)))


def _absent(value: object) -> bool:
    return value is None or isinstance(value, NotGiven)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _scalar(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# -- response ----------------------------------------------------------------------------


def parse_response(op: Operation[Any], response: httpx.Response, *, strict: bool) -> Any:
    """Parse a 2xx response into ``op.response_model`` (``None`` for 204/empty bodies).

    Lenient by default: a body that is valid JSON but does not match the model is logged
    and returned via ``model_construct``. Raises :class:`APIResponseValidationError` when
    the body is not JSON, or (with ``strict``) does not match the model.
    """
    content = response.content
    if response.status_code == 204 or not content.strip():
        return None
    if op.response_model is None:
        return _loads_or_raise(response)
    model = import_model(op.response_model)
    try:
        return model.model_validate_json(content)
    except pydantic.ValidationError as exc:
        data = _loads_or_raise(response)
        if strict or not isinstance(data, dict):
            raise APIResponseValidationError(
                response, data, f"{op.operation_id}: response did not match {model.__name__}"
            ) from exc
        logger.warning(
            "%s: response did not match %s (%d error(s)); returning it unvalidated",
            op.operation_id,
            model.__name__,
            exc.error_count(),
        )
        return model.model_construct(**data)


def _loads_or_raise(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        raise APIResponseValidationError(
            response, response.text, "Response body is not valid JSON."
        ) from None
