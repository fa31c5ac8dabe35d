"""`ResembleVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class ResembleSampleRate(LenientEnum):
    """
    Audio sample rate in Hz.
    """

    FIELD_8000 = "8000"
    FIELD_16000 = "16000"
    FIELD_22050 = "22050"
    FIELD_32000 = "32000"
    FIELD_44100 = "44100"
    FIELD_48000 = "48000"


class ResembleVoiceSettingsFormat(LenientEnum):
    """
    Output audio format.
    """

    WAV = "wav"
    MP3 = "mp3"


class ResembleVoiceSettingsPrecision(LenientEnum):
    """
    Audio precision format.
    """

    PCM_16 = "PCM_16"
    PCM_24 = "PCM_24"
    PCM_32 = "PCM_32"
    MULAW = "MULAW"


if TYPE_CHECKING:
    ResembleSampleRateLike: TypeAlias = (
        ResembleSampleRate | Literal["8000", "16000", "22050", "32000", "44100", "48000"]
    )
    ResembleVoiceSettingsFormatLike: TypeAlias = ResembleVoiceSettingsFormat | Literal["wav", "mp3"]
    ResembleVoiceSettingsPrecisionLike: TypeAlias = (
        ResembleVoiceSettingsPrecision | Literal["PCM_16", "PCM_24", "PCM_32", "MULAW"]
    )
else:
    ResembleSampleRateLike = ResembleSampleRate
    ResembleVoiceSettingsFormatLike = ResembleVoiceSettingsFormat
    ResembleVoiceSettingsPrecisionLike = ResembleVoiceSettingsPrecision


class ResembleVoiceSettings(BaseModel):
    format: ResembleVoiceSettingsFormatLike | None = ResembleVoiceSettingsFormat.MP3
    precision: ResembleVoiceSettingsPrecisionLike | None = ResembleVoiceSettingsPrecision.PCM_32
    sample_rate: ResembleSampleRateLike | None = ResembleSampleRate.FIELD_48000
    type: Literal["resemble"]
