"""`client.queues`: 5 operation(s) of the Telnyx Voice API, sync and async."""

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
    from telnyx_voice.resources.queues_calls import (
        AsyncQueuesCallsResource,
        AsyncQueuesCallsResourceWithRawResponse,
        AsyncQueuesCallsResourceWithStreamingResponse,
        QueuesCallsResource,
        QueuesCallsResourceWithRawResponse,
        QueuesCallsResourceWithStreamingResponse,
    )
    from telnyx_voice.types.models import (
        Queue,
        QueueResponse,
    )

__all__ = [
    "AsyncQueuesResource",
    "AsyncQueuesResourceWithRawResponse",
    "AsyncQueuesResourceWithStreamingResponse",
    "QueuesResource",
    "QueuesResourceWithRawResponse",
    "QueuesResourceWithStreamingResponse",
]


class QueuesResource(SyncAPIResource):
    """`client.queues` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def calls(self) -> QueuesCallsResource:
        from telnyx_voice.resources.queues_calls import QueuesCallsResource

        return QueuesCallsResource(self._client)

    @cached_property
    def with_raw_response(self) -> QueuesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return QueuesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> QueuesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return QueuesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        queue_name: str,
        max_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> QueueResponse:
        """Create a queue.

        Create a new call queue.

        Args:
            queue_name (body, required): The name of the queue. Must be between 1 and 255
                characters.
            max_size (body, optional): The maximum number of calls allowed in the queue.
                Default: `300`. Minimum: 1.

        Returns:
            `QueueResponse`: Successful response with details about a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /queues` (operationId `CreateQueue`).
        """
        return self._client.request(
            _operations.QUEUES_CREATE,
            body={
                "queue_name": queue_name,
                "max_size": max_size,
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

    def delete(
        self,
        queue_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a queue.

        Delete an existing call queue.

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.

        Returns:
            None (Queue deleted successfully.).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `DELETE /queues/{queue_name}` (operationId `DeleteQueue`).
        """
        self._client.request(
            _operations.QUEUES_DELETE,
            path_params={"queue_name": queue_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncDefaultFlatPagination[Queue]:
        """List queues.

        List all queues for the authenticated user.

        Args:
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250.

        Returns:
            A page of `Queue` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues` (operationId `ListQueues`).
        """
        return self._client.request_page(
            _operations.QUEUES_LIST,
            query={"page[number]": page_number, "page[size]": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def retrieve(
        self,
        queue_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> QueueResponse:
        """Retrieve a call queue.

        Retrieve an existing call queue

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.

        Returns:
            `QueueResponse`: Successful response with details about a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues/{queue_name}` (operationId `RetrieveCallQueue`).
        """
        return self._client.request(
            _operations.QUEUES_RETRIEVE,
            path_params={"queue_name": queue_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update(
        self,
        queue_name: str,
        *,
        max_size: int,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> QueueResponse:
        """Update a queue.

        Update properties of an existing call queue.

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            max_size (body, required): The maximum number of calls allowed in the queue.
                Minimum: 1.

        Returns:
            `QueueResponse`: Successful response with details about a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /queues/{queue_name}` (operationId `UpdateQueue`).
        """
        return self._client.request(
            _operations.QUEUES_UPDATE,
            path_params={"queue_name": queue_name},
            body={
                "max_size": max_size,
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


class QueuesResourceWithRawResponse:
    """`queues.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: QueuesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.update = to_raw_response_wrapper(resource.update)

    @cached_property
    def calls(self) -> QueuesCallsResourceWithRawResponse:
        return QueuesCallsResourceWithRawResponse(self._resource.calls)


class QueuesResourceWithStreamingResponse:
    """`queues.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: QueuesResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.delete = to_streamed_response_wrapper(resource.delete)
        self.list = to_streamed_response_wrapper(resource.list)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.update = to_streamed_response_wrapper(resource.update)

    @cached_property
    def calls(self) -> QueuesCallsResourceWithStreamingResponse:
        return QueuesCallsResourceWithStreamingResponse(self._resource.calls)


class AsyncQueuesResource(AsyncAPIResource):
    """`client.queues` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def calls(self) -> AsyncQueuesCallsResource:
        from telnyx_voice.resources.queues_calls import AsyncQueuesCallsResource

        return AsyncQueuesCallsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncQueuesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncQueuesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncQueuesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncQueuesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        queue_name: str,
        max_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> QueueResponse:
        """Create a queue.

        Create a new call queue.

        Args:
            queue_name (body, required): The name of the queue. Must be between 1 and 255
                characters.
            max_size (body, optional): The maximum number of calls allowed in the queue.
                Default: `300`. Minimum: 1.

        Returns:
            `QueueResponse`: Successful response with details about a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /queues` (operationId `CreateQueue`).
        """
        return await self._client.request(
            _operations.QUEUES_CREATE,
            body={
                "queue_name": queue_name,
                "max_size": max_size,
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

    async def delete(
        self,
        queue_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a queue.

        Delete an existing call queue.

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.

        Returns:
            None (Queue deleted successfully.).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `DELETE /queues/{queue_name}` (operationId `DeleteQueue`).
        """
        await self._client.request(
            _operations.QUEUES_DELETE,
            path_params={"queue_name": queue_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list(
        self,
        *,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Queue, AsyncDefaultFlatPagination[Queue]]:
        """List queues.

        List all queues for the authenticated user.

        Args:
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250.

        Returns:
            A page of `Queue` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues` (operationId `ListQueues`).
        """
        return self._client.request_page(
            _operations.QUEUES_LIST,
            query={"page[number]": page_number, "page[size]": page_size},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def retrieve(
        self,
        queue_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> QueueResponse:
        """Retrieve a call queue.

        Retrieve an existing call queue

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.

        Returns:
            `QueueResponse`: Successful response with details about a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /queues/{queue_name}` (operationId `RetrieveCallQueue`).
        """
        return await self._client.request(
            _operations.QUEUES_RETRIEVE,
            path_params={"queue_name": queue_name},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update(
        self,
        queue_name: str,
        *,
        max_size: int,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> QueueResponse:
        """Update a queue.

        Update properties of an existing call queue.

        Args:
            queue_name (path, required): Uniquely identifies the queue by name.
            max_size (body, required): The maximum number of calls allowed in the queue.
                Minimum: 1.

        Returns:
            `QueueResponse`: Successful response with details about a queue.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /queues/{queue_name}` (operationId `UpdateQueue`).
        """
        return await self._client.request(
            _operations.QUEUES_UPDATE,
            path_params={"queue_name": queue_name},
            body={
                "max_size": max_size,
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


class AsyncQueuesResourceWithRawResponse:
    """`queues.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncQueuesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.update = async_to_raw_response_wrapper(resource.update)

    @cached_property
    def calls(self) -> AsyncQueuesCallsResourceWithRawResponse:
        return AsyncQueuesCallsResourceWithRawResponse(self._resource.calls)


class AsyncQueuesResourceWithStreamingResponse:
    """`queues.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncQueuesResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.delete = async_to_streamed_response_wrapper(resource.delete)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.update = async_to_streamed_response_wrapper(resource.update)

    @cached_property
    def calls(self) -> AsyncQueuesCallsResourceWithStreamingResponse:
        return AsyncQueuesCallsResourceWithStreamingResponse(self._resource.calls)
