"""`ConferenceListParticipantsParams`: the keyword arguments of `client.conferences.list_participants`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.conferences.list_participants(conference_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice.types.params import (
    ListConferenceParticipantsFilterParam,
    ListConferenceParticipantsPageParam,
)

__all__ = ["ConferenceListParticipantsParams"]


class ConferenceListParticipantsParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.list_participants(conference_id, **params)`."""

    filter: ListConferenceParticipantsFilterParam
    """Consolidated filter parameter (deepObject style). Originally: filter[muted], filter[on_hold], filter[whispering]."""

    page: ListConferenceParticipantsPageParam
    """Consolidated page parameter (deepObject style). Originally: page[after], page[before], page[limit], page[size], page[number]."""

    page_number: int
    """The page number to load. Default: `1`. Minimum: 1. The same as `page={'number': ...}`."""

    page_size: int
    """The size of the page. Default: `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""
