"""`ClientStateUpdateRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class ClientStateUpdateRequest(BaseModel):
    client_state: str
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
