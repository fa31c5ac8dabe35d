# Hand-written: copied from overlay/telnyx_voice/_http_clients.py by codegen; edit it there.
"""HTTP clients with this SDK's defaults, to pass as ``http_client=`` (official names).

``DefaultHttpxClient`` / ``DefaultAsyncHttpxClient`` are ``httpx.Client`` /
``httpx.AsyncClient`` with :data:`~telnyx_voice.DEFAULT_TIMEOUT`,
:data:`~telnyx_voice.DEFAULT_CONNECTION_LIMITS` and
``follow_redirects=True`` unless you pass others (``DefaultHttpxClient(proxy="http://...")``
keeps the rest).

``DefaultAioHttpClient`` is an ``httpx.AsyncClient`` sending over aiohttp (the
``httpx-aiohttp`` package): install the extra with ``pip install 'telnyx-voice[aiohttp]'``.
Without it the name still imports, and creating one raises ``ImportError`` naming the extra.
aiohttp is only imported when the name is first used.

The aiohttp fast path: when ``AsyncTelnyx``'s http client sends over
``httpx_aiohttp.AiohttpTransport`` (``DefaultAioHttpClient`` or a bare
``httpx_aiohttp.HttpxAiohttpClient``) and nothing of httpx's client layer is in use -- no
``auth``, event hooks, cookies or default query parameters on the client, no proxy, not a
streamed call -- each request goes straight to the transport's ``aiohttp.ClientSession``
(:func:`aiohttp_transport`, :func:`send_over_aiohttp`): the same method, URL (encoded as
httpx encodes it), headers (the client's defaults merged with ours, as
``httpx.AsyncClient.send`` would send them), body and timeout mapping as the adapter, and
httpx's exceptions (aiohttp's mapped as httpx classifies the same failures: see
:func:`_error_map`), minus httpx's per-request machinery (request object, auth and
redirect generators, cookie extraction, response stream wrapping), which under profile
was two thirds of the client's CPU per request.  Redirects (``follow_redirects=True``)
continue in httpx from the first 3xx.  The result is an ``httpx.Response`` with the body
read; its ``request`` is built on first access.
"""

from __future__ import annotations

import contextlib
import datetime
import ssl
import sys
import time
from collections.abc import AsyncIterator, Callable
from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, ClassVar, cast

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from ._building import PreparedRequest

__all__ = ["DefaultAioHttpClient", "DefaultAsyncHttpxClient", "DefaultHttpxClient"]

AIOHTTP_EXTRA_MISSING = (
    "DefaultAioHttpClient needs the optional 'aiohttp' extra: "
    "pip install 'telnyx-voice[aiohttp]' (it installs httpx-aiohttp)"
)


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """``httpx.Client`` with this SDK's timeout, pool limits and redirects (any
    ``httpx.Client`` argument overrides them)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` with this SDK's timeout, pool limits and redirects."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


def _aiohttp_client_class() -> type[httpx.AsyncClient]:
    try:
        import httpx_aiohttp
    except ImportError:

        class _MissingAioHttpClient(httpx.AsyncClient):
            """Stands in for ``DefaultAioHttpClient`` without the ``aiohttp`` extra."""

            def __init__(self, **_kwargs: Any) -> None:
                raise ImportError(AIOHTTP_EXTRA_MISSING)

        _MissingAioHttpClient.__name__ = _MissingAioHttpClient.__qualname__ = "DefaultAioHttpClient"
        return _MissingAioHttpClient

    class _Stream(httpx.AsyncByteStream):
        """The adapter's response stream, its errors mapped by :func:`_error_map`."""

        def __init__(self, inner: httpx.AsyncByteStream) -> None:
            self._inner = inner

        async def __aiter__(self) -> AsyncIterator[bytes]:
            async with _remapped():
                async for chunk in self._inner:
                    yield chunk

        async def aclose(self) -> None:
            async with _remapped():
                await self._inner.aclose()

    class AiohttpTransport(httpx_aiohttp.AiohttpTransport):
        """``httpx_aiohttp``'s transport with aiohttp's errors mapped as httpx classifies
        them (:func:`_error_map`): its own map makes a dropped connection a
        ``ConnectTimeout``, which would let a non-idempotent request be retried."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            async with _remapped():
                response = await super().handle_async_request(request)
            response.stream = _Stream(cast(httpx.AsyncByteStream, response.stream))
            return response

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):
        """``httpx.AsyncClient`` over aiohttp with this SDK's timeout, limits, redirects."""

        _transport_class: ClassVar[type[httpx.AsyncBaseTransport]] = AiohttpTransport

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**_with_defaults(kwargs))

        def _init_transport(
            self,
            verify: ssl.SSLContext | str | bool = True,
            cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
            trust_env: bool = True,
            http1: bool = True,
            http2: bool = False,
            limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
            transport: httpx.AsyncBaseTransport | None = None,
            **kwargs: Any,
        ) -> httpx.AsyncBaseTransport:
            if transport is not None:
                return transport
            return AiohttpTransport(
                verify=verify,
                cert=cert,
                trust_env=trust_env,
                http1=http1,
                http2=http2,
                limits=limits,
            )

        def _init_proxy_transport(
            self,
            proxy: httpx.Proxy,
            verify: ssl.SSLContext | str | bool = True,
            cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
            trust_env: bool = True,
            http1: bool = True,
            http2: bool = False,
            limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
            **kwargs: Any,
        ) -> httpx.AsyncBaseTransport:
            return AiohttpTransport(
                verify=verify,
                cert=cert,
                trust_env=trust_env,
                http1=http1,
                http2=http2,
                limits=limits,
                proxy=proxy,
            )

    return DefaultAioHttpClient


