"""`CallListParams`: the keyword arguments of `client.queues.calls.list`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.queues.calls.list(queue_name, **params)` works as with `telnyx`.
"""

from typing_extensions import TypedDict

from telnyx_voice.types.params import (
    ListQueueCallsPageParam,
)

__all__ = ["CallListParams"]


class CallListParams(TypedDict, total=False):
    """The keyword arguments of `client.queues.calls.list(queue_name, **params)`."""

    page: ListQueueCallsPageParam
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""

    page_number: int
    """The page number to load. Default: `1`. Minimum: 1. The same as `page={'number': ...}`."""

    page_size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`."""
