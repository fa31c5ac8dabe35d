"""`RimeVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel


class RimeVoiceSettings(BaseModel):
    type: Literal["rime"]
    voice_speed: float = 1.0
    """
    Speech speed multiplier. Default is 1.0.
    """
