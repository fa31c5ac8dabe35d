"""`ElevenLabsVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import Literal

from telnyx_voice._models import BaseModel


class ElevenLabsVoiceSettings(BaseModel):
    api_key_ref: str | None = None
    """
    The `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your ElevenLabs API key. Warning: Free plans are unlikely to work with this integration.
    """
    type: Literal["elevenlabs"]
