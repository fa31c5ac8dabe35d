# Hand-written: copied from overlay/telnyx_voice/_response.py by codegen; edit it there.
"""Raw and streamed HTTP responses: ``with_raw_response`` and ``with_streaming_response``.

Generated code wraps each resource method with :func:`to_raw_response_wrapper` /
:func:`to_streamed_response_wrapper` (sync) or their ``async_`` twins.  The wrapper sets a
context variable that the client's ``request``/``request_page`` read: instead of parsing,
the client hands the :class:`httpx.Response`, a parse callback and the number of retries
to the wrapper, which returns an :class:`APIResponse` / :class:`AsyncAPIResponse`.  The
request is made once; ``.parse()`` parses the body.  Non-2xx responses still raise
:class:`~telnyx_voice.APIStatusError` (for a streamed call, when the block is entered).

* ``with_raw_response.method(...)`` returns the response with its body already read.
* ``with_streaming_response.method(...)`` returns a context manager; the request is sent
  when the ``with`` block is entered, the body is read only when asked (``iter_bytes()``,
  ``iter_text()``, ``iter_lines()``, ``read()``, ``text()``, ``json()``, ``parse()``) and
  the response is closed when the block exits.

The attributes and methods are those of the official ``telnyx`` SDK's ``APIResponse``.

An operation whose success body is binary (a PDF, audio, an image: ``Operation.result_kind``
``"binary"``) returns, as in the official SDK, a :class:`BinaryAPIResponse`
(:class:`AsyncBinaryAPIResponse`) with the body already read: ``read()``, ``iter_bytes()``,
``write_to_file(path)``, ``parse()`` (the bytes) and the response's status and headers; its
``with_raw_response`` twin returns the same class and its ``with_streaming_response`` twin a
:class:`StreamedBinaryAPIResponse` (:class:`AsyncStreamedBinaryAPIResponse`) whose body is
read only as it is consumed (``stream_to_file(path)``). A ``text/*`` body is returned as
``str`` (:func:`parse_body`).
"""

from __future__ import annotations

import datetime
import functools
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx
import pydantic

from ._exceptions import APIResponseValidationError, TelnyxError, _request_id
from ._operation import Operation

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncBinaryAPIResponse",
    "AsyncResponseContextManager",
    "AsyncStreamedBinaryAPIResponse",
    "BinaryAPIResponse",
    "ResponseContextManager",
    "StreamAlreadyConsumed",
    "StreamedBinaryAPIResponse",
    "async_to_custom_raw_response_wrapper",
    "async_to_custom_streamed_response_wrapper",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_custom_raw_response_wrapper",
    "to_custom_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
_T = TypeVar("_T")
_APIResponseT = TypeVar("_APIResponseT", bound="APIResponse[Any]")
_AsyncAPIResponseT = TypeVar("_AsyncAPIResponseT", bound="AsyncAPIResponse[Any]")
_FILE_CHUNK = 64 * 1024  # bytes written per chunk by write_to_file / stream_to_file


@dataclass(frozen=True, slots=True)
class _Capture:
    response: httpx.Response
    parse: Callable[[], Any]
    retries_taken: int


class _Sink:
    """What one raw/streaming wrapper call collects (the client appends to it)."""

    __slots__ = ("captures", "stream")

    def __init__(self, stream: bool) -> None:
        self.stream = stream
        self.captures: list[_Capture] = []


_RAW_SINK: ContextVar[_Sink | None] = ContextVar("telnyx_voice_raw_sink", default=None)


def stream_requested() -> bool:
    """Whether the call being made is inside ``with_streaming_response`` (send with
    ``stream=True``: the body is not read by the client)."""
    sink = _RAW_SINK.get()
    return sink is not None and sink.stream


def capture_raw(response: httpx.Response, parse: Callable[[], Any], retries_taken: int = 0) -> bool:
    """Called by the client after a successful send.

    Returns ``True`` (and records the response) when a raw or streaming wrapper is
    active, in which case the client must return without parsing.
    """
    sink = _RAW_SINK.get()
    if sink is None:
        return False
    sink.captures.append(_Capture(response, parse, retries_taken))
    return True


