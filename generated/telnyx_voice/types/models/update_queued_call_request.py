"""`UpdateQueuedCallRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class UpdateQueuedCallRequest(BaseModel):
    keep_after_hangup: bool | None = None
    """
    Whether the call should remain in queue after hangup.
    """
