"""Small shared types: the ``NOT_GIVEN``/``omit`` sentinels and per-call option types.

The official ``telnyx`` SDK's names are kept: ``NOT_GIVEN``/``not_given`` (one object),
``NotGiven``, ``Omit``/``omit`` and ``Timeout`` (``httpx.Timeout``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from os import PathLike
from typing import IO, Any, Final, Literal, Protocol, SupportsIndex, TypeVar, overload

import httpx

# the file and binary body types (`FileTypes`, `FileContent`, `BinaryTypes`) are imported
# from this module, as in the official SDK (`telnyx._types`), not from the package
__all__ = [
    "NOT_GIVEN",
    "Headers",
    "NotGiven",
    "Omit",
    "RequestOptions",
    "Timeout",
    "TimeoutTypes",
    "not_given",
    "omit",
]


class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit ``None``).

    Body fields left as ``NOT_GIVEN`` are omitted from the JSON; a field passed as
    ``None`` is sent as ``null``.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
not_given: Final = NOT_GIVEN
"""The official SDK's lower-case spelling of :data:`NOT_GIVEN` (the same object)."""

_T_co = TypeVar("_T_co", covariant=True)


class SequenceNotStr(Protocol[_T_co]):
    """A sequence that is not a ``str``: for array arguments (``["a", "b"]`` type-checks,
    ``"ab"``, which is also a sequence of strings, does not).

    ``str.__contains__`` only takes a ``str``, so ``str`` does not match this protocol.
    """

    @overload
    def __getitem__(self, index: SupportsIndex, /) -> _T_co: ...
    @overload
    def __getitem__(self, index: slice, /) -> Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T_co]: ...
    def index(self, value: Any, start: int = 0, stop: int = ..., /) -> int: ...
    def count(self, value: Any, /) -> int: ...
    def __reversed__(self) -> Iterator[_T_co]: ...


class Omit(NotGiven):
    """Explicitly leaves something out of a request (``omit``).

    As an argument it is the same as not passing it (the field is not sent); as an
    ``extra_headers`` value it removes that header (``extra_headers={"User-Agent": omit}``).
    A subclass of :class:`NotGiven`, so ``x: str | NotGiven = NOT_GIVEN`` accepts it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()

Headers = Mapping[str, str | Omit]
"""``extra_headers=``: header values, or ``omit`` to remove a header the SDK would send."""

Timeout = httpx.Timeout
"""``httpx.Timeout``, as the official SDK exports it: ``Timeout(20.0, connect=5.0)``."""

FileContent = IO[bytes] | bytes | PathLike[str]
"""A file's content, as the official SDK types it: a binary file object, bytes, or a path
(read when the request is built)."""

FileTypes = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
"""A file argument of a ``multipart/form-data`` upload (the official SDK's ``FileTypes``):
the content, or ``(filename, content)``, ``(filename, content, content_type)``,
``(filename, content, content_type, headers)``. A path sends the file's name, a file object
its ``name`` attribute's last part. The content is read once, when the request is built,
so a retry sends the identical bytes."""

BinaryTypes = bytes | bytearray | IO[bytes] | Iterable[bytes]
"""A raw request body (``application/octet-stream``), with :data:`FileContent`: read into
bytes once when the request is built, so a retry sends the identical bytes."""

TimeoutTypes = float | httpx.Timeout | None
"""What every ``timeout=`` argument accepts: seconds, an ``httpx.Timeout`` or ``None`` (no limit)."""


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options every generated method forwards to the client.

    ``extra_headers``/``extra_query``/``extra_body`` are merged over what the SDK builds
    (an ``extra_query`` value of ``None`` removes that key); ``timeout`` and
    ``max_retries`` override the client's settings for this call; ``retry_non_idempotent``
    opts this call into retrying even when the request may have reached the server;
    ``hedge_after`` (seconds, or ``None`` for no hedging) and ``max_hedges`` override the
    client's hedging of operations with ``command_id`` (ignored for the others).
    Generated methods pass them by position in this order (``RequestOptions(extra_headers,
    extra_query, extra_body, timeout, max_retries, hedge_after)``; ``hedge_after`` only for
    operations with ``command_id``), ``retry_non_idempotent`` by keyword.
    """

    extra_headers: Headers | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    hedge_after: float | None | NotGiven = NOT_GIVEN
    retry_non_idempotent: bool | NotGiven = NOT_GIVEN
    max_hedges: int | NotGiven = NOT_GIVEN
