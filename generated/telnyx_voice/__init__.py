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
        AsyncTelnyx,
        Telnyx,
    )
    from telnyx_voice._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
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
    )
    from telnyx_voice._pagination import (
        AsyncPage,
        AsyncPaginator,
        SyncPage,
    )
    from telnyx_voice._response import (
        APIResponse,
        AsyncAPIResponse,
        async_to_raw_response_wrapper,
        to_raw_response_wrapper,
    )
    from telnyx_voice._types import (
        NOT_GIVEN,
        NotGiven,
        RequestOptions,
        Timeout,
    )

_EXPORTS = {
    "AsyncTelnyx": "telnyx_voice._client",
    "Telnyx": "telnyx_voice._client",
    "APIConnectionError": "telnyx_voice._exceptions",
    "APIError": "telnyx_voice._exceptions",
    "APIResponseValidationError": "telnyx_voice._exceptions",
    "APIStatusError": "telnyx_voice._exceptions",
    "APITimeoutError": "telnyx_voice._exceptions",
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
    "NOT_GIVEN": "telnyx_voice._types",
    "NotGiven": "telnyx_voice._types",
    "RequestOptions": "telnyx_voice._types",
    "Timeout": "telnyx_voice._types",
    "AsyncPage": "telnyx_voice._pagination",
    "AsyncPaginator": "telnyx_voice._pagination",
    "SyncPage": "telnyx_voice._pagination",
    "APIResponse": "telnyx_voice._response",
    "AsyncAPIResponse": "telnyx_voice._response",
    "async_to_raw_response_wrapper": "telnyx_voice._response",
    "to_raw_response_wrapper": "telnyx_voice._response",
}

__all__ = [
    "__version__",
    "AsyncTelnyx",
    "Telnyx",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
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
    "NOT_GIVEN",
    "NotGiven",
    "RequestOptions",
    "Timeout",
    "AsyncPage",
    "AsyncPaginator",
    "SyncPage",
    "APIResponse",
    "AsyncAPIResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
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
