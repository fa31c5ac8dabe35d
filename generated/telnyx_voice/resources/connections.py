"""`client.connections`: 1 operation(s) of the Telnyx Voice API, sync and async."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

from telnyx_voice import _operations
from telnyx_voice._resource import AsyncAPIResource, SyncAPIResource
from telnyx_voice._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from telnyx_voice._types import NOT_GIVEN, Headers, NotGiven, RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    from telnyx_voice._pagination import (
        AsyncDefaultFlatPagination,
        AsyncPaginator,
        SyncDefaultFlatPagination,
    )
    from telnyx_voice.types.models import (
        ActiveCall,
    )
    from telnyx_voice.types.params import (
        ListConnectionActiveCallsPageParam,
    )

__all__ = [
    "AsyncConnectionsResource",
    "AsyncConnectionsResourceWithRawResponse",
    "AsyncConnectionsResourceWithStreamingResponse",
    "ConnectionsResource",
    "ConnectionsResourceWithRawResponse",
    "ConnectionsResourceWithStreamingResponse",
]


class ConnectionsResource(SyncAPIResource):
    """`client.connections` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> ConnectionsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return ConnectionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConnectionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return ConnectionsResourceWithStreamingResponse(self)

    def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncDefaultFlatPagination[ActiveCall]:
        """List all active calls for given connection.

        Lists all active calls for given connection. Acceptable connections are either SIP
        connections with webhook_url or xml_request_url, call control or texml. Returned results
        are cursor paginated.

        Args:
            connection_id (path, required): Telnyx connection id.
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.

        Returns:
            A page of `ActiveCall` items; iterating it fetches the following pages (cursor
                pagination).

        Deadline: latency category `responsive` (the spec's `x-latency-category`), default
        timeout 30 s (5 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"responsive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`).
        """
        return self._client.request_page(
            _operations.CONNECTIONS_LIST_ACTIVE_CALLS,
            path_params={"connection_id": connection_id},
            query={"page": page, "page[number]": page_number, "page[size]": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class ConnectionsResourceWithRawResponse:
    """`connections.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: ConnectionsResource) -> None:
        self._resource = resource
        self.list_active_calls = to_raw_response_wrapper(resource.list_active_calls)


class ConnectionsResourceWithStreamingResponse:
    """`connections.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: ConnectionsResource) -> None:
        self._resource = resource
        self.list_active_calls = to_streamed_response_wrapper(resource.list_active_calls)


class AsyncConnectionsResource(AsyncAPIResource):
    """`client.connections` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> AsyncConnectionsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncConnectionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConnectionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncConnectionsResourceWithStreamingResponse(self)

    def list_active_calls(
        self,
        connection_id: str,
        *,
        page: ListConnectionActiveCallsPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[ActiveCall, AsyncDefaultFlatPagination[ActiveCall]]:
        """List all active calls for given connection.

        Lists all active calls for given connection. Acceptable connections are either SIP
        connections with webhook_url or xml_request_url, call control or texml. Returned results
        are cursor paginated.

        Args:
            connection_id (path, required): Telnyx connection id.
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.

        Returns:
            A page of `ActiveCall` items; iterating it fetches the following pages (cursor
                pagination).

        Deadline: latency category `responsive` (the spec's `x-latency-category`), default
        timeout 30 s (5 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"responsive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /connections/{connection_id}/active_calls` (operationId `ListConnectionActiveCalls`).
        """
        return self._client.request_page(
            _operations.CONNECTIONS_LIST_ACTIVE_CALLS,
            path_params={"connection_id": connection_id},
            query={"page": page, "page[number]": page_number, "page[size]": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncConnectionsResourceWithRawResponse:
    """`connections.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncConnectionsResource) -> None:
        self._resource = resource
        self.list_active_calls = async_to_raw_response_wrapper(resource.list_active_calls)


class AsyncConnectionsResourceWithStreamingResponse:
    """`connections.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncConnectionsResource) -> None:
        self._resource = resource
        self.list_active_calls = async_to_streamed_response_wrapper(resource.list_active_calls)
