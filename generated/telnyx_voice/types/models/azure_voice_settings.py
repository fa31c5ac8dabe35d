"""`AzureVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class AzureVoiceSettingsEffect(LenientEnum):
    """
    Audio effect to apply.
    """

    EQ_CAR = "eq_car"
    EQ_TELECOMHP8K = "eq_telecomhp8k"


class AzureVoiceSettingsGender(LenientEnum):
    """
    Voice gender filter.
    """

    MALE = "Male"
    FEMALE = "Female"


if TYPE_CHECKING:
    AzureVoiceSettingsEffectLike: TypeAlias = (
        AzureVoiceSettingsEffect | Literal["eq_car", "eq_telecomhp8k"]
    )
    AzureVoiceSettingsGenderLike: TypeAlias = AzureVoiceSettingsGender | Literal["Male", "Female"]
else:
    AzureVoiceSettingsEffectLike = AzureVoiceSettingsEffect
    AzureVoiceSettingsGenderLike = AzureVoiceSettingsGender


class AzureVoiceSettings(BaseModel):
    api_key_ref: str | None = None
    """
    The `identifier` for an integration secret that refers to your Azure Speech API key.
    """
    deployment_id: str | None = None
    """
    The deployment ID for a custom Azure neural voice.
    """
    effect: AzureVoiceSettingsEffectLike | None = None
    gender: AzureVoiceSettingsGenderLike | None = None
    region: str | None = None
    """
    The Azure region for the Speech service (e.g., `eastus`, `westeurope`). Required when using a custom API key.
    """
    type: Literal["azure"]
