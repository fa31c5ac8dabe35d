"""`ReferRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel
from telnyx_voice.types.models.custom_sip_header import CustomSipHeader
from telnyx_voice.types.models.sip_header import SipHeader


class ReferRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE.
    """
    sip_address: str
    """
    The SIP URI to which the call will be referred to.
    """
    sip_auth_password: str | None = None
    """
    SIP Authentication password used for SIP challenges.
    """
    sip_auth_username: str | None = None
    """
    SIP Authentication username used for SIP challenges.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the request. Currently only User-to-User header is supported.
    """