class StreamAlreadyConsumed(TelnyxError):
    """The body was already consumed by ``iter_bytes()``/``iter_text()``/``iter_lines()``
    and cannot be read again; call ``read()`` before iterating to keep it."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to read or stream the response content, but it has already been "
            "streamed. Call .read() before iterating to keep the content."
        )


class _BaseAPIResponse(Generic[R]):
    http_response: httpx.Response
    """The underlying :class:`httpx.Response`."""

    retries_taken: int
    """How many retries were made before this response (``0``: the first attempt)."""

    def __init__(
        self, http_response: httpx.Response, parse: Callable[[], R], retries_taken: int = 0
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: dict[object, Any] = {}

    @property
    def http_request(self) -> httpx.Request:
        """The :class:`httpx.Request` that was sent (the last attempt)."""
        return self.http_response.request

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        """The URL the request was sent to."""
        return self.http_response.url

    @property
    def method(self) -> str:
        """The HTTP method of the request (``"POST"``)."""
        return self.http_request.method

    @property
    def http_version(self) -> str:
        """The HTTP version of the response (``"HTTP/1.1"``)."""
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the response.

        httpx knows it once the body is read or the response closed (raises
        ``RuntimeError`` before that, for an unread streamed response).
        """
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        """Whether the body has been read to the end or the response closed.

        ``False`` for a streamed response not read yet: read it or leave the ``with`` block
        (which closes it) to release the connection.
        """
        return self.http_response.is_closed

    @property
    def content(self) -> bytes:
        """The body bytes (``httpx.ResponseNotRead`` for an unread streamed response:
        call ``read()`` first)."""
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """Telnyx's request id header, if present."""
        return _request_id(self.http_response.headers)

    def _parse_read(self, to: type[Any] | None) -> Any:
        """Parse the (already read) body: into the method's type, or into ``to``."""
        key: object = to if to is not None else _DEFAULT
        if key in self._parsed:
            return self._parsed[key]
        parsed = self._parse() if to is None else _parse_to(self.http_response, to)
        self._parsed[key] = parsed
        return parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"


_DEFAULT = object()


def _parse_to(response: httpx.Response, to: Any) -> Any:
    """``parse(to=...)``: ``httpx.Response``, ``str``, ``bytes``, or any type pydantic can
    validate JSON into (a model, ``dict``, ``list[Model]``, a union, ``object``, ...)."""
    if to is httpx.Response:
        return response
    if to is str:
        return response.text
    if to is bytes:
        return response.content
    try:
        if isinstance(to, type) and issubclass(to, pydantic.BaseModel):
            return to.model_validate_json(response.content)
        adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(cast(Any, to))
        return adapter.validate_json(response.content)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            response, response.text, f"Response body did not match {to!r}: {exc}"
        ) from exc


