"""HTTP clients: :class:`SyncAPIClient` and :class:`AsyncAPIClient`.

Request *building* and response *parsing* live in :mod:`._building` and the retry
*policy* in :mod:`._retry`; both clients share them and differ only in their
send/sleep loop.

Retry policy (see :mod:`._retry` for details): up to ``max_retries`` (default 2) retries
of connection errors, timeouts, 408, 429 and 5xx, with exponential backoff and jitter
(0.5s, 1s, 2s, ... capped at 8s) or the server's ``Retry-After`` on 429/503 (capped at
60s).  Idempotent operations -- GET/PUT/DELETE and Call Control commands, whose
``command_id`` is generated once per logical call and sent unchanged on every attempt --
retry all of these.  Non-idempotent operations (dial, create conference, ...) are only
retried when the request surely did not reach the server (connect error/timeout) or was
refused with 429, because repeating a request that may have been processed could, for
example, place a second call.  Pass ``retry_non_idempotent=True`` to the client,
``with_options`` or ``RequestOptions`` to retry them anyway.

Deadlines (see :mod:`._deadlines`): each operation's timeout defaults by its latency
category (``interactive`` 5 s, ``responsive`` 30 s, ``background`` 60 s); ``timeouts=``
(a mapping category -> timeout) overrides categories, ``timeout=`` all of them, per
client, ``with_options`` or call.

Hedging (``hedge_after=`` seconds, ``max_hedges=``, default off and 1): for an operation
whose body has ``command_id``, when no response has arrived ``hedge_after`` seconds after
the request (or the previous hedge) was sent -- async over httpx's own transport: after it
got a connection, so that waiting for this client's pool does not count; elsewhere from
the start of the request -- the identical request -- same body, same
``command_id``, so Telnyx executes the command once -- is sent again, up to
``max_hedges`` times; the first successful response is used and the other requests are
cancelled (async: the task is cancelled and its connection closed; sync: each request
runs in its own thread, a losing one cannot be interrupted mid-read and is abandoned --
not retried, its response closed when it returns, at the latest at its timeout).  An
error response (4xx/5xx, after retries) is an answer too and ends the call; a
connection error or timeout of one request waits for the others.  Operations without
``command_id`` are never hedged.  Each hedge is logged (INFO) on ``telnyx_voice``.

Logging goes to the ``telnyx_voice`` logger (``TELNYX_LOG=debug`` enables debug output on
stderr): method, path, status, attempt, ``command_id`` and elapsed time.  The API key is
never logged, nor shown in ``repr()`` or exception messages.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
import platform
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any, TypeVar, cast

import httpx

from ._building import PreparedRequest, _parsed_url, build_request, parse_response
from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_HEDGES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TIMEOUTS,
)
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    TelnyxError,
    make_status_error,
)
from ._http_clients import aiohttp_transport, send_over_aiohttp
from ._operation import Operation, ResultT
from ._pagination import AsyncPage, AsyncPaginator, NextQuery, SyncPage
from ._response import (
    AsyncBinaryAPIResponse,
    BinaryAPIResponse,
    capture_raw,
    parse_body,
    stream_requested,
)
from ._retry import delay_after_exception, delay_after_response
from ._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "AsyncAPIClient", "SyncAPIClient"]

DEFAULT_BASE_URL = "https://api.telnyx.com/v2"

logger = logging.getLogger("telnyx_voice")
_logging_configured = False

_SyncC = TypeVar("_SyncC", bound="SyncAPIClient")
_AsyncC = TypeVar("_AsyncC", bound="AsyncAPIClient")


def _package_version() -> str:
    try:
        module = importlib.import_module(__name__.rpartition(".")[0] + "._version")
    except ImportError:
        return "0.0.0"
    return str(getattr(module, "__version__", "0.0.0"))


@functools.cache
def _user_agent() -> str:
    """``telnyx-voice/<version> python/<version>`` (computed once per process)."""
    return f"telnyx-voice/{_package_version()} python/{platform.python_version()}"


def _setup_logging() -> None:
    global _logging_configured
    if _logging_configured or os.environ.get("TELNYX_LOG", "").lower() != "debug":
        return
    _logging_configured = True
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def _merge_extra_query(options: RequestOptions | None, extra: NextQuery) -> RequestOptions:
    opts = options or RequestOptions()
    return replace(opts, extra_query={**(opts.extra_query or {}), **extra})


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request, f"Request timed out ({type(exc).__name__}).")
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(request, f"Connection error: {detail}")


def _check_hedging(hedge_after: float | None, max_hedges: int) -> None:
    if hedge_after is not None and not hedge_after > 0:
        raise ValueError(
            f"hedge_after must be > 0 seconds or None (no hedging), got {hedge_after!r}"
        )
    if max_hedges < 0:
        raise ValueError(f"max_hedges must be >= 0, got {max_hedges!r}")


@dataclass
class _Settled:
    """What the hedged requests that have just finished decide."""

    winner: tuple[httpx.Response, int] | None  # the first 2xx (response, retries taken)
    surplus: list[httpx.Response]  # other 2xx finished at the same moment: to be closed
    answer_error: APIStatusError | None  # an error answer: the copies would get it too
    failure: BaseException | None  # a transport error: raised only if nothing answers


def _settle(outcomes: Sequence[tuple[httpx.Response, int] | BaseException]) -> _Settled:
    """Sort the outcomes of finished hedged requests (shared by both clients)."""
    successes = [o for o in outcomes if not isinstance(o, BaseException)]
    errors = [o for o in outcomes if isinstance(o, BaseException)]
    return _Settled(
        winner=successes[0] if successes else None,
        surplus=[response for response, _ in successes[1:]],
        answer_error=next((e for e in errors if isinstance(e, APIStatusError)), None),
        failure=errors[0] if errors else None,
    )


def _signal_when_sent(
    client: httpx.AsyncClient, request: httpx.Request, on_sent: Callable[[], None]
) -> None:
    """Call ``on_sent`` when httpcore starts sending ``request``'s headers (it has a
    connection), through the ``trace`` request extension; at once when the transport is
    not httpx's own (which alone reports these events)."""
    if type(client._transport_for_url(request.url)) is not httpx.AsyncHTTPTransport:
        on_sent()
        return
    inner = request.extensions.get("trace")

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_headers.started"):
            on_sent()
        if inner is not None:
            await inner(event, info)

    request.extensions["trace"] = trace


