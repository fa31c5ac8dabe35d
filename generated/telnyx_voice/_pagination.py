# Hand-written: copied from overlay/telnyx_voice/_pagination.py by codegen; edit it there.
"""Pages of list operations.

Telnyx paginates two ways (``Operation.pagination``):

* ``"page_number"``: the response ``meta`` has ``page_number`` and ``total_pages``; the
  next page is requested with ``page[number]=<n+1>`` (other query parameters, such as
  ``page[size]`` and filters, are kept).
* ``"cursor"``: the response ``meta.cursors.after`` is sent back as ``page[after]``.

The page classes carry the official ``telnyx`` SDK's names, ``SyncDefaultFlatPagination``
and ``AsyncDefaultFlatPagination`` (also importable from ``telnyx_voice.pagination``);
``SyncPage``/``AsyncPage`` are the same classes under their earlier names.

Iterating a page (``for item in page`` / ``async for item in page``) yields the items of
that page and every following page, fetching them lazily.  A page whose ``meta`` does not
advance (same page number or cursor as the previous page) ends the iteration, so a
misbehaving server cannot cause an endless loop.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, TypeVar, cast

from ._operation import Operation

__all__ = [
    "AsyncDefaultFlatPagination",
    "AsyncPage",
    "AsyncPaginator",
    "SyncDefaultFlatPagination",
    "SyncPage",
]

T = TypeVar("T")

NextQuery = Mapping[str, object]


def _get(obj: object, key: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(key)
    value = getattr(obj, key, None)
    if value is None:
        extra = getattr(obj, "model_extra", None)
        if isinstance(extra, dict):
            return extra.get(key)
    return value


class _BasePage(Generic[T]):
    def __init__(
        self, response: Any, *, op: Operation[Any], previous_marker: object = None
    ) -> None:
        self.response = response
        """The parsed response model of this page."""
        self._op = op
        self._stalled = previous_marker is not None and previous_marker == self._marker()

    @property
    def data(self) -> list[T]:
        """The items of this page."""
        return list(_get(self.response, "data") or [])

    @property
    def meta(self) -> Any:
        """The ``meta`` object of this page (model or dict), if any."""
        return _get(self.response, "meta")

    def _marker(self) -> object:
        meta = self.meta
        if self._op.pagination == "cursor":
            return _get(_get(meta, "cursors"), "after")
        return _get(meta, "page_number")

    def _next_query(self) -> NextQuery | None:
        if self._stalled or not self.data:
            return None
        meta = self.meta
        if self._op.pagination == "cursor":
            after = _get(_get(meta, "cursors"), "after")
            if not after:
                return None
            return {"page[after]": after, "page[before]": None}
        number = _get(meta, "page_number")
        total = _get(meta, "total_pages")
        if isinstance(number, int) and isinstance(total, int) and number < total:
            return {"page[number]": number + 1}
        return None

    def has_next_page(self) -> bool:
        """Whether another page can be fetched."""
        return self._next_query() is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} meta={self.meta!r}>"


class SyncDefaultFlatPagination(_BasePage[T]):
    """One page of a sync list call; iterate it for the items of all pages.

    Fetching further pages may raise any :class:`~telnyx_voice.APIError`.
    """

    def __init__(
        self,
        response: Any,
        *,
        op: Operation[Any],
        fetch: Callable[[NextQuery, object], SyncDefaultFlatPagination[T]],
        previous_marker: object = None,
    ) -> None:
        super().__init__(response, op=op, previous_marker=previous_marker)
        self._fetch = fetch

    def get_next_page(self) -> SyncDefaultFlatPagination[T]:
        """Fetch the next page. Raises ``RuntimeError`` if :meth:`has_next_page` is false."""
        query = self._next_query()
        if query is None:
            raise RuntimeError("No next page; check has_next_page() first.")
        return self._fetch(query, self._marker())

    def iter_pages(self) -> Iterator[SyncDefaultFlatPagination[T]]:
        """This page and each following page."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncDefaultFlatPagination(_BasePage[T]):
    """One page of an async list call; ``async for`` it for the items of all pages.

    Fetching further pages may raise any :class:`~telnyx_voice.APIError`.
    """

    def __init__(
        self,
        response: Any,
        *,
        op: Operation[Any],
        fetch: Callable[[NextQuery, object], Awaitable[AsyncDefaultFlatPagination[T]]],
        previous_marker: object = None,
    ) -> None:
        super().__init__(response, op=op, previous_marker=previous_marker)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncDefaultFlatPagination[T]:
        """Fetch the next page. Raises ``RuntimeError`` if :meth:`has_next_page` is false."""
        query = self._next_query()
        if query is None:
            raise RuntimeError("No next page; check has_next_page() first.")
        return await self._fetch(query, self._marker())

    async def iter_pages(self) -> AsyncIterator[AsyncDefaultFlatPagination[T]]:
        """This page and each following page."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


SyncPage = SyncDefaultFlatPagination
AsyncPage = AsyncDefaultFlatPagination

_PageT = TypeVar("_PageT", bound=AsyncDefaultFlatPagination[Any])


class AsyncPaginator(Generic[T, _PageT]):
    """Returned (not awaited) by async list methods:
    ``AsyncPaginator[Conference, AsyncDefaultFlatPagination[Conference]]``, as in the
    official SDK.

    ``await paginator`` gives the first page; ``async for item in paginator`` yields the
    items of all pages.  Each of these starts a new request for the first page.
    """

    def __init__(self, first_page: Callable[[], Awaitable[_PageT]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, _PageT]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield cast(T, item)
