"""`TelnyxVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from telnyx_voice._models import BaseModel


class TelnyxVoiceSettings(BaseModel):
    type: Literal["telnyx"]
    voice_speed: Annotated[float, Field(ge=0.1, le=2.0)] = 1.0
    """
    The voice speed to be used for the voice. The voice speed must be between 0.1 and 2.0. Default value is 1.0. Not supported for `Telnyx.Bayan.*` or `Telnyx.Sukhan.*` voices.
    """