@contextlib.asynccontextmanager
async def _remapped() -> AsyncIterator[None]:
    """Re-raise an httpx error the adapter mapped from an aiohttp error as
    :func:`_httpx_error` maps that aiohttp error."""
    try:
        yield
    except httpx.TransportError as exc:
        cause = exc.__cause__
        if cause is None or _aio() is None or not isinstance(cause, _AIO.ClientError):
            raise
        raise _httpx_error(cause) from cause


if TYPE_CHECKING:
    DefaultAioHttpClient = httpx.AsyncClient
else:

    def __getattr__(name: str) -> Any:
        if name == "DefaultAioHttpClient":
            return _default_aiohttp_client_class()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# -- the aiohttp fast path ------------------------------------------------------------------


def aiohttp_transport(client: httpx.AsyncClient, prepared: PreparedRequest) -> Any | None:
    """The ``httpx_aiohttp.AiohttpTransport`` to send ``prepared`` over directly, or ``None``
    when the request must go through ``client.send`` (see the module docstring)."""
    aio = _aio()
    if aio is None:  # httpx_aiohttp not imported: the client cannot be sending over aiohttp
        return None
    if (
        client._state is _CLOSED
        or client._auth is not None
        or client._params
        or client._cookies
        or client._event_hooks["request"]
        or client._event_hooks["response"]
    ):
        return None
    transport = client._transport
    if client._mounts:  # proxies (given, or from the environment with trust_env)
        from ._building import _parsed_url

        transport = client._transport_for_url(_parsed_url(prepared.url))
    if type(transport) not in aio.transports or getattr(transport, "proxy", None) is not None:
        return None
    return transport


def _aio() -> Any | None:
    """The names the fast path uses from aiohttp and httpx_aiohttp, once they are imported
    (by the user creating an aiohttp-backed client: never imported from here)."""
    global _AIO
    if _AIO is None:
        transport = sys.modules.get("httpx_aiohttp.transport")
        if transport is None:
            return None
        import aiohttp
        import multidict
        import yarl

        _AIO = SimpleNamespace(
            # the adapter's transport, and ours (DefaultAioHttpClient's, same sending)
            transports=(transport.AiohttpTransport, _ours_transport()),
            errors=_error_map(aiohttp),
            ClientError=aiohttp.ClientError,
            ClientSession=aiohttp.ClientSession,
            ClientTimeout=aiohttp.ClientTimeout,
            CIMultiDict=multidict.CIMultiDict,
            CIMultiDictProxy=multidict.CIMultiDictProxy,
            URL=yarl.URL,
        )
    return _AIO


_AIO: Any = None


def _ours_transport() -> type:
    """DefaultAioHttpClient's transport class."""
    return cast(type, getattr(_default_aiohttp_client_class(), "_transport_class", type(None)))


def _default_aiohttp_client_class() -> type[httpx.AsyncClient]:
    cls = globals().get("DefaultAioHttpClient")
    if cls is None:
        cls = globals()["DefaultAioHttpClient"] = _aiohttp_client_class()
    return cast("type[httpx.AsyncClient]", cls)


def _error_map(aiohttp: Any) -> tuple[tuple[type[BaseException], type[httpx.TransportError]], ...]:
    """aiohttp's exceptions -> httpx's, most specific first.

    Unlike ``httpx_aiohttp``'s map (where every ``ClientConnectionError`` becomes
    ``ConnectTimeout``), a connection that drops or resets after the request went out is a
    ``RemoteProtocolError``/``ReadError`` as in httpx, not "surely not sent": the retry
    policy (:mod:`._retry`) must not repeat a non-idempotent request after it.
    """
    pairs: list[tuple[str, type[httpx.TransportError]]] = [
        ("ConnectionTimeoutError", httpx.ConnectTimeout),  # aiohttp >= 3.10
        ("SocketTimeoutError", httpx.ReadTimeout),
        ("ServerTimeoutError", httpx.ReadTimeout),
        ("ClientProxyConnectionError", httpx.ProxyError),
        ("ClientConnectorError", httpx.ConnectError),  # refused, DNS, TLS handshake
        ("ServerDisconnectedError", httpx.RemoteProtocolError),
        ("ClientPayloadError", httpx.ReadError),
        ("ClientResponseError", httpx.RemoteProtocolError),
        ("InvalidURL", httpx.UnsupportedProtocol),
        ("NonHttpUrlClientError", httpx.UnsupportedProtocol),
        ("ClientConnectionError", httpx.ReadError),  # reset, broken pipe, ...
        ("ClientError", httpx.TransportError),
    ]
    return tuple((getattr(aiohttp, name), to) for name, to in pairs if hasattr(aiohttp, name))


