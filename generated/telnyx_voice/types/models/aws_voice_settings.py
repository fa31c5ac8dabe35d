"""`AWSVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel


class AWSVoiceSettings(BaseModel):
    type: Literal["aws"]
