"""The official SDK's type names of `telnyx.types.conferences`: aliases of our
models (`...Response`) and TypedDicts of the methods' arguments (`...Params`).

Names are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from telnyx_voice.types.conferences.action_end_conference_params import (
        ActionEndConferenceParams,
    )
    from telnyx_voice.types.conferences.action_gather_dtmf_audio_params import (
        ActionGatherDtmfAudioParams,
    )
    from telnyx_voice.types.conferences.action_hold_params import (
        ActionHoldParams,
    )
    from telnyx_voice.types.conferences.action_join_params import (
        ActionJoinParams,
    )
    from telnyx_voice.types.conferences.action_leave_params import (
        ActionLeaveParams,
    )
    from telnyx_voice.types.conferences.action_mute_params import (
        ActionMuteParams,
    )
    from telnyx_voice.types.conferences.action_play_params import (
        ActionPlayParams,
    )
    from telnyx_voice.types.conferences.action_record_pause_params import (
        ActionRecordPauseParams,
    )
    from telnyx_voice.types.conferences.action_record_resume_params import (
        ActionRecordResumeParams,
    )
    from telnyx_voice.types.conferences.action_record_start_params import (
        ActionRecordStartParams,
    )
    from telnyx_voice.types.conferences.action_record_stop_params import (
        ActionRecordStopParams,
    )
    from telnyx_voice.types.conferences.action_send_dtmf_params import (
        ActionSendDtmfParams,
    )
    from telnyx_voice.types.conferences.action_speak_params import (
        ActionSpeakParams,
    )
    from telnyx_voice.types.conferences.action_stop_params import (
        ActionStopParams,
    )
    from telnyx_voice.types.conferences.action_unhold_params import (
        ActionUnholdParams,
    )
    from telnyx_voice.types.conferences.action_unmute_params import (
        ActionUnmuteParams,
    )
    from telnyx_voice.types.conferences.action_update_params import (
        ActionUpdateParams,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionEndConferenceResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionGatherDtmfAudioResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionHoldResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionJoinResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionLeaveResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionMuteResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionPlayResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionRecordPauseResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionRecordResumeResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionRecordStartResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionRecordStopResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionSendDtmfResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionSpeakResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionStopResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionUnholdResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionUnmuteResponse,
    )
    from telnyx_voice.types.models import (
        ConferenceCommandResponse as ActionUpdateResponse,
    )

__all__ = [
    "ActionEndConferenceParams",
    "ActionEndConferenceResponse",
    "ActionGatherDtmfAudioParams",
    "ActionGatherDtmfAudioResponse",
    "ActionHoldParams",
    "ActionHoldResponse",
    "ActionJoinParams",
    "ActionJoinResponse",
    "ActionLeaveParams",
    "ActionLeaveResponse",
    "ActionMuteParams",
    "ActionMuteResponse",
    "ActionPlayParams",
    "ActionPlayResponse",
    "ActionRecordPauseParams",
    "ActionRecordPauseResponse",
    "ActionRecordResumeParams",
    "ActionRecordResumeResponse",
    "ActionRecordStartParams",
    "ActionRecordStartResponse",
    "ActionRecordStopParams",
    "ActionRecordStopResponse",
    "ActionSendDtmfParams",
    "ActionSendDtmfResponse",
    "ActionSpeakParams",
    "ActionSpeakResponse",
    "ActionStopParams",
    "ActionStopResponse",
    "ActionUnholdParams",
    "ActionUnholdResponse",
    "ActionUnmuteParams",
    "ActionUnmuteResponse",
    "ActionUpdateParams",
    "ActionUpdateResponse",
]

_EXPORTS: dict[str, tuple[str, str]] = {
    "ActionEndConferenceParams": (
        "telnyx_voice.types.conferences.action_end_conference_params",
        "ActionEndConferenceParams",
    ),
    "ActionEndConferenceResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionGatherDtmfAudioParams": (
        "telnyx_voice.types.conferences.action_gather_dtmf_audio_params",
        "ActionGatherDtmfAudioParams",
    ),
    "ActionGatherDtmfAudioResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionHoldParams": ("telnyx_voice.types.conferences.action_hold_params", "ActionHoldParams"),
    "ActionHoldResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionJoinParams": ("telnyx_voice.types.conferences.action_join_params", "ActionJoinParams"),
    "ActionJoinResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionLeaveParams": (
        "telnyx_voice.types.conferences.action_leave_params",
        "ActionLeaveParams",
    ),
    "ActionLeaveResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionMuteParams": ("telnyx_voice.types.conferences.action_mute_params", "ActionMuteParams"),
    "ActionMuteResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionPlayParams": ("telnyx_voice.types.conferences.action_play_params", "ActionPlayParams"),
    "ActionPlayResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionRecordPauseParams": (
        "telnyx_voice.types.conferences.action_record_pause_params",
        "ActionRecordPauseParams",
    ),
    "ActionRecordPauseResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionRecordResumeParams": (
        "telnyx_voice.types.conferences.action_record_resume_params",
        "ActionRecordResumeParams",
    ),
    "ActionRecordResumeResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionRecordStartParams": (
        "telnyx_voice.types.conferences.action_record_start_params",
        "ActionRecordStartParams",
    ),
    "ActionRecordStartResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionRecordStopParams": (
        "telnyx_voice.types.conferences.action_record_stop_params",
        "ActionRecordStopParams",
    ),
    "ActionRecordStopResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionSendDtmfParams": (
        "telnyx_voice.types.conferences.action_send_dtmf_params",
        "ActionSendDtmfParams",
    ),
    "ActionSendDtmfResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionSpeakParams": (
        "telnyx_voice.types.conferences.action_speak_params",
        "ActionSpeakParams",
    ),
    "ActionSpeakResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionStopParams": ("telnyx_voice.types.conferences.action_stop_params", "ActionStopParams"),
    "ActionStopResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionUnholdParams": (
        "telnyx_voice.types.conferences.action_unhold_params",
        "ActionUnholdParams",
    ),
    "ActionUnholdResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionUnmuteParams": (
        "telnyx_voice.types.conferences.action_unmute_params",
        "ActionUnmuteParams",
    ),
    "ActionUnmuteResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
    "ActionUpdateParams": (
        "telnyx_voice.types.conferences.action_update_params",
        "ActionUpdateParams",
    ),
    "ActionUpdateResponse": ("telnyx_voice.types.models", "ConferenceCommandResponse"),
}


if not TYPE_CHECKING:  # type checkers see the imports above: a misspelled name is an error

    def __getattr__(name: str) -> Any:
        try:
            module, attr = _EXPORTS[name]
        except KeyError:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
