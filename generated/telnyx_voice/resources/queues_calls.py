"""`client.queues.calls`: 4 operation(s) of the Telnyx Voice API, sync and async."""

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
        QueueCall,
        QueueCallResponse,
    )
    from telnyx_voice.types.params import (
        ListQueueCallsPageParam,
    )

__all__ = [
    "AsyncQueuesCallsResource",
    "AsyncQueuesCallsResourceWithRawResponse",
    "AsyncQueuesCallsResourceWithStreamingResponse",
    "QueuesCallsResource",
    "QueuesCallsResourceWithRawResponse",
    "QueuesCallsResourceWithStreamingResponse",
]


class QueuesCallsResource(SyncAPIResource):
    """`client.queues.calls` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> QueuesCallsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return QueuesCallsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> QueuesCallsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return QueuesCallsResourceWithStreamingResponse(self)

    def list(
        self,
        queue_name: str,
        *,
        page: ListQueueCallsPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncDefaultFlatPagination[QueueCall]:
        """Retrieve calls from a queue.

        Retrieve the list of calls in an existing queue

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.

        Returns:
            A page of `QueueCall` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues/{queue_name}/calls` (operationId `ListQueueCalls`).
        """
        return self._client.request_page(
            _operations.QUEUES_CALLS_LIST,
            path_params={"queue_name": queue_name},
            query={"page": page, "page[number]": page_number, "page[size]": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def remove(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Force remove a call from a queue.

        Removes an inactive call from a queue. If the call is no longer active, use this command
        to remove it from the queue.

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            call_control_id (path, required): Unique identifier and token for controlling the
                call.

        Returns:
            None (Call successfully removed from the queue).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `DELETE /queues/{queue_name}/calls/{call_control_id}` (operationId `RemoveQueueCall`).
        """
        self._client.request(
            _operations.QUEUES_CALLS_REMOVE,
            path_params={"queue_name": queue_name, "call_control_id": call_control_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def retrieve(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> QueueCallResponse:
        """Retrieve a call from a queue.

        Retrieve an existing call from an existing queue

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            call_control_id (path, required): Unique identifier and token for controlling the
                call.

        Returns:
            `QueueCallResponse`: Successful response with details about a call in a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues/{queue_name}/calls/{call_control_id}` (operationId `RetrieveCallFromQueue`).
        """
        return self._client.request(
            _operations.QUEUES_CALLS_RETRIEVE,
            path_params={"queue_name": queue_name, "call_control_id": call_control_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        keep_after_hangup: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update queued call.

        Update queued call's keep_after_hangup flag

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            keep_after_hangup (body, optional): Whether the call should remain in queue after
                hangup.

        Returns:
            None (Call has been successfully updated.).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `PATCH /queues/{queue_name}/calls/{call_control_id}` (operationId `UpdateCallInQueue`).
        """
        self._client.request(
            _operations.QUEUES_CALLS_UPDATE,
            path_params={"queue_name": queue_name, "call_control_id": call_control_id},
            body={
                "keep_after_hangup": keep_after_hangup,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )


class QueuesCallsResourceWithRawResponse:
    """`queues.calls.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: QueuesCallsResource) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(resource.list)
        self.remove = to_raw_response_wrapper(resource.remove)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)


class QueuesCallsResourceWithStreamingResponse:
    """`queues.calls.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: QueuesCallsResource) -> None:
        self._resource = resource
        self.list = to_streamed_response_wrapper(resource.list)
        self.remove = to_streamed_response_wrapper(resource.remove)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncQueuesCallsResource(AsyncAPIResource):
    """`client.queues.calls` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> AsyncQueuesCallsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncQueuesCallsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncQueuesCallsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncQueuesCallsResourceWithStreamingResponse(self)

    def list(
        self,
        queue_name: str,
        *,
        page: ListQueueCallsPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[QueueCall, AsyncDefaultFlatPagination[QueueCall]]:
        """Retrieve calls from a queue.

        Retrieve the list of calls in an existing queue

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.

        Returns:
            A page of `QueueCall` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues/{queue_name}/calls` (operationId `ListQueueCalls`).
        """
        return self._client.request_page(
            _operations.QUEUES_CALLS_LIST,
            path_params={"queue_name": queue_name},
            query={"page": page, "page[number]": page_number, "page[size]": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def remove(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Force remove a call from a queue.

        Removes an inactive call from a queue. If the call is no longer active, use this command
        to remove it from the queue.

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            call_control_id (path, required): Unique identifier and token for controlling the
                call.

        Returns:
            None (Call successfully removed from the queue).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `DELETE /queues/{queue_name}/calls/{call_control_id}` (operationId `RemoveQueueCall`).
        """
        await self._client.request(
            _operations.QUEUES_CALLS_REMOVE,
            path_params={"queue_name": queue_name, "call_control_id": call_control_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def retrieve(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> QueueCallResponse:
        """Retrieve a call from a queue.

        Retrieve an existing call from an existing queue

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            call_control_id (path, required): Unique identifier and token for controlling the
                call.

        Returns:
            `QueueCallResponse`: Successful response with details about a call in a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues/{queue_name}/calls/{call_control_id}` (operationId `RetrieveCallFromQueue`).
        """
        return await self._client.request(
            _operations.QUEUES_CALLS_RETRIEVE,
            path_params={"queue_name": queue_name, "call_control_id": call_control_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update(
        self,
        call_control_id: str,
        *,
        queue_name: str,
        keep_after_hangup: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update queued call.

        Update queued call's keep_after_hangup flag

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            call_control_id (path, required): Unique identifier and token for controlling the
                call.
            keep_after_hangup (body, optional): Whether the call should remain in queue after
                hangup.

        Returns:
            None (Call has been successfully updated.).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `PATCH /queues/{queue_name}/calls/{call_control_id}` (operationId `UpdateCallInQueue`).
        """
        await self._client.request(
            _operations.QUEUES_CALLS_UPDATE,
            path_params={"queue_name": queue_name, "call_control_id": call_control_id},
            body={
                "keep_after_hangup": keep_after_hangup,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )


class AsyncQueuesCallsResourceWithRawResponse:
    """`queues.calls.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncQueuesCallsResource) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(resource.list)
        self.remove = async_to_raw_response_wrapper(resource.remove)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncQueuesCallsResourceWithStreamingResponse:
    """`queues.calls.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncQueuesCallsResource) -> None:
        self._resource = resource
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.remove = async_to_streamed_response_wrapper(resource.remove)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)