class _Abandoned(Exception):
    """Ends a losing hedged request's retry loop (never reaches the caller)."""


class _BaseClient:
    """Configuration shared by both clients (no I/O)."""

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        public_key: str | Sequence[str] | None,
        retry_non_idempotent: bool,
        strict_response_validation: bool,
        clock: Callable[[], float] | None,
        timeouts: Mapping[str, TimeoutTypes] | None,
        hedge_after: float | None,
        max_hedges: int,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("TELNYX_API_KEY")
        if not key:
            raise TelnyxError(
                "No Telnyx API key: pass api_key=... to the client or set the "
                "TELNYX_API_KEY environment variable."
            )
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        _check_hedging(hedge_after, max_hedges)
        unknown = sorted(set(timeouts or {}) - set(DEFAULT_TIMEOUTS))
        if unknown:
            raise ValueError(
                f"timeouts: unknown latency categor{'y' if len(unknown) == 1 else 'ies'} "
                f"{', '.join(map(repr, unknown))}; the categories are "
                + ", ".join(map(repr, DEFAULT_TIMEOUTS))
            )
        _setup_logging()
        self._api_key = key
        self.base_url = str(
            base_url or os.environ.get("TELNYX_BASE_URL") or DEFAULT_BASE_URL
        ).rstrip("/")
        self.timeout: TimeoutTypes = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout
        self._timeout_given = timeout
        self.timeouts: dict[str, TimeoutTypes] = dict(timeouts or {})
        base: Mapping[str, TimeoutTypes] = (
            DEFAULT_TIMEOUTS
            if isinstance(timeout, NotGiven)
            else dict.fromkeys(DEFAULT_TIMEOUTS, timeout)
        )
        # category -> the timeout a request of that category gets (resolved once, here)
        self._category_timeouts: dict[str, TimeoutTypes] = {**base, **self.timeouts}
        self.hedge_after = hedge_after
        self.max_hedges = max_hedges
        self.max_retries = max_retries
        self.public_key: str | Sequence[str] | None = (
            public_key if public_key is not None else os.environ.get("TELNYX_PUBLIC_KEY")
        )
        self.retry_non_idempotent = retry_non_idempotent
        self._strict_response_validation = strict_response_validation
        self._custom_headers: dict[str, str] = dict(default_headers or {})
        self._clock: Callable[[], float] = clock or time.time

    @property
    def api_key(self) -> str:
        """The API key (never included in ``repr()``)."""
        return self._api_key

    @property
    def default_headers(self) -> dict[str, str]:
        """Headers sent with every request (including ``Authorization``)."""
        return dict(self._default_headers)

    @functools.cached_property
    def _default_headers(self) -> dict[str, str]:
        # built once per client (its API key and headers are fixed); build_request copies
        return {
            "Accept": "application/json",
            "User-Agent": _user_agent(),
            **self._custom_headers,
            "Authorization": f"Bearer {self._api_key}",
        }

    def _prepare(
        self,
        op: Operation[Any],
        path_params: Mapping[str, str] | None,
        query: Mapping[str, object] | None,
        body: object,
        options: RequestOptions | None,
        headers: Mapping[str, object] | None = None,
    ) -> PreparedRequest:
        return build_request(
            op,
            base_url=self.base_url,
            path_params=path_params,
            query=query,
            body=body,
            options=options,
            default_headers=self._default_headers,
            default_timeout=self._category_timeouts.get(op.latency_category, self.timeout),
            default_max_retries=self.max_retries,
            default_retry_non_idempotent=self.retry_non_idempotent,
            default_hedge_after=self.hedge_after,
            default_max_hedges=self.max_hedges,
            header_params=headers,
        )

    def _copy_kwargs(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
        public_key: str | Sequence[str] | None,
        retry_non_idempotent: bool | NotGiven,
        timeouts: Mapping[str, TimeoutTypes] | None,
        hedge_after: float | None | NotGiven,
        max_hedges: int | NotGiven,
    ) -> dict[str, Any]:
        return {
            "api_key": api_key or self._api_key,
            "base_url": base_url or self.base_url,
            "timeout": self._timeout_given if isinstance(timeout, NotGiven) else timeout,
            "timeouts": {**self.timeouts, **(timeouts or {})},
            "hedge_after": self.hedge_after if isinstance(hedge_after, NotGiven) else hedge_after,
            "max_hedges": self.max_hedges if isinstance(max_hedges, NotGiven) else max_hedges,
            "max_retries": self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            "default_headers": {**self._custom_headers, **(default_headers or {})},
            "public_key": public_key if public_key is not None else self.public_key,
            "retry_non_idempotent": (
                self.retry_non_idempotent
                if isinstance(retry_non_idempotent, NotGiven)
                else retry_non_idempotent
            ),
            "_strict_response_validation": self._strict_response_validation,
            "_clock": self._clock,
        }

    def _parse(self, op: Operation[Any], response: httpx.Response) -> Any:
        if op.result_kind != "json":
            return parse_body(op, response)  # bytes, or the decoded text
        return parse_response(op, response, strict=self._strict_response_validation)

    def _status_error(self, response: httpx.Response) -> Exception:
        return make_status_error(response, secret=self._api_key)

    def _log_attempt(
        self, prepared: PreparedRequest, attempt: int, started: float, outcome: str
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s (attempt %d/%d, command_id=%s, %.0f ms)",
                prepared.method,
                _parsed_url(prepared.url).raw_path.decode("ascii", "replace"),
                outcome,
                attempt + 1,
                prepared.max_retries + 1,
                prepared.command_id,
                (time.monotonic() - started) * 1000.0,
            )

    def _log_hedge(self, prepared: PreparedRequest, hedge: int) -> None:
        logger.info(
            "Hedging %s %s: no response after %.0f ms, sending hedge %d of %d (command_id=%s)",
            prepared.method,
            prepared.op.path,
            (prepared.hedge_after or 0.0) * 1000.0,
            hedge,
            prepared.max_hedges,
            prepared.command_id,
        )

    def _log_retry(self, prepared: PreparedRequest, attempt: int, delay: float) -> None:
        logger.info(
            "Retrying %s %s in %.2fs (retry %d of %d, command_id=%s)",
            prepared.method,
            prepared.op.path,
            delay,
            attempt + 1,
            prepared.max_retries,
            prepared.command_id,
        )

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} base_url={self.base_url!r} "
            f"max_retries={self.max_retries} api_key='***'>"
        )


