"""`ActionStartTranscriptionParams`: the keyword arguments of `client.calls.actions.start_transcription`, as in the official SDK.

A `TypedDict` (`total=False`; required keys are `Required[...]`), so
`client.calls.actions.start_transcription(call_control_id, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import TypedDict

from telnyx_voice.types.models import (
    DeepgramNova2Config,
    DeepgramNova3Config,
    TranscriptionEngineAConfig,
    TranscriptionEngineAssemblyaiConfig,
    TranscriptionEngineAzureConfig,
    TranscriptionEngineBConfig,
    TranscriptionEngineGoogleConfig,
    TranscriptionEngineParakeetConfig,
    TranscriptionEngineSonioxConfig,
    TranscriptionEngineSpeechmaticsConfig,
    TranscriptionEngineTelnyxConfig,
    TranscriptionEngineXaiConfig,
)
from telnyx_voice.types.params import (
    DeepgramNova2ConfigParam,
    DeepgramNova3ConfigParam,
    TranscriptionEngineAConfigParam,
    TranscriptionEngineAssemblyaiConfigParam,
    TranscriptionEngineAzureConfigParam,
    TranscriptionEngineBConfigParam,
    TranscriptionEngineGoogleConfigParam,
    TranscriptionEngineParakeetConfigParam,
    TranscriptionEngineSonioxConfigParam,
    TranscriptionEngineSpeechmaticsConfigParam,
    TranscriptionEngineTelnyxConfigParam,
    TranscriptionEngineXaiConfigParam,
)

__all__ = ["ActionStartTranscriptionParams"]


class ActionStartTranscriptionParams(TypedDict, total=False):
    """The keyword arguments of `client.calls.actions.start_transcription(call_control_id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    transcription_engine: Literal[
        "Google",
        "Telnyx",
        "Deepgram",
        "Azure",
        "xAI",
        "AssemblyAI",
        "Speechmatics",
        "Soniox",
        "Parakeet",
        "A",
        "B",
    ]
    """Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. Allowed values: `"Google"`, `"Telnyx"`, `"Deepgram"`, `"Azure"`, `"xAI"`, `"AssemblyAI"`, `"Speechmatics"`, `"Soniox"`, `"Parakeet"`, `"A"`, `"B"`. Default: `"Google"`."""

    transcription_engine_config: (
        TranscriptionEngineGoogleConfig
        | TranscriptionEngineGoogleConfigParam
        | TranscriptionEngineTelnyxConfig
        | TranscriptionEngineTelnyxConfigParam
        | DeepgramNova2Config
        | DeepgramNova2ConfigParam
        | DeepgramNova3Config
        | DeepgramNova3ConfigParam
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineAzureConfigParam
        | TranscriptionEngineXaiConfig
        | TranscriptionEngineXaiConfigParam
        | TranscriptionEngineAssemblyaiConfig
        | TranscriptionEngineAssemblyaiConfigParam
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineSpeechmaticsConfigParam
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineSonioxConfigParam
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineParakeetConfigParam
        | TranscriptionEngineAConfig
        | TranscriptionEngineAConfigParam
        | TranscriptionEngineBConfig
        | TranscriptionEngineBConfigParam
    )

    transcription_tracks: str
    """Indicates which leg of the call will be transcribed. Use `inbound` for the leg that requested the transcription, `outbound` for the other leg, and `both` for both legs of the call. Will default to `inbound`. Default: `"inbound"`."""
