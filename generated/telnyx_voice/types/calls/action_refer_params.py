"""`ActionReferParams`: the keyword arguments of `client.calls.actions.refer`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.refer(call_control_id, **params)` works as with `telnyx`.
"""

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from telnyx_voice.types.models import (
    CustomSipHeader,
    SipHeader,
)
from telnyx_voice.types.params import (
    CustomSipHeaderParam,
    SipHeaderParam,
)

__all__ = ["ActionReferParams"]


class ActionReferParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.refer(call_control_id, **params)`."""

    sip_address: Required[str]
    """The SIP URI to which the call will be referred to."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    custom_headers: Sequence[CustomSipHeader | CustomSipHeaderParam]
    """Custom headers to be added to the SIP INVITE."""

    sip_auth_password: str
    """SIP Authentication password used for SIP challenges."""

    sip_auth_username: str
    """SIP Authentication username used for SIP challenges."""

    sip_headers: Sequence[SipHeader | SipHeaderParam]
    """SIP headers to be added to the request. Currently only User-to-User header is supported."""
