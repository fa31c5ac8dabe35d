"""`ConnectionListActiveCallsParams`: the keyword arguments of `client.connections.list_active_calls`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.connections.list_active_calls(connection_id, **params)` works as with `telnyx`.
"""

from collections.abc import Mapping
from typing import Any

from typing_extensions import TypedDict

__all__ = ["ConnectionListActiveCallsParams"]


class ConnectionListActiveCallsParams(TypedDict, total=False):
    """The keyword arguments of `client.connections.list_active_calls(connection_id, **params)`."""

    page: Mapping[str, Any]
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""
