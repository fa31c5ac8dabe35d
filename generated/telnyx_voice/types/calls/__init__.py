"""The official SDK's type names of `telnyx.types.calls`: aliases of our
models (`...Response`) and TypedDicts of the methods' arguments (`...Params`).

Names are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from telnyx_voice.types.calls.action_add_ai_assistant_messages_params import (
        ActionAddAIAssistantMessagesParams,
    )
    from telnyx_voice.types.calls.action_answer_params import (
        ActionAnswerParams,
    )
    from telnyx_voice.types.calls.action_bridge_params import (
        ActionBridgeParams,
    )
    from telnyx_voice.types.calls.action_enqueue_params import (
        ActionEnqueueParams,
    )
    from telnyx_voice.types.calls.action_gather_params import (
        ActionGatherParams,
    )
    from telnyx_voice.types.calls.action_gather_using_ai_params import (
        ActionGatherUsingAIParams,
    )
    from telnyx_voice.types.calls.action_gather_using_audio_params import (
        ActionGatherUsingAudioParams,
    )
    from telnyx_voice.types.calls.action_gather_using_speak_params import (
        ActionGatherUsingSpeakParams,
    )
    from telnyx_voice.types.calls.action_hangup_params import (
        ActionHangupParams,
    )
    from telnyx_voice.types.calls.action_join_ai_assistant_params import (
        ActionJoinAIAssistantParams,
    )
    from telnyx_voice.types.calls.action_leave_queue_params import (
        ActionLeaveQueueParams,
    )
    from telnyx_voice.types.calls.action_pause_recording_params import (
        ActionPauseRecordingParams,
    )
    from telnyx_voice.types.calls.action_refer_params import (
        ActionReferParams,
    )
    from telnyx_voice.types.calls.action_reject_params import (
        ActionRejectParams,
    )
    from telnyx_voice.types.calls.action_resume_recording_params import (
        ActionResumeRecordingParams,
    )
    from telnyx_voice.types.calls.action_send_dtmf_params import (
        ActionSendDtmfParams,
    )
    from telnyx_voice.types.calls.action_send_sip_info_params import (
        ActionSendSipInfoParams,
    )
    from telnyx_voice.types.calls.action_speak_params import (
        ActionSpeakParams,
    )
    from telnyx_voice.types.calls.action_start_ai_assistant_params import (
        ActionStartAIAssistantParams,
    )
    from telnyx_voice.types.calls.action_start_conversation_relay_params import (
        ActionStartConversationRelayParams,
    )
    from telnyx_voice.types.calls.action_start_forking_params import (
        ActionStartForkingParams,
    )
    from telnyx_voice.types.calls.action_start_noise_suppression_params import (
        ActionStartNoiseSuppressionParams,
    )
    from telnyx_voice.types.calls.action_start_playback_params import (
        ActionStartPlaybackParams,
    )
    from telnyx_voice.types.calls.action_start_recording_params import (
        ActionStartRecordingParams,
    )
    from telnyx_voice.types.calls.action_start_siprec_params import (
        ActionStartSiprecParams,
    )
    from telnyx_voice.types.calls.action_start_streaming_params import (
        ActionStartStreamingParams,
    )
    from telnyx_voice.types.calls.action_start_transcription_params import (
        ActionStartTranscriptionParams,
    )
    from telnyx_voice.types.calls.action_stop_ai_assistant_params import (
        ActionStopAIAssistantParams,
    )
    from telnyx_voice.types.calls.action_stop_conversation_relay_params import (
        ActionStopConversationRelayParams,
    )
    from telnyx_voice.types.calls.action_stop_forking_params import (
        ActionStopForkingParams,
    )
    from telnyx_voice.types.calls.action_stop_gather_params import (
        ActionStopGatherParams,
    )
    from telnyx_voice.types.calls.action_stop_noise_suppression_params import (
        ActionStopNoiseSuppressionParams,
    )
    from telnyx_voice.types.calls.action_stop_playback_params import (
        ActionStopPlaybackParams,
    )
    from telnyx_voice.types.calls.action_stop_recording_params import (
        ActionStopRecordingParams,
    )
    from telnyx_voice.types.calls.action_stop_siprec_params import (
        ActionStopSiprecParams,
    )
    from telnyx_voice.types.calls.action_stop_streaming_params import (
        ActionStopStreamingParams,
    )
    from telnyx_voice.types.calls.action_stop_transcription_params import (
        ActionStopTranscriptionParams,
    )
    from telnyx_voice.types.calls.action_switch_supervisor_role_params import (
        ActionSwitchSupervisorRoleParams,
    )
    from telnyx_voice.types.calls.action_transfer_params import (
        ActionTransferParams,
    )
    from telnyx_voice.types.calls.action_update_client_state_params import (
        ActionUpdateClientStateParams,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionAddAIAssistantMessagesResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionBridgeResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionEnqueueResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionGatherResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionGatherUsingAudioResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionGatherUsingSpeakResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionHangupResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionLeaveQueueResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionPauseRecordingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionReferResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionRejectResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionResumeRecordingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionSendDtmfResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionSendSipInfoResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionSpeakResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartForkingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartNoiseSuppressionResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartPlaybackResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartRecordingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartSiprecResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartStreamingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStartTranscriptionResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopAIAssistantResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopConversationRelayResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopForkingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopGatherResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopNoiseSuppressionResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopPlaybackResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopRecordingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopSiprecResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopStreamingResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionStopTranscriptionResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionSwitchSupervisorRoleResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionTransferResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponse as ActionUpdateClientStateResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponseWithConversationID as ActionGatherUsingAIResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponseWithConversationID as ActionJoinAIAssistantResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponseWithConversationID as ActionStartAIAssistantResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponseWithConversationRelayID as ActionStartConversationRelayResponse,
    )
    from telnyx_voice.types.models import (
        CallControlCommandResponseWithRecordingID as ActionAnswerResponse,
    )

__all__ = [
    "ActionAddAIAssistantMessagesParams",
    "ActionAddAIAssistantMessagesResponse",
    "ActionAnswerParams",
    "ActionAnswerResponse",
    "ActionBridgeParams",
    "ActionBridgeResponse",
    "ActionEnqueueParams",
    "ActionEnqueueResponse",
    "ActionGatherParams",
    "ActionGatherResponse",
    "ActionGatherUsingAIParams",
    "ActionGatherUsingAIResponse",
    "ActionGatherUsingAudioParams",
    "ActionGatherUsingAudioResponse",
    "ActionGatherUsingSpeakParams",
    "ActionGatherUsingSpeakResponse",
    "ActionHangupParams",
    "ActionHangupResponse",
    "ActionJoinAIAssistantParams",
    "ActionJoinAIAssistantResponse",
    "ActionLeaveQueueParams",
    "ActionLeaveQueueResponse",
    "ActionPauseRecordingParams",
    "ActionPauseRecordingResponse",
    "ActionReferParams",
    "ActionReferResponse",
    "ActionRejectParams",
    "ActionRejectResponse",
    "ActionResumeRecordingParams",
    "ActionResumeRecordingResponse",
    "ActionSendDtmfParams",
    "ActionSendDtmfResponse",
    "ActionSendSipInfoParams",
    "ActionSendSipInfoResponse",
    "ActionSpeakParams",
    "ActionSpeakResponse",
    "ActionStartAIAssistantParams",
    "ActionStartAIAssistantResponse",
    "ActionStartConversationRelayParams",
    "ActionStartConversationRelayResponse",
    "ActionStartForkingParams",
    "ActionStartForkingResponse",
    "ActionStartNoiseSuppressionParams",
    "ActionStartNoiseSuppressionResponse",
    "ActionStartPlaybackParams",
    "ActionStartPlaybackResponse",
    "ActionStartRecordingParams",
    "ActionStartRecordingResponse",
    "ActionStartSiprecParams",
    "ActionStartSiprecResponse",
    "ActionStartStreamingParams",
    "ActionStartStreamingResponse",
    "ActionStartTranscriptionParams",
    "ActionStartTranscriptionResponse",
    "ActionStopAIAssistantParams",
    "ActionStopAIAssistantResponse",
    "ActionStopConversationRelayParams",
    "ActionStopConversationRelayResponse",
    "ActionStopForkingParams",
    "ActionStopForkingResponse",
    "ActionStopGatherParams",
    "ActionStopGatherResponse",
    "ActionStopNoiseSuppressionParams",
    "ActionStopNoiseSuppressionResponse",
    "ActionStopPlaybackParams",
    "ActionStopPlaybackResponse",
    "ActionStopRecordingParams",
    "ActionStopRecordingResponse",
    "ActionStopSiprecParams",
    "ActionStopSiprecResponse",
    "ActionStopStreamingParams",
    "ActionStopStreamingResponse",
    "ActionStopTranscriptionParams",
    "ActionStopTranscriptionResponse",
    "ActionSwitchSupervisorRoleParams",
    "ActionSwitchSupervisorRoleResponse",
    "ActionTransferParams",
    "ActionTransferResponse",
    "ActionUpdateClientStateParams",
    "ActionUpdateClientStateResponse",
]

_EXPORTS: dict[str, tuple[str, str]] = {
    "ActionAddAIAssistantMessagesParams": (
        "telnyx_voice.types.calls.action_add_ai_assistant_messages_params",
        "ActionAddAIAssistantMessagesParams",
    ),
    "ActionAddAIAssistantMessagesResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponse",
    ),
    "ActionAnswerParams": ("telnyx_voice.types.calls.action_answer_params", "ActionAnswerParams"),
    "ActionAnswerResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponseWithRecordingID",
    ),
    "ActionBridgeParams": ("telnyx_voice.types.calls.action_bridge_params", "ActionBridgeParams"),
    "ActionBridgeResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionEnqueueParams": (
        "telnyx_voice.types.calls.action_enqueue_params",
        "ActionEnqueueParams",
    ),
    "ActionEnqueueResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionGatherParams": ("telnyx_voice.types.calls.action_gather_params", "ActionGatherParams"),
    "ActionGatherResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionGatherUsingAIParams": (
        "telnyx_voice.types.calls.action_gather_using_ai_params",
        "ActionGatherUsingAIParams",
    ),
    "ActionGatherUsingAIResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponseWithConversationID",
    ),
    "ActionGatherUsingAudioParams": (
        "telnyx_voice.types.calls.action_gather_using_audio_params",
        "ActionGatherUsingAudioParams",
    ),
    "ActionGatherUsingAudioResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionGatherUsingSpeakParams": (
        "telnyx_voice.types.calls.action_gather_using_speak_params",
        "ActionGatherUsingSpeakParams",
    ),
    "ActionGatherUsingSpeakResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionHangupParams": ("telnyx_voice.types.calls.action_hangup_params", "ActionHangupParams"),
    "ActionHangupResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionJoinAIAssistantParams": (
        "telnyx_voice.types.calls.action_join_ai_assistant_params",
        "ActionJoinAIAssistantParams",
    ),
    "ActionJoinAIAssistantResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponseWithConversationID",
    ),
    "ActionLeaveQueueParams": (
        "telnyx_voice.types.calls.action_leave_queue_params",
        "ActionLeaveQueueParams",
    ),
    "ActionLeaveQueueResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionPauseRecordingParams": (
        "telnyx_voice.types.calls.action_pause_recording_params",
        "ActionPauseRecordingParams",
    ),
    "ActionPauseRecordingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionReferParams": ("telnyx_voice.types.calls.action_refer_params", "ActionReferParams"),
    "ActionReferResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionRejectParams": ("telnyx_voice.types.calls.action_reject_params", "ActionRejectParams"),
    "ActionRejectResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionResumeRecordingParams": (
        "telnyx_voice.types.calls.action_resume_recording_params",
        "ActionResumeRecordingParams",
    ),
    "ActionResumeRecordingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionSendDtmfParams": (
        "telnyx_voice.types.calls.action_send_dtmf_params",
        "ActionSendDtmfParams",
    ),
    "ActionSendDtmfResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionSendSipInfoParams": (
        "telnyx_voice.types.calls.action_send_sip_info_params",
        "ActionSendSipInfoParams",
    ),
    "ActionSendSipInfoResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionSpeakParams": ("telnyx_voice.types.calls.action_speak_params", "ActionSpeakParams"),
    "ActionSpeakResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStartAIAssistantParams": (
        "telnyx_voice.types.calls.action_start_ai_assistant_params",
        "ActionStartAIAssistantParams",
    ),
    "ActionStartAIAssistantResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponseWithConversationID",
    ),
    "ActionStartConversationRelayParams": (
        "telnyx_voice.types.calls.action_start_conversation_relay_params",
        "ActionStartConversationRelayParams",
    ),
    "ActionStartConversationRelayResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponseWithConversationRelayID",
    ),
    "ActionStartForkingParams": (
        "telnyx_voice.types.calls.action_start_forking_params",
        "ActionStartForkingParams",
    ),
    "ActionStartForkingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStartNoiseSuppressionParams": (
        "telnyx_voice.types.calls.action_start_noise_suppression_params",
        "ActionStartNoiseSuppressionParams",
    ),
    "ActionStartNoiseSuppressionResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponse",
    ),
    "ActionStartPlaybackParams": (
        "telnyx_voice.types.calls.action_start_playback_params",
        "ActionStartPlaybackParams",
    ),
    "ActionStartPlaybackResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStartRecordingParams": (
        "telnyx_voice.types.calls.action_start_recording_params",
        "ActionStartRecordingParams",
    ),
    "ActionStartRecordingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStartSiprecParams": (
        "telnyx_voice.types.calls.action_start_siprec_params",
        "ActionStartSiprecParams",
    ),
    "ActionStartSiprecResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStartStreamingParams": (
        "telnyx_voice.types.calls.action_start_streaming_params",
        "ActionStartStreamingParams",
    ),
    "ActionStartStreamingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStartTranscriptionParams": (
        "telnyx_voice.types.calls.action_start_transcription_params",
        "ActionStartTranscriptionParams",
    ),
    "ActionStartTranscriptionResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopAIAssistantParams": (
        "telnyx_voice.types.calls.action_stop_ai_assistant_params",
        "ActionStopAIAssistantParams",
    ),
    "ActionStopAIAssistantResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopConversationRelayParams": (
        "telnyx_voice.types.calls.action_stop_conversation_relay_params",
        "ActionStopConversationRelayParams",
    ),
    "ActionStopConversationRelayResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponse",
    ),
    "ActionStopForkingParams": (
        "telnyx_voice.types.calls.action_stop_forking_params",
        "ActionStopForkingParams",
    ),
    "ActionStopForkingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopGatherParams": (
        "telnyx_voice.types.calls.action_stop_gather_params",
        "ActionStopGatherParams",
    ),
    "ActionStopGatherResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopNoiseSuppressionParams": (
        "telnyx_voice.types.calls.action_stop_noise_suppression_params",
        "ActionStopNoiseSuppressionParams",
    ),
    "ActionStopNoiseSuppressionResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponse",
    ),
    "ActionStopPlaybackParams": (
        "telnyx_voice.types.calls.action_stop_playback_params",
        "ActionStopPlaybackParams",
    ),
    "ActionStopPlaybackResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopRecordingParams": (
        "telnyx_voice.types.calls.action_stop_recording_params",
        "ActionStopRecordingParams",
    ),
    "ActionStopRecordingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopSiprecParams": (
        "telnyx_voice.types.calls.action_stop_siprec_params",
        "ActionStopSiprecParams",
    ),
    "ActionStopSiprecResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopStreamingParams": (
        "telnyx_voice.types.calls.action_stop_streaming_params",
        "ActionStopStreamingParams",
    ),
    "ActionStopStreamingResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionStopTranscriptionParams": (
        "telnyx_voice.types.calls.action_stop_transcription_params",
        "ActionStopTranscriptionParams",
    ),
    "ActionStopTranscriptionResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionSwitchSupervisorRoleParams": (
        "telnyx_voice.types.calls.action_switch_supervisor_role_params",
        "ActionSwitchSupervisorRoleParams",
    ),
    "ActionSwitchSupervisorRoleResponse": (
        "telnyx_voice.types.models",
        "CallControlCommandResponse",
    ),
    "ActionTransferParams": (
        "telnyx_voice.types.calls.action_transfer_params",
        "ActionTransferParams",
    ),
    "ActionTransferResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
    "ActionUpdateClientStateParams": (
        "telnyx_voice.types.calls.action_update_client_state_params",
        "ActionUpdateClientStateParams",
    ),
    "ActionUpdateClientStateResponse": ("telnyx_voice.types.models", "CallControlCommandResponse"),
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
