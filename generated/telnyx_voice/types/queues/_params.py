"""The official SDK's `...Params` TypedDicts of `telnyx_voice.types.queues`.

Each holds the keyword arguments of one method (`total=False`; required ones are
`Required[...]`), so `client.<method>(<positional>, **params)` works as with `telnyx`.
"""

from typing_extensions import Required, TypedDict

from telnyx_voice.types.params import (
    ListQueueCallsPageParam,
)

__all__ = [
    "CallListParams",
    "CallUpdateParams",
]


class CallListParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.list(queue_name, **params)`."""

    page: ListQueueCallsPageParam
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""

    page_number: int
    """The page number to load. Default: `1`. Minimum: 1. The same as `page={'number': ...}`."""

    page_size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`."""


class CallUpdateParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.update(call_control_id, **params)`."""

    queue_name: Required[str]
    """Uniquely identifies the queue by name."""

    keep_after_hangup: bool
    """Whether the call should remain in queue after hangup."""