class APIResponse(_BaseAPIResponse[R]):
    """The response of a sync ``with_raw_response``/``with_streaming_response`` call."""

    @overload
    def parse(self, *, to: type[_T]) -> _T: ...

    @overload
    def parse(self) -> R: ...

    def parse(self, *, to: type[_T] | None = None) -> R | _T:
        """The body parsed into what the method returns (cached), or into ``to``.

        ``to`` may be a pydantic model (``telnyx_voice.BaseModel`` subclasses keep unknown
        fields), ``dict``, ``list[...]``, a union, ``str``, ``bytes`` or ``httpx.Response``.
        Reads the body first. Raises :class:`~telnyx_voice.APIResponseValidationError`
        if the body is not JSON or does not match ``to``.
        """
        self.read()
        return cast("R | _T", self._parse_read(to))

    def read(self) -> bytes:
        """Read (if not yet read) and return the body bytes."""
        try:
            return self.http_response.read()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    def text(self) -> str:
        """Read and decode the body (encoding from ``Content-Type``, else UTF-8)."""
        self.read()
        return self.http_response.text

    def json(self) -> object:
        """Read and decode the body as JSON (raises ``ValueError`` if it is not JSON)."""
        self.read()
        return self.http_response.json()

    def close(self) -> None:
        """Close the response and release the connection (done on leaving the ``with``
        block of a streamed call, and automatically once the body is read)."""
        self.http_response.close()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The decoded body in chunks of bytes (``chunk_size`` bytes each, if given)."""
        yield from self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The decoded body in chunks of text."""
        yield from self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The decoded body line by line (without line endings)."""
        yield from self.http_response.iter_lines()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """The response of an async ``with_raw_response``/``with_streaming_response`` call;
    the reading methods are awaitable."""

    @overload
    async def parse(self, *, to: type[_T]) -> _T: ...

    @overload
    async def parse(self) -> R: ...

    async def parse(self, *, to: type[_T] | None = None) -> R | _T:
        """The body parsed into what the method returns (cached), or into ``to``.

        As :meth:`APIResponse.parse`; reads the body first.
        """
        await self.read()
        return cast("R | _T", self._parse_read(to))

    async def read(self) -> bytes:
        """Read (if not yet read) and return the body bytes."""
        try:
            return await self.http_response.aread()
        except httpx.StreamConsumed as exc:
            raise StreamAlreadyConsumed() from exc

    async def text(self) -> str:
        """Read and decode the body (encoding from ``Content-Type``, else UTF-8)."""
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        """Read and decode the body as JSON (raises ``ValueError`` if it is not JSON)."""
        await self.read()
        return self.http_response.json()

    async def close(self) -> None:
        """Close the response and release the connection."""
        await self.http_response.aclose()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The decoded body in chunks of bytes (``chunk_size`` bytes each, if given)."""
        async for chunk in self.http_response.aiter_bytes(chunk_size):
            yield chunk

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The decoded body in chunks of text."""
        async for chunk in self.http_response.aiter_text(chunk_size):
            yield chunk

    async def iter_lines(self) -> AsyncIterator[str]:
        """The decoded body line by line (without line endings)."""
        async for line in self.http_response.aiter_lines():
            yield line


def parse_body(op: Operation[Any], response: httpx.Response) -> bytes | str:
    """A non-JSON 2xx body as the operation returns it: the bytes (``result_kind``
    ``"binary"``) or the text (``"text"``, decoded with the ``Content-Type`` charset, else
    UTF-8; ``""`` for an empty body)."""
    return response.content if op.result_kind == "binary" else response.text


class BinaryAPIResponse(APIResponse[bytes]):
    """A binary body (PDF, audio, image, ...), already read: what a sync method of a binary
    operation returns (and its ``with_raw_response`` twin). ``read()`` / ``content`` are the
    bytes, ``iter_bytes()`` yields them in chunks, ``parse()`` returns them; status,
    headers and ``request_id`` as on :class:`APIResponse`. To stream a large body instead,
    call the method through ``with_streaming_response`` (:class:`StreamedBinaryAPIResponse`).
    """

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body to ``file`` (a path; created or truncated)."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes(_FILE_CHUNK):
                out.write(chunk)


class AsyncBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """A binary body, already read: what an async method of a binary operation returns.
    ``await read()``, ``async for chunk in iter_bytes()`` (or ``aiter_bytes()``, httpx's
    name), ``await write_to_file(path)``, ``await parse()``. Streaming:
    ``with_streaming_response`` (:class:`AsyncStreamedBinaryAPIResponse`)."""

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The same as :meth:`iter_bytes` (httpx's name for it)."""
        return self.iter_bytes(chunk_size)

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body to ``file`` (a path; created or truncated), in a worker thread."""
        import anyio  # httpx's own dependency; works under asyncio and trio

        async with await anyio.Path(file).open(mode="wb") as out:
            async for chunk in self.iter_bytes(_FILE_CHUNK):
                await out.write(chunk)


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """A binary body inside ``with_streaming_response``: read only as it is consumed
    (``iter_bytes()``, ``stream_to_file(path)``, or all at once with ``read()``)."""

    def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Stream the body into ``file`` (a path; created or truncated), chunk by chunk."""
        with open(file, mode="wb") as out:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """A binary body inside async ``with_streaming_response``: read only as it is consumed
    (``iter_bytes()`` / ``aiter_bytes()``, ``await stream_to_file(path)``, ``await read()``)."""

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The same as :meth:`iter_bytes` (httpx's name for it)."""
        return self.iter_bytes(chunk_size)

    async def stream_to_file(
        self, file: str | os.PathLike[str], *, chunk_size: int | None = None
    ) -> None:
        """Stream the body into ``file`` (a path; created or truncated), chunk by chunk."""
        import anyio

        async with await anyio.Path(file).open(mode="wb") as out:
            async for chunk in self.iter_bytes(chunk_size):
                await out.write(chunk)


class ResponseContextManager(Generic[_APIResponseT]):
    """``with resource.with_streaming_response.method(...) as response:``.

    The request is sent on entering the block (raising as the method would); the response
    is closed on leaving it.
    """

    def __init__(self, request_func: Callable[[], _APIResponseT]) -> None:
        self._request_func = request_func
        self._response: _APIResponseT | None = None

    def __enter__(self) -> _APIResponseT:
        self._response = self._request_func()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncAPIResponseT]):
    """``async with resource.with_streaming_response.method(...) as response:``.

    The request is sent on entering the block; the response is closed on leaving it.
    """

    def __init__(self, request_func: Callable[[], Awaitable[_AsyncAPIResponseT]]) -> None:
        self._request_func = request_func
        self._response: _AsyncAPIResponseT | None = None

    async def __aenter__(self) -> _AsyncAPIResponseT:
        self._response = await self._request_func()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _call_sync(func: Callable[..., object], args: Any, kwargs: Any, *, stream: bool) -> _Capture:
    sink = _Sink(stream=stream)
    token = _RAW_SINK.set(sink)
    try:
        func(*args, **kwargs)
    finally:
        _RAW_SINK.reset(token)
    return _single(sink, func)


