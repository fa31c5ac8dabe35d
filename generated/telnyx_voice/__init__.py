"""Typed Python client for the Telnyx Voice (Call Control) API.

    from telnyx_voice import Telnyx
    client = Telnyx()  # reads TELNYX_API_KEY
    client.calls.actions.answer("v3:...")

Names are imported on first use, so `import telnyx_voice` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from telnyx_voice._version import __version__

if TYPE_CHECKING:
    from telnyx_voice._client import (
        AsyncClient,
        AsyncTelnyx,
        Client,
        Telnyx,
    )
    from telnyx_voice._constants import (
        DEFAULT_CONNECTION_LIMITS,
        DEFAULT_MAX_HEDGES,
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        DEFAULT_TIMEOUTS,
    )
    from telnyx_voice._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        APIWebhookValidationError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ErrorDetail,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestValidationError,
        TelnyxError,
        UnprocessableEntityError,
        WebSocketConnectionClosedError,
        WebSocketQueueFullError,
    )
    from telnyx_voice._http_clients import (
        DefaultAioHttpClient,
        DefaultAsyncHttpxClient,
        DefaultHttpxClient,
    )
    from telnyx_voice._models import (
        BaseModel,
    )
    from telnyx_voice._pagination import (
        AsyncDefaultFlatPagination,
        AsyncPage,
        AsyncPaginator,
        SyncDefaultFlatPagination,
        SyncPage,
    )
    from telnyx_voice._response import (
        APIResponse,
        AsyncAPIResponse,
        AsyncBinaryAPIResponse,
        AsyncResponseContextManager,
        AsyncStreamedBinaryAPIResponse,
        BinaryAPIResponse,
        ResponseContextManager,
        StreamAlreadyConsumed,
        StreamedBinaryAPIResponse,
        async_to_custom_raw_response_wrapper,
        async_to_custom_streamed_response_wrapper,
        async_to_raw_response_wrapper,
        async_to_streamed_response_wrapper,
        to_custom_raw_response_wrapper,
        to_custom_streamed_response_wrapper,
        to_raw_response_wrapper,
        to_streamed_response_wrapper,
    )
    from telnyx_voice._types import (
        NOT_GIVEN,
        Headers,
        NotGiven,
        Omit,
        RequestOptions,
        Timeout,
        TimeoutTypes,
        not_given,
        omit,
    )

_EXPORTS = {
    "AsyncClient": "telnyx_voice._client",
    "AsyncTelnyx": "telnyx_voice._client",
    "Client": "telnyx_voice._client",
    "Telnyx": "telnyx_voice._client",
    "DEFAULT_CONNECTION_LIMITS": "telnyx_voice._constants",
    "DEFAULT_MAX_HEDGES": "telnyx_voice._constants",
    "DEFAULT_MAX_RETRIES": "telnyx_voice._constants",
    "DEFAULT_TIMEOUT": "telnyx_voice._constants",
    "DEFAULT_TIMEOUTS": "telnyx_voice._constants",
    "APIConnectionError": "telnyx_voice._exceptions",
    "APIError": "telnyx_voice._exceptions",
    "APIResponseValidationError": "telnyx_voice._exceptions",
    "APIStatusError": "telnyx_voice._exceptions",
    "APITimeoutError": "telnyx_voice._exceptions",
    "APIWebhookValidationError": "telnyx_voice._exceptions",
    "AuthenticationError": "telnyx_voice._exceptions",
    "BadRequestError": "telnyx_voice._exceptions",
    "ConflictError": "telnyx_voice._exceptions",
    "ErrorDetail": "telnyx_voice._exceptions",
    "InternalServerError": "telnyx_voice._exceptions",
    "NotFoundError": "telnyx_voice._exceptions",
    "PermissionDeniedError": "telnyx_voice._exceptions",
    "RateLimitError": "telnyx_voice._exceptions",
    "RequestValidationError": "telnyx_voice._exceptions",
    "TelnyxError": "telnyx_voice._exceptions",
    "UnprocessableEntityError": "telnyx_voice._exceptions",
    "WebSocketConnectionClosedError": "telnyx_voice._exceptions",
    "WebSocketQueueFullError": "telnyx_voice._exceptions",
    "DefaultAioHttpClient": "telnyx_voice._http_clients",
    "DefaultAsyncHttpxClient": "telnyx_voice._http_clients",
    "DefaultHttpxClient": "telnyx_voice._http_clients",
    "BaseModel": "telnyx_voice._models",
    "Headers": "telnyx_voice._types",
    "NOT_GIVEN": "telnyx_voice._types",
    "NotGiven": "telnyx_voice._types",
    "Omit": "telnyx_voice._types",
    "RequestOptions": "telnyx_voice._types",
    "Timeout": "telnyx_voice._types",
    "TimeoutTypes": "telnyx_voice._types",
    "not_given": "telnyx_voice._types",
    "omit": "telnyx_voice._types",
    "AsyncDefaultFlatPagination": "telnyx_voice._pagination",
    "AsyncPage": "telnyx_voice._pagination",
    "AsyncPaginator": "telnyx_voice._pagination",
    "SyncDefaultFlatPagination": "telnyx_voice._pagination",
    "SyncPage": "telnyx_voice._pagination",
    "APIResponse": "telnyx_voice._response",
    "AsyncAPIResponse": "telnyx_voice._response",
    "AsyncBinaryAPIResponse": "telnyx_voice._response",
    "AsyncResponseContextManager": "telnyx_voice._response",
    "AsyncStreamedBinaryAPIResponse": "telnyx_voice._response",
    "BinaryAPIResponse": "telnyx_voice._response",
    "ResponseContextManager": "telnyx_voice._response",
    "StreamAlreadyConsumed": "telnyx_voice._response",
    "StreamedBinaryAPIResponse": "telnyx_voice._response",
    "async_to_custom_raw_response_wrapper": "telnyx_voice._response",
    "async_to_custom_streamed_response_wrapper": "telnyx_voice._response",
    "async_to_raw_response_wrapper": "telnyx_voice._response",
    "async_to_streamed_response_wrapper": "telnyx_voice._response",
    "to_custom_raw_response_wrapper": "telnyx_voice._response",
    "to_custom_streamed_response_wrapper": "telnyx_voice._response",
    "to_raw_response_wrapper": "telnyx_voice._response",
    "to_streamed_response_wrapper": "telnyx_voice._response",
}

__all__ = [
    "__version__",
    "AsyncClient",
    "AsyncTelnyx",
    "Client",
    "Telnyx",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_HEDGES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TIMEOUTS",
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
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "BaseModel",
    "Headers",
    "NOT_GIVEN",
    "NotGiven",
    "Omit",
    "RequestOptions",
    "Timeout",
    "TimeoutTypes",
    "not_given",
    "omit",
    "AsyncDefaultFlatPagination",
    "AsyncPage",
    "AsyncPaginator",
    "SyncDefaultFlatPagination",
    "SyncPage",
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


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module 'telnyx_voice' has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
