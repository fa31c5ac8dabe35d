"""`ConferenceSendDTMFRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from telnyx_voice._models import BaseModel


class ConferenceSendDTMFRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    Array of participant call control IDs to send DTMF to. When empty, DTMF will be sent to all participants.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. Must be a valid Base-64 encoded string.
    """
    digits: str
    """
    DTMF digits to send. Valid characters: 0-9, A-D, *, #, w (0.5s pause), W (1s pause).
    """
    duration_millis: Annotated[int, Field(ge=100, le=500)] = 250
    """
    Duration of each DTMF digit in milliseconds.
    """
