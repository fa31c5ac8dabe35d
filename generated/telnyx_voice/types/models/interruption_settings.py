"""`InterruptionSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from telnyx_voice._models import BaseModel


class InterruptionSettings(BaseModel):
    """
    Settings for handling user interruptions during assistant speech
    """

    enable: bool = True
    """
    When true, allows users to interrupt the assistant while speaking
    """
