"""`ConnectionListActiveCallsParams`: the keyword arguments of `client.connections.list_active_calls`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.connections.list_active_calls(connection_id, **params)` works as with `telnyx`.
"""

from typing_extensions import TypedDict

from telnyx_voice.types.params import (
    ListConnectionActiveCallsPageParam,
)

__all__ = ["ConnectionListActiveCallsParams"]


class ConnectionListActiveCallsParams(TypedDict, total=False):
    """The keyword arguments of `client.connections.list_active_calls(connection_id, **params)`."""

    page: ListConnectionActiveCallsPageParam
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""

    page_number: int
    """The page number to load. Default: `1`. Minimum: 1. The same as `page={'number': ...}`."""

    page_size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`."""