async def _call_async(
    func: Callable[..., Awaitable[object]], args: Any, kwargs: Any, *, stream: bool
) -> _Capture:
    sink = _Sink(stream=stream)
    token = _RAW_SINK.set(sink)
    try:
        await func(*args, **kwargs)
    finally:
        _RAW_SINK.reset(token)
    return _single(sink, func)


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """Wrap a sync resource method so it returns :class:`APIResponse` (body read)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        capture = _call_sync(func, args, kwargs, stream=False)
        return APIResponse(capture.response, capture.parse, capture.retries_taken)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """Wrap an async resource method so it returns :class:`AsyncAPIResponse` (body read)."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        capture = await _call_async(func, args, kwargs, stream=False)
        return AsyncAPIResponse(capture.response, capture.parse, capture.retries_taken)

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[APIResponse[R]]]:
    """Wrap a sync resource method so it returns a :class:`ResponseContextManager`."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[APIResponse[R]]:
        def send() -> APIResponse[R]:
            capture = _call_sync(func, args, kwargs, stream=True)
            return APIResponse(capture.response, capture.parse, capture.retries_taken)

        return ResponseContextManager(send)

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[AsyncAPIResponse[R]]]:
    """Wrap an async resource method so it returns an :class:`AsyncResponseContextManager`."""

    @functools.wraps(func)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AsyncResponseContextManager[AsyncAPIResponse[R]]:
        async def send() -> AsyncAPIResponse[R]:
            capture = await _call_async(func, args, kwargs, stream=True)
            return AsyncAPIResponse(capture.response, capture.parse, capture.retries_taken)

        return AsyncResponseContextManager(send)

    return wrapped


def to_custom_raw_response_wrapper(
    func: Callable[P, object], response_cls: type[_APIResponseT]
) -> Callable[P, _APIResponseT]:
    """Wrap a sync resource method so it returns ``response_cls`` (a concrete response
    class such as :class:`BinaryAPIResponse`), body read."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> _APIResponseT:
        capture = _call_sync(func, args, kwargs, stream=False)
        return response_cls(capture.response, capture.parse, capture.retries_taken)

    return wrapped


def async_to_custom_raw_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: type[_AsyncAPIResponseT]
) -> Callable[P, Awaitable[_AsyncAPIResponseT]]:
    """Wrap an async resource method so it returns ``response_cls``, body read."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> _AsyncAPIResponseT:
        capture = await _call_async(func, args, kwargs, stream=False)
        return response_cls(capture.response, capture.parse, capture.retries_taken)

    return wrapped


def to_custom_streamed_response_wrapper(
    func: Callable[P, object], response_cls: type[_APIResponseT]
) -> Callable[P, ResponseContextManager[_APIResponseT]]:
    """Wrap a sync resource method so it returns a :class:`ResponseContextManager` of
    ``response_cls`` (such as :class:`StreamedBinaryAPIResponse`)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[_APIResponseT]:
        def send() -> _APIResponseT:
            capture = _call_sync(func, args, kwargs, stream=True)
            return response_cls(capture.response, capture.parse, capture.retries_taken)

        return ResponseContextManager(send)

    return wrapped


def async_to_custom_streamed_response_wrapper(
    func: Callable[P, Awaitable[object]], response_cls: type[_AsyncAPIResponseT]
) -> Callable[P, AsyncResponseContextManager[_AsyncAPIResponseT]]:
    """Wrap an async resource method so it returns an :class:`AsyncResponseContextManager`
    of ``response_cls`` (such as :class:`AsyncStreamedBinaryAPIResponse`)."""

    @functools.wraps(func)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AsyncResponseContextManager[_AsyncAPIResponseT]:
        async def send() -> _AsyncAPIResponseT:
            capture = await _call_async(func, args, kwargs, stream=True)
            return response_cls(capture.response, capture.parse, capture.retries_taken)

        return AsyncResponseContextManager(send)

    return wrapped


def _single(sink: _Sink, func: object) -> _Capture:
    if not sink.captures:
        name = getattr(func, "__qualname__", repr(func))
        raise RuntimeError(f"{name} did not make an API request through the client")
    return sink.captures[0]
