"""`ActionStartNoiseSuppressionParams`: the keyword arguments of `client.calls.actions.start_noise_suppression`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.start_noise_suppression(call_control_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    NoiseSuppressionEngineConfig,
)
from telnyx_voice.types.params import (
    NoiseSuppressionEngineConfigParam,
)

__all__ = ["ActionStartNoiseSuppressionParams"]


class ActionStartNoiseSuppressionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_noise_suppression(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    direction: Literal["inbound", "outbound", "both"]
    """The direction of the audio stream to be noise suppressed. Allowed values: `"inbound"`, `"outbound"`, `"both"`. Default: `"inbound"`."""

    noise_suppression_engine: Literal[
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
    """The engine to use for noise suppression.
For backward compatibility, engines A, B, C, and D are also supported, but are deprecated:
 A - Denoiser
 B - DeepFilterNet
 C - Krisp
 D - AiCoustics. Allowed values: `"Denoiser"`, `"DeepFilterNet"`, `"Krisp"`, `"AiCoustics"`, `"aic_l_quail"`, `"aic_l_rook"`, `"aic_s_quail"`, `"aic_s_rook"`, `"quail_voice_focus_s"`, `"quail_voice_focus_xs"`. Default: `"Denoiser"`."""

    noise_suppression_engine_config: (
        NoiseSuppressionEngineConfig | NoiseSuppressionEngineConfigParam
    )
    """Configuration parameters for noise suppression engines. Different engines support different parameters."""
