"""`NoiseSuppressionStart` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum


class NoiseSuppressionDirection(LenientEnum):
    """
    The direction of the audio stream to be noise suppressed.
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


class NoiseSuppressionEngine(LenientEnum):
    """
    The engine to use for noise suppression.
    For backward compatibility, engines A, B, C, and D are also supported, but are deprecated:
     A - Denoiser
     B - DeepFilterNet
     C - Krisp
     D - AiCoustics
    """

    DENOISER = "Denoiser"
    DEEP_FILTER_NET = "DeepFilterNet"
    KRISP = "Krisp"
    AI_COUSTICS = "AiCoustics"
    AIC_L_QUAIL = "aic_l_quail"
    AIC_L_ROOK = "aic_l_rook"
    AIC_S_QUAIL = "aic_s_quail"
    AIC_S_ROOK = "aic_s_rook"
    QUAIL_VOICE_FOCUS_S = "quail_voice_focus_s"
    QUAIL_VOICE_FOCUS_XS = "quail_voice_focus_xs"


class NoiseSuppressionEngineConfigFamily(LenientEnum):
    """
    AiCoustics model family. 'sparrow' optimized for human-to-human calls, 'quail' optimized for Voice AI/STT. Only applicable for AiCoustics.
    """

    SPARROW = "sparrow"
    QUAIL = "quail"


class NoiseSuppressionEngineConfigMode(LenientEnum):
    """
    Processing mode. Only applicable for DeepFilterNet.
    """

    STANDARD = "standard"
    ADVANCED = "advanced"


class NoiseSuppressionEngineConfigModel(LenientEnum):
    """
    The Krisp model to use. Only applicable for Krisp.
    """

    KRISP_VIVA_TEL_V2_KEF = "krisp-viva-tel-v2.kef"
    KRISP_VIVA_TEL_LITE_V1_KEF = "krisp-viva-tel-lite-v1.kef"
    KRISP_VIVA_PRO_V1_KEF = "krisp-viva-pro-v1.kef"
    KRISP_VIVA_SS_V1_KEF = "krisp-viva-ss-v1.kef"


class NoiseSuppressionEngineConfigSize(LenientEnum):
    """
    AiCoustics model size. 's' and 'l' work with both families. 'xs' and 'xxs' are sparrow-only. 'vf_l' and 'vf_1_1_l' are quail-only. Only applicable for AiCoustics.
    """

    S = "s"
    L = "l"
    XS = "xs"
    XXS = "xxs"
    VF_L = "vf_l"
    VF_1_1_L = "vf_1_1_l"


if TYPE_CHECKING:
    NoiseSuppressionDirectionLike: TypeAlias = (
        NoiseSuppressionDirection | Literal["inbound", "outbound", "both"]
    )
    NoiseSuppressionEngineConfigFamilyLike: TypeAlias = (
        NoiseSuppressionEngineConfigFamily | Literal["sparrow", "quail"]
    )
    NoiseSuppressionEngineConfigModeLike: TypeAlias = (
        NoiseSuppressionEngineConfigMode | Literal["standard", "advanced"]
    )
    NoiseSuppressionEngineConfigModelLike: TypeAlias = (
        NoiseSuppressionEngineConfigModel
        | Literal[
            "krisp-viva-tel-v2.kef",
            "krisp-viva-tel-lite-v1.kef",
            "krisp-viva-pro-v1.kef",
            "krisp-viva-ss-v1.kef",
        ]
    )
    NoiseSuppressionEngineConfigSizeLike: TypeAlias = (
        NoiseSuppressionEngineConfigSize | Literal["s", "l", "xs", "xxs", "vf_l", "vf_1_1_l"]
    )
    NoiseSuppressionEngineLike: TypeAlias = (
        NoiseSuppressionEngine
        | Literal[
            "Denoiser",
            "DeepFilterNet",
            "Krisp",
            "AiCoustics",
            "aic_l_quail",
            "aic_l_rook",
            "aic_s_quail",
            "aic_s_rook",
            "quail_voice_focus_s",
            "quail_voice_focus_xs",
        ]
    )
else:
    NoiseSuppressionDirectionLike = NoiseSuppressionDirection
    NoiseSuppressionEngineConfigFamilyLike = NoiseSuppressionEngineConfigFamily
    NoiseSuppressionEngineConfigModeLike = NoiseSuppressionEngineConfigMode
    NoiseSuppressionEngineConfigModelLike = NoiseSuppressionEngineConfigModel
    NoiseSuppressionEngineConfigSizeLike = NoiseSuppressionEngineConfigSize
    NoiseSuppressionEngineLike = NoiseSuppressionEngine


class NoiseSuppressionEngineConfig(BaseModel):
    """
    Configuration parameters for noise suppression engines. Different engines support different parameters.
    """

    attenuation_limit: Annotated[int, Field(ge=0, le=100)] = 100
    """
    The attenuation limit for noise suppression (0-100). Only applicable for DeepFilterNet.
    """
    enhancement_level: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    """
    Enhancement intensity (0.0-1.0). Only applicable for AiCoustics.
    """
    family: NoiseSuppressionEngineConfigFamilyLike | None = None
    mode: NoiseSuppressionEngineConfigModeLike | None = None
    model: NoiseSuppressionEngineConfigModelLike | None = None
    size: NoiseSuppressionEngineConfigSizeLike | None = None
    suppression_level: Annotated[float | None, Field(ge=0.0, le=100.0)] = None
    """
    Suppression level (0.0-100.0). Only applicable for Krisp.
    """
    voice_gain: Annotated[float | None, Field(ge=0.1, le=4.0)] = None
    """
    Voice gain multiplier (0.1-4.0). Only applicable for AiCoustics.
    """


class NoiseSuppressionStart(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    direction: NoiseSuppressionDirectionLike | None = NoiseSuppressionDirection.INBOUND
    noise_suppression_engine: NoiseSuppressionEngineLike | None = NoiseSuppressionEngine.DENOISER
    noise_suppression_engine_config: NoiseSuppressionEngineConfig | None = None
