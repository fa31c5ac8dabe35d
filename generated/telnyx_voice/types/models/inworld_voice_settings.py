"""`InworldVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class InworldVoiceSettingsDeliveryMode(LenientEnum):
    """
    Controls the expressiveness and consistency of the Inworld `TTS2` model's speech synthesis. `STABLE` favors consistent, predictable output, `CREATIVE` allows more expressive variation, and `BALANCED` sits in between. Optional and only supported by `TTS2`; when omitted, the provider default applies.
    """

    STABLE = "STABLE"
    BALANCED = "BALANCED"
    CREATIVE = "CREATIVE"


if TYPE_CHECKING:
    InworldVoiceSettingsDeliveryModeLike: TypeAlias = (
        InworldVoiceSettingsDeliveryMode | Literal["STABLE", "BALANCED", "CREATIVE"]
    )
else:
    InworldVoiceSettingsDeliveryModeLike = InworldVoiceSettingsDeliveryMode


class InworldVoiceSettings(BaseModel):
    delivery_mode: InworldVoiceSettingsDeliveryModeLike | None = None
    type: Literal["inworld"]