class SyncAPIClient(_BaseClient):
    """Blocking client. Use as a context manager or call :meth:`close`.

    ``api_key`` defaults to ``$TELNYX_API_KEY`` (raises :class:`TelnyxError` if neither is
    set), ``base_url`` to ``$TELNYX_BASE_URL`` or ``https://api.telnyx.com/v2``,
    ``public_key`` (for webhook verification) to ``$TELNYX_PUBLIC_KEY``.  ``_sleep`` and
    ``_clock`` (POSIX seconds) are injectable for tests.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        public_key: str | Sequence[str] | None = None,
        retry_non_idempotent: bool = False,
        timeouts: Mapping[str, TimeoutTypes] | None = None,
        hedge_after: float | None = None,
        max_hedges: int = DEFAULT_MAX_HEDGES,
        _strict_response_validation: bool = False,
        _sleep: Callable[[float], None] | None = None,
        _clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            public_key=public_key,
            retry_non_idempotent=retry_non_idempotent,
            strict_response_validation=_strict_response_validation,
            clock=_clock,
            timeouts=timeouts,
            hedge_after=hedge_after,
            max_hedges=max_hedges,
        )
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS
        )
        self._sleep: Callable[[float], None] = _sleep or time.sleep

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the underlying http client if this client created it."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self: _SyncC) -> _SyncC:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def copy(
        self: _SyncC,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        public_key: str | Sequence[str] | None = None,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
        timeouts: Mapping[str, TimeoutTypes] | None = None,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
        max_hedges: int | NotGiven = NOT_GIVEN,
    ) -> _SyncC:
        """A new client of the same class with some options overridden.

        The new client shares (and does not close) this client's http connection pool.
        ``timeouts`` is merged over this client's; ``hedge_after=None`` turns hedging off.
        """
        kwargs = self._copy_kwargs(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            public_key=public_key,
            retry_non_idempotent=retry_non_idempotent,
            timeouts=timeouts,
            hedge_after=hedge_after,
            max_hedges=max_hedges,
        )
        new = type(self)(http_client=self._http, _sleep=self._sleep, **kwargs)
        new._owns_http_client = False
        return new

    with_options = copy

    # -- requests ----------------------------------------------------------------------

    def request(
        self,
        op: Operation[ResultT],
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> ResultT:
        """Send one API call (with retries) and return the parsed response model.

        ``body`` holds the body's fields by wire name (the body itself for an operation with
        ``whole_body``), ``headers`` its header parameters by wire name; the request is
        built once, so every retry sends the same bytes.

        Raises :class:`RequestValidationError` (nothing sent), :class:`APIStatusError`
        subclasses for non-2xx responses, :class:`APIConnectionError` /
        :class:`APITimeoutError`, and :class:`APIResponseValidationError` for an
        unparseable 2xx body.  Returns ``None`` for 204/empty bodies.
        """
        prepared = self._prepare(op, path_params, query, body, options, headers)
        response, retries = self._send(prepared, stream=stream_requested())
        if capture_raw(response, lambda: self._parse(op, response), retries):
            return cast("ResultT", None)  # the raw-response wrapper returns what it captured
        return cast("ResultT", self._parse(op, response))

    def request_binary(
        self,
        op: Operation[bytes],
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> BinaryAPIResponse:
        """Send one API call whose 2xx body is binary (``op.result_kind == "binary"``) and
        return it, read, as a :class:`BinaryAPIResponse`; raises as :meth:`request`."""
        prepared = self._prepare(op, path_params, query, body, options, headers)
        response, retries = self._send(prepared, stream=stream_requested())
        if capture_raw(response, lambda: parse_body(op, response), retries):
            return cast(BinaryAPIResponse, None)  # the raw-response wrapper returns its own
        return BinaryAPIResponse(response, lambda: response.content, retries)

    def request_page(
        self,
        op: Operation[ResultT],
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> SyncPage[ResultT]:
        """Fetch the first page of a list operation; raises as :meth:`request`."""

        def fetch(
            extra: NextQuery | None, stream: bool = False
        ) -> tuple[httpx.Response, int, Callable[[object], SyncPage[Any]]]:
            opts = options if extra is None else _merge_extra_query(options, extra)
            prepared = self._prepare(op, path_params, query, body, opts, headers)
            response, retries = self._send(prepared, stream=stream)

            def make(previous: object) -> SyncPage[Any]:
                return SyncPage(
                    self._parse(op, response), op=op, fetch=next_page, previous_marker=previous
                )

            return response, retries, make

        def next_page(extra: NextQuery, previous: object) -> SyncPage[Any]:
            _, _, make = fetch(extra)
            return make(previous)

        response, retries, make = fetch(None, stream_requested())
        if capture_raw(response, lambda: make(None), retries):
            return cast("SyncPage[Any]", None)
        return make(None)

    def _send(
        self, prepared: PreparedRequest, *, stream: bool = False
    ) -> tuple[httpx.Response, int]:
        """Send with retries (and hedges when ``prepared.hedge_after`` is set): the 2xx
        response (body unread when ``stream``) and the number of retries taken."""
        if prepared.hedge_after is None:
            return self._send_once(prepared, stream=stream)
        return self._send_hedged(prepared, stream=stream)

    def _send_hedged(
        self, prepared: PreparedRequest, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        """The original request and up to ``max_hedges`` copies, each (with its retries) in a
        thread of its own; the first 2xx wins, the rest are abandoned."""
        from concurrent.futures import FIRST_COMPLETED, Future, wait

        abandoned = threading.Event()
        pending: set[Future[tuple[httpx.Response, int]]] = set()

        def start() -> None:
            future: Future[tuple[httpx.Response, int]] = Future()

            def run() -> None:
                try:
                    future.set_result(self._send_once(prepared, stream=stream, abandoned=abandoned))
                except BaseException as exc:  # handed to the waiting caller
                    future.set_exception(exc)

            threading.Thread(target=run, name="telnyx-voice-hedge", daemon=True).start()
            pending.add(future)

        def discard(future: Future[tuple[httpx.Response, int]]) -> None:
            if not future.cancelled() and future.exception() is None:
                future.result()[0].close()

        start()
        hedges = 0
        failure: BaseException | None = None
        try:
            while pending:
                wait_for = prepared.hedge_after if hedges < prepared.max_hedges else None
                done, _ = wait(pending, timeout=wait_for, return_when=FIRST_COMPLETED)
                if not done:
                    hedges += 1
                    self._log_hedge(prepared, hedges)
                    start()
                    continue
                pending -= done
                settled = _settle([f.exception() or f.result() for f in done])
                for response in settled.surplus:
                    response.close()
                if settled.winner is not None:
                    return settled.winner
                if settled.answer_error is not None:
                    raise settled.answer_error
                failure = failure or settled.failure
            assert failure is not None
            raise failure
        finally:
            abandoned.set()
            for future in pending:
                future.add_done_callback(discard)

    def _send_once(
        self,
        prepared: PreparedRequest,
        *,
        stream: bool = False,
        abandoned: threading.Event | None = None,
    ) -> tuple[httpx.Response, int]:
        """One request with its retries; stops retrying once ``abandoned`` is set."""
        attempt = 0
        while True:
            request = prepared.to_httpx(self._http)
            started = time.monotonic()
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._log_attempt(prepared, attempt, started, type(exc).__name__)
                delay = delay_after_exception(exc, attempt=attempt, prepared=prepared)
                if delay is None:
                    raise _transport_error(exc, request) from exc
            else:
                self._log_attempt(prepared, attempt, started, str(response.status_code))
                if response.is_success:
                    return response, attempt
                delay = delay_after_response(
                    response, attempt=attempt, prepared=prepared, now=self._clock()
                )
                if delay is None:
                    if stream:
                        response.read()  # the error carries the body
                    raise self._status_error(response)
                response.close()
            if abandoned is not None and abandoned.is_set():
                raise _Abandoned
            self._log_retry(prepared, attempt, delay)
            self._sleep(delay)
            attempt += 1


class AsyncAPIClient(_BaseClient):
    """Asyncio client. Use ``async with`` or call :meth:`aclose`.

    Same options as :class:`SyncAPIClient`; ``_sleep`` is an async callable.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        public_key: str | Sequence[str] | None = None,
        retry_non_idempotent: bool = False,
        timeouts: Mapping[str, TimeoutTypes] | None = None,
        hedge_after: float | None = None,
        max_hedges: int = DEFAULT_MAX_HEDGES,
        _strict_response_validation: bool = False,
        _sleep: Callable[[float], Awaitable[None]] | None = None,
        _clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            public_key=public_key,
            retry_non_idempotent=retry_non_idempotent,
            strict_response_validation=_strict_response_validation,
            clock=_clock,
            timeouts=timeouts,
            hedge_after=hedge_after,
            max_hedges=max_hedges,
        )
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout, limits=DEFAULT_CONNECTION_LIMITS
        )
        if _sleep is None:
            import asyncio  # here, not at module level: ~40 ms that sync users never need

            _sleep = asyncio.sleep
        self._sleep: Callable[[float], Awaitable[None]] = _sleep

    # -- lifecycle ---------------------------------------------------------------------

    async def aclose(self) -> None:
        """Close the underlying http client if this client created it."""
        if self._owns_http_client:
            await self._http.aclose()

    close = aclose

    async def __aenter__(self: _AsyncC) -> _AsyncC:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def copy(
        self: _AsyncC,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        public_key: str | Sequence[str] | None = None,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
        timeouts: Mapping[str, TimeoutTypes] | None = None,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
        max_hedges: int | NotGiven = NOT_GIVEN,
    ) -> _AsyncC:
        """A new client of the same class with some options overridden.

        The new client shares (and does not close) this client's http connection pool.
        ``timeouts`` is merged over this client's; ``hedge_after=None`` turns hedging off.
        """
        kwargs = self._copy_kwargs(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            public_key=public_key,
            retry_non_idempotent=retry_non_idempotent,
            timeouts=timeouts,
            hedge_after=hedge_after,
            max_hedges=max_hedges,
        )
        new = type(self)(http_client=self._http, _sleep=self._sleep, **kwargs)
        new._owns_http_client = False
        return new

    with_options = copy

    # -- requests ----------------------------------------------------------------------

    async def request(
        self,
        op: Operation[ResultT],
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> ResultT:
        """Send one API call (with retries) and return the parsed response model.

        Raises as :meth:`SyncAPIClient.request`.
        """
        prepared = self._prepare(op, path_params, query, body, options, headers)
        response, retries = await self._send(prepared, stream=stream_requested())
        if capture_raw(response, lambda: self._parse(op, response), retries):
            return cast("ResultT", None)  # the raw-response wrapper returns what it captured
        return cast("ResultT", self._parse(op, response))

    async def request_binary(
        self,
        op: Operation[bytes],
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> AsyncBinaryAPIResponse:
        """Send one API call whose 2xx body is binary and return it, read, as an
        :class:`AsyncBinaryAPIResponse`; raises as :meth:`SyncAPIClient.request`."""
        prepared = self._prepare(op, path_params, query, body, options, headers)
        response, retries = await self._send(prepared, stream=stream_requested())
        if capture_raw(response, lambda: parse_body(op, response), retries):
            return cast(AsyncBinaryAPIResponse, None)  # the raw-response wrapper returns its own
        return AsyncBinaryAPIResponse(response, lambda: response.content, retries)

    def request_page(
        self,
        op: Operation[ResultT],
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
        body: object = None,
        options: RequestOptions | None = None,
        headers: Mapping[str, object] | None = None,
    ) -> AsyncPaginator[ResultT, AsyncPage[ResultT]]:
        """A paginator for a list operation (no request until awaited or iterated).

        Raises as :meth:`SyncAPIClient.request` when awaited/iterated.
        """

        async def fetch(
            extra: NextQuery | None, stream: bool = False
        ) -> tuple[httpx.Response, int, Callable[[object], AsyncPage[Any]]]:
            opts = options if extra is None else _merge_extra_query(options, extra)
            prepared = self._prepare(op, path_params, query, body, opts, headers)
            response, retries = await self._send(prepared, stream=stream)

            def make(previous: object) -> AsyncPage[Any]:
                return AsyncPage(
                    self._parse(op, response), op=op, fetch=next_page, previous_marker=previous
                )

            return response, retries, make

        async def next_page(extra: NextQuery, previous: object) -> AsyncPage[Any]:
            _, _, make = await fetch(extra)
            return make(previous)

        async def first_page() -> AsyncPage[Any]:
            response, retries, make = await fetch(None, stream_requested())
            if capture_raw(response, lambda: make(None), retries):
                return cast("AsyncPage[Any]", None)
            return make(None)

        return AsyncPaginator(first_page)

    async def _send(
        self, prepared: PreparedRequest, *, stream: bool = False
    ) -> tuple[httpx.Response, int]:
        """Send with retries (and hedges when ``prepared.hedge_after`` is set): the 2xx
        response (body unread when ``stream``) and the number of retries taken."""
        if prepared.hedge_after is None:
            return await self._send_once(prepared, stream=stream)
        return await self._send_hedged(prepared, stream=stream)

    async def _send_hedged(
        self, prepared: PreparedRequest, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        """The original request and up to ``max_hedges`` copies, each (with its retries) a
        task; the first 2xx wins, the other tasks are cancelled.

        Each ``hedge_after`` counts from when the previous request got its connection and
        started sending (httpcore's ``trace`` events, over httpx's own transport), not from
        when it was queued: a request waiting for the client's connection pool is slow
        because of this client, and a copy would only queue behind it (and add to the
        load).  Over other transports (aiohttp, mocks) the time counts from the start.
        """
        import asyncio

        loop = asyncio.get_running_loop()
        pending: set[asyncio.Future[tuple[httpx.Response, int]]] = set()

        def start() -> asyncio.Future[float]:
            sent: asyncio.Future[float] = loop.create_future()

            def on_sent() -> None:
                if not sent.done():
                    sent.set_result(time.monotonic())

            pending.add(
                asyncio.ensure_future(self._send_once(prepared, stream=stream, on_sent=on_sent))
            )
            return sent

        sent = start()
        hedges = 0
        failure: BaseException | None = None
        try:
            while pending:
                waiting_for_send = hedges < prepared.max_hedges and not sent.done()
                wait_for: float | None = None
                if hedges < prepared.max_hedges and sent.done():
                    assert prepared.hedge_after is not None
                    wait_for = max(0.0, sent.result() + prepared.hedge_after - time.monotonic())
                waitables: set[asyncio.Future[Any]] = set(pending)
                if waiting_for_send:
                    waitables.add(sent)
                finished, _ = await asyncio.wait(
                    waitables, timeout=wait_for, return_when="FIRST_COMPLETED"
                )
                done = {t for t in pending if t in finished}
                if not done:
                    if waiting_for_send:
                        continue  # the request got its connection: its hedge_after starts
                    hedges += 1
                    self._log_hedge(prepared, hedges)
                    sent = start()
                    continue
                pending -= done
                settled = _settle([t.exception() or t.result() for t in done])
                for response in settled.surplus:
                    await response.aclose()
                if settled.winner is not None:
                    return settled.winner
                if settled.answer_error is not None:
                    raise settled.answer_error
                failure = failure or settled.failure
            assert failure is not None
            raise failure
        finally:
            if not sent.done():
                sent.cancel()
            for task in pending:
                task.cancel()
            # cancelled (connection closed) or failed: dropped; finished before the cancel
            # took effect: its response closed
            for outcome in await asyncio.gather(*pending, return_exceptions=True):
                if isinstance(outcome, tuple):
                    await outcome[0].aclose()

    async def _send_once(
        self,
        prepared: PreparedRequest,
        *,
        stream: bool = False,
        on_sent: Callable[[], None] | None = None,
    ) -> tuple[httpx.Response, int]:
        """One request with its retries (straight to aiohttp when the http client sends
        over ``httpx_aiohttp`` and nothing of httpx's client layer is in use: see
        :mod:`._http_clients`).  ``on_sent`` is called once the first attempt got a
        connection and starts sending (see :meth:`_send_hedged`)."""
        attempt = 0
        while True:
            request: httpx.Request | None = None
            started = time.monotonic()
            try:
                transport = None if stream else aiohttp_transport(self._http, prepared)
                if transport is not None:
                    if on_sent is not None:
                        on_sent()  # aiohttp tells nothing before the response: from now
                    response = await send_over_aiohttp(self._http, transport, prepared)
                else:
                    request = prepared.to_httpx(self._http)
                    if on_sent is not None:
                        _signal_when_sent(self._http, request, on_sent)
                    response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                self._log_attempt(prepared, attempt, started, type(exc).__name__)
                delay = delay_after_exception(exc, attempt=attempt, prepared=prepared)
                if delay is None:
                    raise _transport_error(exc, request or prepared.to_httpx(self._http)) from exc
            else:
                self._log_attempt(prepared, attempt, started, str(response.status_code))
                if response.is_success:
                    return response, attempt
                delay = delay_after_response(
                    response, attempt=attempt, prepared=prepared, now=self._clock()
                )
                if delay is None:
                    if stream:
                        await response.aread()  # the error carries the body
                    raise self._status_error(response)
                await response.aclose()
            self._log_retry(prepared, attempt, delay)
            await self._sleep(delay)
            attempt += 1
