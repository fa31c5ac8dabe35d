"""Raw HTTP responses: ``resource.with_raw_response.method(...)``.

Generated code wraps each resource method with :func:`to_raw_response_wrapper` (sync) or
:func:`async_to_raw_response_wrapper` (async).  The wrapper sets a context variable that
the client's ``request``/``request_page`` read: instead of parsing, the client hands the
already-read :class:`httpx.Response` and a parse callback to the wrapper, which returns an
:class:`APIResponse`.  The request is made once; ``.parse()`` parses the stored body.
Non-2xx responses still raise :class:`~telnyx_voice.APIStatusError`.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._exceptions import _request_id

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Capture:
    response: httpx.Response
    parse: Callable[[], Any]


_RAW_SINK: ContextVar[list[_Capture] | None] = ContextVar("telnyx_voice_raw_sink", default=None)


def capture_raw(response: httpx.Response, parse: Callable[[], Any]) -> bool:
    """Called by the client after a successful send.

    Returns ``True`` (and records the response) when a raw-response wrapper is active, in
    which case the client must return without parsing.
    """
    sink = _RAW_SINK.get()
    if sink is None:
        return False
    sink.append(_Capture(response, parse))
    return True


class _BaseAPIResponse(Generic[T]):
    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw body bytes."""
        return self.http_response.content

    @property
    def text(self) -> str:
        """The decoded body text."""
        return self.http_response.text

    @property
    def request_id(self) -> str | None:
        """Telnyx's request id header, if present."""
        return _request_id(self.http_response.headers)

    def json(self) -> Any:
        """The body decoded as JSON (raises ``ValueError`` if it is not JSON)."""
        return json.loads(self.http_response.content)

    def _parse_once(self) -> T:
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"


class APIResponse(_BaseAPIResponse[T]):
    """A raw response of a sync call; :meth:`parse` returns what the method would have."""

    def parse(self) -> T:
        """Parse the body into the method's return type (cached).

        Raises :class:`~telnyx_voice.APIResponseValidationError` if the body is not JSON.
        """
        return self._parse_once()


class AsyncAPIResponse(_BaseAPIResponse[T]):
    """A raw response of an async call; ``await parse()`` returns what the method would have."""

    async def parse(self) -> T:
        """Parse the body into the method's return type (cached).

        Raises :class:`~telnyx_voice.APIResponseValidationError` if the body is not JSON.
        """
        return self._parse_once()


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a sync resource method so it returns :class:`APIResponse` instead of a model."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        sink: list[_Capture] = []
        token = _RAW_SINK.set(sink)
        try:
            func(*args, **kwargs)
        finally:
            _RAW_SINK.reset(token)
        capture = _single(sink, func)
        return APIResponse(capture.response, cast("Callable[[], R]", capture.parse))

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """Wrap an async resource method so it returns :class:`AsyncAPIResponse`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        sink: list[_Capture] = []
        token = _RAW_SINK.set(sink)
        try:
            await func(*args, **kwargs)
        finally:
            _RAW_SINK.reset(token)
        capture = _single(sink, func)
        return AsyncAPIResponse(capture.response, cast("Callable[[], R]", capture.parse))

    return wrapped


def _single(sink: list[_Capture], func: object) -> _Capture:
    if not sink:
        name = getattr(func, "__qualname__", repr(func))
        raise RuntimeError(f"{name} did not make an API request through the client")
    return sink[0]