def _httpx_error(exc: BaseException) -> httpx.TransportError:
    for cls, to in _AIO.errors:
        if isinstance(exc, cls):
            return cast(httpx.TransportError, to(str(exc) or type(exc).__name__))
    return httpx.TransportError(str(exc) or type(exc).__name__)


_CLOSED = httpx._client.ClientState.CLOSED


class _AiohttpResponse(httpx.Response):
    """An ``httpx.Response`` whose body aiohttp has read; ``request`` is built on first use."""

    _make_request: Callable[[], httpx.Request] | None = None

    @property
    def request(self) -> httpx.Request:
        if self._request is None and self._make_request is not None:
            self._request = self._make_request()
            self._make_request = None
        return super().request

    @request.setter
    def request(self, value: httpx.Request) -> None:
        self._request = value

    def raise_for_status(self) -> httpx.Response:
        _ = self.request
        return super().raise_for_status()


async def send_over_aiohttp(
    client: httpx.AsyncClient, transport: Any, prepared: PreparedRequest
) -> httpx.Response:
    """Send ``prepared`` on ``transport``'s ``aiohttp.ClientSession`` and read the body.

    What ``client.send(prepared.to_httpx(client))`` does over the adapter, for the requests
    :func:`aiohttp_transport` accepts; raises httpx's exceptions as the adapter does.
    """
    aio = _AIO
    session = transport.client
    if not isinstance(session, aio.ClientSession):
        session = transport.client = transport.get_client()  # as the adapter's first use
    started = time.perf_counter()
    try:
        async with session.request(
            prepared.method,
            _aiohttp_url(prepared.url, prepared.params),
            headers=_aiohttp_headers(tuple(client.headers.raw), tuple(prepared.headers.items())),
            data=prepared.content or None,
            allow_redirects=False,
            auto_decompress=False,  # httpx decodes, as over the adapter
            compress=False,
            timeout=_client_timeout(prepared.timeout),
        ) as aio:
            body = await aio.read()
            status, raw_headers, reason = aio.status, aio.raw_headers, aio.reason
            encoded = "Content-Encoding" in aio.headers
    except _AIO.ClientError as exc:
        raise _httpx_error(exc) from exc
    extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
    if reason:
        extensions["reason_phrase"] = reason.encode()
    response = _AiohttpResponse(
        status, headers=raw_headers, stream=httpx.ByteStream(body), extensions=extensions
    )
    response._make_request = lambda: prepared.to_httpx(client)
    if encoded:
        response.read()  # gzip/deflate/...: decoded by httpx's decoders
    else:  # what read() would leave, without its decoder and chunker
        response._content = body
        response.is_stream_consumed = True
        response.is_closed = True
    response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
    if client.follow_redirects and response.has_redirect_location:
        # hand over to httpx from the first redirect (its rules for method, headers, ...)
        redirect = client._build_redirect_request(response.request, response)
        return await client.send(redirect)
    return response


@lru_cache(maxsize=256)
def _aiohttp_headers(
    defaults: tuple[tuple[bytes, bytes], ...], ours: tuple[tuple[str, str], ...]
) -> Any:
    """The http client's default headers (raw) updated with ours, as httpx merges them,
    as the immutable multidict aiohttp takes (aiohttp adds ``Host`` and ``Content-Length``)."""
    merged = httpx.Headers(list(defaults))
    merged.update(dict(ours))
    return _AIO.CIMultiDictProxy(_AIO.CIMultiDict(merged.multi_items()))


@lru_cache(maxsize=1024)
def _aiohttp_url(url: str, params: tuple[tuple[str, str], ...]) -> Any:
    """The URL as httpx would send it (parsed, normalised and percent-encoded by httpx, the
    query merged), handed to aiohttp as already encoded so that it goes out byte for byte
    (the adapter passes ``str(url)``, which yarl re-quotes: ``%3A`` becomes ``:``)."""
    from ._building import _parsed_url

    parsed = _parsed_url(url)
    return _AIO.URL(str(parsed.copy_merge_params(params) if params else parsed), encoded=True)


def _client_timeout(timeout: float | httpx.Timeout | None) -> Any:
    """The adapter's mapping of an httpx timeout to ``aiohttp.ClientTimeout`` (cached)."""
    t = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    key = (t.connect, t.read, t.pool)
    cached = _TIMEOUTS.get(key)
    if cached is None:
        if len(_TIMEOUTS) >= 64:
            _TIMEOUTS.clear()
        cached = _TIMEOUTS[key] = _AIO.ClientTimeout(
            sock_connect=t.connect, sock_read=t.read, connect=t.pool
        )
    return cached


_TIMEOUTS: dict[tuple[float | None, float | None, float | None], Any] = {}
