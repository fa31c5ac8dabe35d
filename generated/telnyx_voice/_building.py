# Hand-written: copied from overlay/telnyx_voice/_building.py by codegen; edit it there.
"""Request building and response parsing shared by the sync and async clients.

Everything here is pure (no I/O): :func:`build_request` turns an
:class:`~telnyx_voice._operation.Operation` plus the caller's arguments into a
:class:`PreparedRequest` that either client sends (and re-sends on retry) unchanged, and
:func:`parse_response` turns a 2xx :class:`httpx.Response` into the operation's model.
"""

from __future__ import annotations

import importlib
import json
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any
from urllib.parse import quote

import httpx
import pydantic
from pydantic_core import to_jsonable_python

from ._exceptions import APIResponseValidationError, RequestValidationError
from ._models import _STRICT_ENUMS
from ._operation import Operation, QueryParam
from ._types import NotGiven, RequestOptions, TimeoutTypes

logger = logging.getLogger("telnyx_voice")

_MODEL_CACHE: dict[str, type[pydantic.BaseModel]] = {}

# ``json.dumps(payload, separators=(",", ":"))`` builds a new encoder on every call; one
# shared encoder with the same settings produces the same bytes for less.
_JSON = json.JSONEncoder(separators=(",", ":"))


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


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """A fully built request plus the metadata the send/retry loop needs.

    ``retryable`` is true when the request may be retried even after it possibly reached
    the server (idempotent operation, or the caller opted in).
    """

    op: Operation
    method: str
    url: str
    params: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    content: bytes | None
    timeout: TimeoutTypes
    max_retries: int
    retryable: bool
    command_id: str | None

    def to_httpx(self, client: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """A fresh :class:`httpx.Request` for one attempt (merges the http client's defaults)."""
        return client.build_request(
            self.method,
            self.url,
            # ``None`` rather than an empty list: httpx re-parses the URL to merge even an
            # empty parameter list (the client's own default params are merged either way).
            params=list(self.params) if self.params else None,
            headers=dict(self.headers),
            content=self.content,
            timeout=self.timeout,
        )


def build_request(
    op: Operation,
    *,
    base_url: str,
    path_params: Mapping[str, str] | None,
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
    options: RequestOptions | None,
    default_headers: Mapping[str, str],
    default_timeout: TimeoutTypes,
    default_max_retries: int,
    default_retry_non_idempotent: bool,
) -> PreparedRequest:
    """Build the request for one logical call.

    Raises :class:`RequestValidationError` (nothing is sent) when the body fails
    ``op.request_model`` validation or a path parameter is missing/empty.
    """
    opts = options or RequestOptions()
    path = _render_path(op, path_params or {})
    params = encode_query(op, query or {}, opts.extra_query)
    content, command_id = _encode_body(op, body, opts.extra_body)

    headers = dict(default_headers)
    if content is not None:
        headers["Content-Type"] = "application/json"
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
    return PreparedRequest(
        op=op,
        method=op.method.upper(),
        url=base_url.rstrip("/") + path,
        params=tuple(params),
        headers=headers,
        content=content,
        timeout=timeout,
        max_retries=max(0, max_retries),
        retryable=op.idempotent or op.command_id or opt_in,
        command_id=command_id,
    )


def _drop_header(headers: dict[str, str], key: str) -> None:
    for name in [h for h in headers if h.lower() == key.lower()]:
        del headers[name]


def _render_path(op: Operation, path_params: Mapping[str, str]) -> str:
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
    op: Operation, body: Mapping[str, object] | None, extra_body: Mapping[str, object] | None
) -> tuple[bytes | None, str | None]:
    if body is None and not extra_body and not op.command_id:
        return None, None
    data: dict[str, object] = {k: v for k, v in (body or {}).items() if not isinstance(v, NotGiven)}
    command_id: str | None = None
    if op.command_id:
        given = data.get("command_id")
        command_id = str(uuid.uuid4()) if given is None else str(given)
        data["command_id"] = command_id

    payload: dict[str, Any]
    if op.request_model is not None:
        model = import_model(op.request_model)
        token = _STRICT_ENUMS.set(True)  # what ``strict_enums()`` does, minus the generator
        try:
            instance = model.model_validate(data)
        except pydantic.ValidationError as exc:
            raise _validation_error(op, exc) from None
        finally:
            _STRICT_ENUMS.reset(token)
        payload = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
    else:
        payload = dict(to_jsonable_python(data))
    if extra_body:
        extra = {k: v for k, v in extra_body.items() if not isinstance(v, NotGiven)}
        payload.update(to_jsonable_python(extra))
    return _JSON.encode(payload).encode(), command_id


def _validation_error(op: Operation, exc: pydantic.ValidationError) -> RequestValidationError:
    parts = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = ".".join(str(p) for p in err["loc"])
        where = f"body field '{loc}'" if loc else "body"
        parts.append(f"{where}: {err['msg']}")
    message = f"{op.operation_id}: " + "; ".join(parts)
    return RequestValidationError(
        message, errors=exc.errors(include_url=False, include_input=False)
    )


# -- query -------------------------------------------------------------------------------


def encode_query(
    op: Operation, query: Mapping[str, object], extra_query: Mapping[str, object] | None
) -> list[tuple[str, str]]:
    """Encode ``query`` (keyed by Python name) per ``op.query``; merge ``extra_query``.

    ``extra_query`` is keyed by wire name and replaces pairs with the same key; a value of
    ``None`` removes the key.
    """
    by_name = {q.name: q for q in op.query}
    pairs: list[tuple[str, str]] = []
    for name, value in query.items():
        if value is None or isinstance(value, NotGiven):
            continue
        param = by_name.get(name) or QueryParam(name=name, wire=name)
        if param.style == "deepObject" and isinstance(value, Mapping):
            _encode_deep(param.wire, value, pairs)
        else:
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


def parse_response(op: Operation, response: httpx.Response, *, strict: bool) -> Any:
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
