# Hand-written: copied from overlay/telnyx_voice/_exceptions.py by codegen; edit it there.
"""Exceptions raised by the Telnyx Voice client.

Hierarchy::

    TelnyxError
    ├── RequestValidationError (also a ValueError)   body failed validation, nothing sent
    └── APIError                                      something went wrong talking to the API
        ├── APIConnectionError                        no HTTP response (DNS, refused, reset)
        │   └── APITimeoutError                       the request timed out
        ├── APIResponseValidationError                a 2xx body that could not be parsed
        └── APIStatusError                            a non-2xx response
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        >= 500

No message, ``str()`` or ``repr()`` of these exceptions contains the API key.
"""

from __future__ import annotations

import http
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "APIWebhookValidationError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorDetail",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "TelnyxError",
    "UnprocessableEntityError",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
]

_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "telnyx-request-id", "x-telnyx-request-id")
_MAX_TEXT_IN_MESSAGE = 200


class TelnyxError(Exception):
    """Base class of every exception raised by this package."""


class RequestValidationError(TelnyxError, ValueError):
    """The request body failed validation before anything was sent.

    ``errors`` holds pydantic's error dicts; the message names each failing field.
    """

    def __init__(self, message: str, *, errors: Sequence[Mapping[str, Any]] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.errors: list[Mapping[str, Any]] = list(errors)


class APIError(TelnyxError):
    """An error while talking to the API.

    ``request`` is the :class:`httpx.Request` (if one was built); ``body`` is the decoded
    JSON body of the response, or its raw text when it was not JSON, or ``None``.
    """

    def __init__(self, message: str, request: httpx.Request | None, *, body: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body

    def __str__(self) -> str:
        return self.message


class APIConnectionError(APIError):
    """No HTTP response was received (connection refused or reset, DNS failure, ...)."""

    def __init__(self, request: httpx.Request | None, message: str = "Connection error.") -> None:
        super().__init__(message, request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, request: httpx.Request | None, message: str = "Request timed out.") -> None:
        super().__init__(request, message)


class APIResponseValidationError(APIError):
    """A 2xx response whose body could not be parsed into the expected model."""

    def __init__(self, response: httpx.Response, body: object, message: str | None = None) -> None:
        super().__init__(
            message or "Response body did not match the expected schema.",
            response.request,
            body=body,
        )
        self.response = response
        self.status_code = response.status_code


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of a Telnyx ``errors`` array."""

    code: str | None = None
    title: str | None = None
    detail: str | None = None
    source_pointer: str | None = None
    source_parameter: str | None = None
    meta_url: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ErrorDetail:
        """Build from one ``{"code", "title", "detail", "source", "meta"}`` object."""
        source = data.get("source")
        meta = data.get("meta")
        source = source if isinstance(source, Mapping) else {}
        meta = meta if isinstance(meta, Mapping) else {}
        return cls(
            code=_opt_str(data.get("code")),
            title=_opt_str(data.get("title")),
            detail=_opt_str(data.get("detail")),
            source_pointer=_opt_str(source.get("pointer")),
            source_parameter=_opt_str(source.get("parameter")),
            meta_url=_opt_str(meta.get("url")),
            raw=dict(data),
        )

    def __str__(self) -> str:
        parts = [p for p in (self.code, self.title) if p]
        text = " ".join(parts)
        if self.detail and self.detail != self.title:
            text = f"{text} - {self.detail}" if text else self.detail
        return text


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes: ``status_code``, ``response`` (:class:`httpx.Response`), ``body`` (JSON or
    raw text), ``request_id`` (from the ``x-request-id``-style header, if any) and
    ``errors`` (the parsed Telnyx ``errors`` array, possibly empty).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        errors: Sequence[ErrorDetail] = (),
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = _request_id(response.headers)
        self.errors: list[ErrorDetail] = list(errors)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, message={self.message!r})"


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422 (for example ``90018 Call has already ended``)."""


class RateLimitError(APIStatusError):
    """HTTP 429. ``retry_after`` is the server's ``Retry-After`` in seconds, if given."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        errors: Sequence[ErrorDetail] = (),
    ) -> None:
        super().__init__(message, response=response, body=body, errors=errors)
        self.retry_after: float | None = parse_retry_after(response.headers, time.time())


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class APIWebhookValidationError(APIError):
    """The official SDK's name for a webhook validation error, kept so ported ``except``
    clauses import.  This SDK raises :class:`~telnyx_voice.webhooks.WebhookVerificationError`
    and :class:`~telnyx_voice.webhooks.WebhookParseError` (both ``ValueError`` subclasses, as the
    official ``unwrap`` raises) and never this class."""


class WebSocketConnectionClosedError(TelnyxError):
    """The official SDK's error for a WebSocket closed with unsent messages.

    Kept for ported ``except`` clauses; ``unsent_messages`` lists what was not sent.
    """

    def __init__(self, message: str, *, unsent_messages: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.unsent_messages: list[str] = list(unsent_messages)


class WebSocketQueueFullError(TelnyxError):
    """The official SDK's error for an outgoing WebSocket queue over its byte limit
    (kept for ported ``except`` clauses)."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_retry_after(headers: httpx.Headers, now: float) -> float | None:
    """Seconds to wait per ``Retry-After`` (delta seconds or HTTP-date) or ``retry-after-ms``.

    ``now`` is the current POSIX time (used for HTTP-dates). Returns ``None`` if absent or
    unparseable; never negative.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


def make_status_error(response: httpx.Response, *, secret: str | None = None) -> APIStatusError:
    """Build the :class:`APIStatusError` subclass matching ``response.status_code``.

    ``secret`` (the API key) is redacted from the message should the server echo it.
    """
    body, errors = _decode_error_body(response)
    status = response.status_code
    reason = _reason(response)
    message = f"{status} {reason}"
    if errors:
        first = str(errors[0])
        if first:
            message = f"{message}: {first}"
    elif isinstance(body, Mapping) and _problem(body):
        message = f"{message}: {_problem(body)}"
    elif isinstance(body, str) and body.strip():
        text = " ".join(body.split())
        if len(text) > _MAX_TEXT_IN_MESSAGE:
            text = text[:_MAX_TEXT_IN_MESSAGE] + "..."
        message = f"{message}: {text}"
    if secret:
        message = message.replace(secret, "***")
    cls = _STATUS_CLASSES.get(status)
    if cls is None:
        cls = InternalServerError if status >= 500 else APIStatusError
    return cls(message, response=response, body=body, errors=errors)


def _problem(body: Mapping[str, object]) -> str:
    """``title - detail`` of an RFC 9457 problem-details body (``application/problem+json``)."""
    parts = [body.get("title"), body.get("detail")]
    return " - ".join(p for p in parts if isinstance(p, str) and p)


def _decode_error_body(response: httpx.Response) -> tuple[object, list[ErrorDetail]]:
    text = response.text
    if not text.strip():
        return (None if not text else text), []
    try:
        body: object = json.loads(text)
    except ValueError:
        return text, []
    errors: list[ErrorDetail] = []
    if isinstance(body, Mapping):
        raw_errors = body.get("errors")
        if isinstance(raw_errors, list):
            errors = [ErrorDetail.from_dict(e) for e in raw_errors if isinstance(e, Mapping)]
    return body, errors


def _reason(response: httpx.Response) -> str:
    try:
        phrase = http.HTTPStatus(response.status_code).phrase
    except ValueError:
        phrase = response.reason_phrase or "Error"
    return "".join(phrase.split()) or "Error"


def _request_id(headers: httpx.Headers) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)
