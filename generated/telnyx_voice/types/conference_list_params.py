"""`ConferenceListParams`: the keyword arguments of `client.conferences.list`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.list(**params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice.types.params import (
    ListConferencesFilterParam,
    ListConferencesPageParam,
)

__all__ = ["ConferenceListParams"]


class ConferenceListParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.list(**params)`."""

    filter: ListConferencesFilterParam
    """Consolidated filter parameter (deepObject style). Originally: filter[application_name][contains], filter[outbound.outbound_voice_profile_id], filter[leg_id], filter[application_session_id], filter[connection_id], filter[product], filter[failed], filter[from], filter[to], filter[name], filter[type], filter[occurred_at][eq/gt/gte/lt/lte], filter[status]."""

    page: ListConferencesPageParam
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""

    page_number: int
    """The page number to load. Default: `1`. Minimum: 1. The same as `page={'number': ...}`."""

    page_size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
