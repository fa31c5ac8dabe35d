"""`SendSIPInfoRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class SendSIPInfoRequest(BaseModel):
    body: str
    """
    Content of the SIP INFO
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    content_type: str
    """
    Content type of the INFO body. Must be MIME type compliant. There is a 1,400 bytes limit
    """
