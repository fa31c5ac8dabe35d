"""Pydantic v2 models of the voice surface, by datamodel-code-generator from the spec.

One module per schema that several models (or an operation or event) use, holding
it and the schemas only it uses (`codegen/models.py` `split_models`), so that a
call or a webhook builds only the models it needs. Import from here.

Names are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from telnyx_voice.types.models.active_calls_response import (
        ActiveCall,
        ActiveCallRecordType,
        ActiveCallsResponse,
        Cursor,
        CursorPaginationMeta,
    )
    from telnyx_voice.types.models.ai_assistant_add_messages_request import (
        AIAssistantAddMessagesRequest,
    )
    from telnyx_voice.types.models.ai_assistant_join_participant import (
        AIAssistantJoinParticipant,
        AIAssistantJoinParticipantOnHangup,
        AIAssistantJoinParticipantRole,
    )
    from telnyx_voice.types.models.ai_assistant_join_request import (
        AIAssistantJoinRequest,
    )
    from telnyx_voice.types.models.ai_assistant_start_request import (
        AIAssistantStartRequest,
    )
    from telnyx_voice.types.models.ai_assistant_stop_request import (
        AIAssistantStopRequest,
    )
    from telnyx_voice.types.models.answer_request import (
        AnswerRequest,
        AnswerRequestDeepfakeDetection,
        AnswerRequestPreferredCodecs,
        AnswerRequestRecord,
        AnswerRequestRecordChannels,
        AnswerRequestRecordFormat,
        AnswerRequestRecordTrack,
        AnswerRequestRecordTrim,
        AnswerRequestStreamTrack,
        AnswerRequestWebhookRetriesPoliciesValue,
        AnswerRequestWebhookUrlMethod,
        AnswerRequestWebhookUrlsMethod,
    )
    from telnyx_voice.types.models.assistant_message import (
        AssistantMessage,
        ToolCall,
        ToolCallFunction,
        ToolCallType,
    )
    from telnyx_voice.types.models.assistant_message_role import (
        AssistantMessageRole,
    )
    from telnyx_voice.types.models.aws_voice_settings import (
        AWSVoiceSettings,
    )
    from telnyx_voice.types.models.aws_voice_settings_type import (
        AWSVoiceSettingsType,
    )
    from telnyx_voice.types.models.azure_voice_settings import (
        AzureVoiceSettings,
        AzureVoiceSettingsEffect,
        AzureVoiceSettingsGender,
    )
    from telnyx_voice.types.models.azure_voice_settings_type import (
        AzureVoiceSettingsType,
    )
    from telnyx_voice.types.models.book_appointment_tool import (
        BookAppointmentTool,
        BookAppointmentToolParams,
    )
    from telnyx_voice.types.models.book_appointment_tool_type import (
        BookAppointmentToolType,
    )
    from telnyx_voice.types.models.bridge_request import (
        BridgeRequest,
        BridgeRequestMuteDtmf,
        BridgeRequestRecord,
        BridgeRequestRecordChannels,
        BridgeRequestRecordFormat,
        BridgeRequestRecordTrack,
        BridgeRequestRecordTrim,
        BridgeRequestRingtone,
    )
    from telnyx_voice.types.models.call_ai_gather_ended_event import (
        CallAIGatherEnded,
        CallAIGatherEndedEvent,
        CallAIGatherEndedPayload,
        CallAIGatherEndedPayloadMessageHistoryItem,
        CallAIGatherEndedPayloadMessageHistoryItemRole,
        CallAIGatherEndedPayloadStatus,
        CallAIGatherEndedRecordType,
    )
    from telnyx_voice.types.models.call_ai_gather_message_history_updated_event import (
        CallAIGatherMessageHistoryUpdated,
        CallAIGatherMessageHistoryUpdatedEvent,
        CallAIGatherMessageHistoryUpdatedPayload,
        CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem,
        CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole,
        CallAIGatherMessageHistoryUpdatedRecordType,
    )
    from telnyx_voice.types.models.call_ai_gather_partial_results_event import (
        CallAIGatherPartialResults,
        CallAIGatherPartialResultsEvent,
        CallAIGatherPartialResultsPayload,
        CallAIGatherPartialResultsPayloadMessageHistoryItem,
        CallAIGatherPartialResultsPayloadMessageHistoryItemRole,
        CallAIGatherPartialResultsRecordType,
    )
    from telnyx_voice.types.models.call_answered_event import (
        CallAnswered,
        CallAnsweredEvent,
        CallAnsweredPayload,
        CallAnsweredPayloadState,
        CallAnsweredRecordType,
    )
    from telnyx_voice.types.models.call_assistant_request import (
        CallAssistantRequest,
        CallAssistantRequestExternalLlm,
        CallAssistantRequestExternalLlmAuthenticationMethod,
        CallAssistantRequestFallbackConfig,
        CallAssistantRequestFallbackConfigExternalLlm,
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod,
        CallAssistantRequestMcpServersItem,
        CallAssistantRequestObservabilitySettings,
    )
    from telnyx_voice.types.models.call_bridged_event import (
        CallBridged,
        CallBridgedEvent,
        CallBridgedPayload,
        CallBridgedRecordType,
    )
    from telnyx_voice.types.models.call_control_command_response import (
        CallControlCommandResponse,
        CallControlCommandResult,
    )
    from telnyx_voice.types.models.call_control_command_response_with_conversation_id import (
        CallControlCommandResponseWithConversationID,
        CallControlCommandResultWithConversationId,
    )
    from telnyx_voice.types.models.call_control_command_response_with_conversation_relay_id import (
        CallControlCommandResponseWithConversationRelayID,
        CallControlCommandResultWithConversationRelayId,
    )
    from telnyx_voice.types.models.call_control_command_response_with_recording_id import (
        CallControlCommandResponseWithRecordingID,
        CallControlCommandResultWithRecordingId,
    )
    from telnyx_voice.types.models.call_control_retrieval_tool import (
        CallControlBucketIds,
        CallControlRetrievalTool,
    )
    from telnyx_voice.types.models.call_control_retrieval_tool_type import (
        CallControlRetrievalToolType,
    )
    from telnyx_voice.types.models.call_conversation_ended_event import (
        CallConversationEnded,
        CallConversationEndedEvent,
        CallConversationEndedPayload,
        CallConversationEndedPayloadCallingPartyType,
        CallConversationEndedRecordType,
    )
    from telnyx_voice.types.models.call_conversation_insights_generated_event import (
        CallConversationInsightsGenerated,
        CallConversationInsightsGeneratedEvent,
        CallConversationInsightsGeneratedPayload,
        CallConversationInsightsGeneratedPayloadCallingPartyType,
        CallConversationInsightsGeneratedPayloadResultsItem,
        CallConversationInsightsGeneratedRecordType,
    )
    from telnyx_voice.types.models.call_cost_event import (
        CallCost,
        CallCostEvent,
        CallCostPart,
        CallCostPayload,
        CallCostPayloadStatus,
        CallCostRecordType,
    )
    from telnyx_voice.types.models.call_deepfake_detection_error_event import (
        CallDeepfakeDetectionError,
        CallDeepfakeDetectionErrorEvent,
        CallDeepfakeDetectionErrorPayload,
        CallDeepfakeDetectionErrorPayloadErrorMessage,
        CallDeepfakeDetectionErrorRecordType,
    )
    from telnyx_voice.types.models.call_deepfake_detection_result_event import (
        CallDeepfakeDetectionResult,
        CallDeepfakeDetectionResultEvent,
        CallDeepfakeDetectionResultPayload,
        CallDeepfakeDetectionResultPayloadResult,
        CallDeepfakeDetectionResultRecordType,
    )
    from telnyx_voice.types.models.call_dtmf_received_event import (
        CallDtmfReceived,
        CallDtmfReceivedEvent,
        CallDtmfReceivedPayload,
        CallDtmfReceivedRecordType,
    )
    from telnyx_voice.types.models.call_enqueued_event import (
        CallEnqueued,
        CallEnqueuedEvent,
        CallEnqueuedPayload,
        CallEnqueuedRecordType,
    )
    from telnyx_voice.types.models.call_fork_started_event import (
        CallForkStarted,
        CallForkStartedEvent,
        CallForkStartedPayload,
        CallForkStartedPayloadStreamType,
        CallForkStartedRecordType,
    )
    from telnyx_voice.types.models.call_fork_stopped_event import (
        CallForkStopped,
        CallForkStoppedEvent,
        CallForkStoppedPayload,
        CallForkStoppedPayloadStreamType,
        CallForkStoppedRecordType,
    )
    from telnyx_voice.types.models.call_gather_ended_event import (
        CallGatherEnded,
        CallGatherEndedEvent,
        CallGatherEndedPayload,
        CallGatherEndedPayloadStatus,
        CallGatherEndedRecordType,
    )
    from telnyx_voice.types.models.call_hangup_event import (
        CallHangup,
        CallHangupEvent,
        CallHangupPayload,
        CallHangupPayloadCallQualityStats,
        CallHangupPayloadCallQualityStatsInbound,
        CallHangupPayloadCallQualityStatsOutbound,
        CallHangupPayloadHangupCause,
        CallHangupPayloadHangupSource,
        CallHangupPayloadState,
        CallHangupRecordType,
    )
    from telnyx_voice.types.models.call_hold_event import (
        CallHold,
        CallHoldEvent,
        CallHoldPayload,
        CallHoldRecordType,
    )
    from telnyx_voice.types.models.call_initiated_event import (
        CallInitiated,
        CallInitiatedEvent,
        CallInitiatedPayload,
        CallInitiatedPayloadDirection,
        CallInitiatedPayloadState,
        CallInitiatedRecordType,
    )
    from telnyx_voice.types.models.call_left_queue_event import (
        CallLeftQueue,
        CallLeftQueueEvent,
        CallLeftQueuePayload,
        CallLeftQueuePayloadReason,
        CallLeftQueueRecordType,
    )
    from telnyx_voice.types.models.call_machine_detection_ended_event import (
        CallMachineDetectionEnded,
        CallMachineDetectionEndedEvent,
        CallMachineDetectionEndedPayload,
        CallMachineDetectionEndedPayloadResult,
        CallMachineDetectionEndedRecordType,
    )
    from telnyx_voice.types.models.call_machine_greeting_ended_event import (
        CallMachineGreetingEnded,
        CallMachineGreetingEndedEvent,
        CallMachineGreetingEndedPayload,
        CallMachineGreetingEndedPayloadResult,
        CallMachineGreetingEndedRecordType,
    )
    from telnyx_voice.types.models.call_machine_premium_detection_ended_event import (
        CallMachinePremiumDetectionEnded,
        CallMachinePremiumDetectionEndedEvent,
        CallMachinePremiumDetectionEndedPayload,
        CallMachinePremiumDetectionEndedPayloadResult,
        CallMachinePremiumDetectionEndedRecordType,
    )
    from telnyx_voice.types.models.call_machine_premium_greeting_ended_event import (
        CallMachinePremiumGreetingEnded,
        CallMachinePremiumGreetingEndedEvent,
        CallMachinePremiumGreetingEndedPayload,
        CallMachinePremiumGreetingEndedPayloadResult,
        CallMachinePremiumGreetingEndedRecordType,
    )
    from telnyx_voice.types.models.call_playback_ended_event import (
        CallPlaybackEnded,
        CallPlaybackEndedEvent,
        CallPlaybackEndedPayload,
        CallPlaybackEndedPayloadStatus,
        CallPlaybackEndedRecordType,
    )
    from telnyx_voice.types.models.call_playback_started_event import (
        CallPlaybackStarted,
        CallPlaybackStartedEvent,
        CallPlaybackStartedPayload,
        CallPlaybackStartedRecordType,
    )
    from telnyx_voice.types.models.call_recording_error_event import (
        CallRecordingError,
        CallRecordingErrorEvent,
        CallRecordingErrorPayload,
        CallRecordingErrorPayloadReason,
        CallRecordingErrorRecordType,
    )
    from telnyx_voice.types.models.call_recording_saved_event import (
        CallRecordingSaved,
        CallRecordingSavedEvent,
        CallRecordingSavedPayload,
        CallRecordingSavedPayloadChannels,
        CallRecordingSavedPayloadPublicRecordingUrls,
        CallRecordingSavedPayloadRecordingUrls,
        CallRecordingSavedRecordType,
    )
    from telnyx_voice.types.models.call_recording_transcription_saved_event import (
        CallRecordingTranscriptionSaved,
        CallRecordingTranscriptionSavedEvent,
        CallRecordingTranscriptionSavedPayload,
        CallRecordingTranscriptionSavedPayloadCallingPartyType,
        CallRecordingTranscriptionSavedPayloadStatus,
        CallRecordingTranscriptionSavedRecordType,
    )
    from telnyx_voice.types.models.call_refer_completed_event import (
        CallReferCompleted,
        CallReferCompletedEvent,
        CallReferCompletedPayload,
        CallReferCompletedRecordType,
    )
    from telnyx_voice.types.models.call_refer_failed_event import (
        CallReferFailed,
        CallReferFailedEvent,
        CallReferFailedPayload,
        CallReferFailedRecordType,
    )
    from telnyx_voice.types.models.call_refer_started_event import (
        CallReferStarted,
        CallReferStartedEvent,
        CallReferStartedPayload,
        CallReferStartedRecordType,
    )
    from telnyx_voice.types.models.call_request import (
        CallRequest,
        CallRequestAnsweringMachineDetection,
        CallRequestAnsweringMachineDetectionConfig,
        CallRequestConferenceConfig,
        CallRequestConferenceConfigBeepEnabled,
        CallRequestConferenceConfigSupervisorRole,
        CallRequestDeepfakeDetection,
        CallRequestMediaEncryption,
        CallRequestPrivacy,
        CallRequestRecord,
        CallRequestRecordChannels,
        CallRequestRecordFormat,
        CallRequestRecordTrack,
        CallRequestRecordTrim,
        CallRequestSipRegion,
        CallRequestSipTransportProtocol,
        CallRequestStreamTrack,
        CallRequestSupervisorRole,
        CallRequestWebhookRetriesPoliciesValue,
        CallRequestWebhookUrlMethod,
        CallRequestWebhookUrlsMethod,
    )
    from telnyx_voice.types.models.call_siprec_failed_event import (
        CallSiprecFailed,
        CallSiprecFailedEvent,
        CallSiprecFailedPayload,
        CallSiprecFailedRecordType,
    )
    from telnyx_voice.types.models.call_siprec_started_event import (
        CallSiprecStarted,
        CallSiprecStartedEvent,
        CallSiprecStartedPayload,
        CallSiprecStartedRecordType,
    )
    from telnyx_voice.types.models.call_siprec_stopped_event import (
        CallSiprecStopped,
        CallSiprecStoppedEvent,
        CallSiprecStoppedPayload,
        CallSiprecStoppedRecordType,
    )
    from telnyx_voice.types.models.call_speak_ended_event import (
        CallSpeakEnded,
        CallSpeakEndedEvent,
        CallSpeakEndedPayload,
        CallSpeakEndedPayloadStatus,
        CallSpeakEndedRecordType,
    )
    from telnyx_voice.types.models.call_speak_started_event import (
        CallSpeakStarted,
        CallSpeakStartedEvent,
        CallSpeakStartedPayload,
        CallSpeakStartedRecordType,
    )
    from telnyx_voice.types.models.call_streaming_failed_event import (
        CallStreamingFailed,
        CallStreamingFailedEvent,
        CallStreamingFailedPayload,
        CallStreamingFailedPayloadStreamParams,
        CallStreamingFailedPayloadStreamParamsTrack,
        CallStreamingFailedPayloadStreamType,
        CallStreamingFailedRecordType,
    )
    from telnyx_voice.types.models.call_streaming_started_event import (
        CallStreamingStarted,
        CallStreamingStartedEvent,
        CallStreamingStartedPayload,
        CallStreamingStartedRecordType,
    )
    from telnyx_voice.types.models.call_streaming_stopped_event import (
        CallStreamingStopped,
        CallStreamingStoppedEvent,
        CallStreamingStoppedPayload,
        CallStreamingStoppedRecordType,
    )
    from telnyx_voice.types.models.call_unhold_event import (
        CallUnhold,
        CallUnholdEvent,
        CallUnholdPayload,
        CallUnholdRecordType,
    )
    from telnyx_voice.types.models.check_availability_tool import (
        CheckAvailabilityTool,
        CheckAvailabilityToolParams,
    )
    from telnyx_voice.types.models.check_availability_tool_type import (
        CheckAvailabilityToolType,
    )
    from telnyx_voice.types.models.client_state_update_request import (
        ClientStateUpdateRequest,
    )
    from telnyx_voice.types.models.conference import (
        Conference,
        ConferenceEndedBy,
        ConferenceEndReason,
        ConferenceRecordType,
        ConferenceStatus,
    )
    from telnyx_voice.types.models.conference_command_response import (
        ConferenceCommandResponse,
        ConferenceCommandResult,
    )
    from telnyx_voice.types.models.conference_created_event import (
        ConferenceCreated,
        ConferenceCreatedEvent,
        ConferenceCreatedPayload,
        ConferenceCreatedRecordType,
    )
    from telnyx_voice.types.models.conference_ended_event import (
        ConferenceEnded,
        ConferenceEndedEvent,
        ConferenceEndedPayload,
        ConferenceEndedPayloadReason,
        ConferenceEndedRecordType,
    )
    from telnyx_voice.types.models.conference_floor_changed_event import (
        ConferenceFloorChangedEvent,
        ConferenceFloorChangedEventPayload,
        ConferenceFloorChangedEventRecordType,
    )
    from telnyx_voice.types.models.conference_gather_using_audio_request import (
        ConferenceGatherUsingAudioRequest,
    )
    from telnyx_voice.types.models.conference_hold_request import (
        ConferenceHoldRequest,
    )
    from telnyx_voice.types.models.conference_mute_request import (
        ConferenceMuteRequest,
    )
    from telnyx_voice.types.models.conference_participant_joined_event import (
        ConferenceParticipantJoined,
        ConferenceParticipantJoinedEvent,
        ConferenceParticipantJoinedPayload,
        ConferenceParticipantJoinedRecordType,
    )
    from telnyx_voice.types.models.conference_participant_left_event import (
        ConferenceParticipantLeft,
        ConferenceParticipantLeftEvent,
        ConferenceParticipantLeftPayload,
        ConferenceParticipantLeftRecordType,
    )
    from telnyx_voice.types.models.conference_participant_playback_ended_event import (
        ConferenceParticipantPlaybackEnded,
        ConferenceParticipantPlaybackEndedEvent,
        ConferenceParticipantPlaybackEndedPayload,
        ConferenceParticipantPlaybackEndedRecordType,
    )
    from telnyx_voice.types.models.conference_participant_playback_started_event import (
        ConferenceParticipantPlaybackStarted,
        ConferenceParticipantPlaybackStartedEvent,
        ConferenceParticipantPlaybackStartedPayload,
        ConferenceParticipantPlaybackStartedRecordType,
    )
    from telnyx_voice.types.models.conference_participant_resource import (
        ConferenceParticipant,
        ConferenceParticipantResource,
        ConferenceParticipantStatus,
    )
    from telnyx_voice.types.models.conference_participant_speak_ended_event import (
        ConferenceParticipantSpeakEnded,
        ConferenceParticipantSpeakEndedEvent,
        ConferenceParticipantSpeakEndedPayload,
        ConferenceParticipantSpeakEndedRecordType,
    )
    from telnyx_voice.types.models.conference_participant_speak_started_event import (
        ConferenceParticipantSpeakStarted,
        ConferenceParticipantSpeakStartedEvent,
        ConferenceParticipantSpeakStartedPayload,
        ConferenceParticipantSpeakStartedRecordType,
    )
    from telnyx_voice.types.models.conference_play_request import (
        ConferencePlayRequest,
    )
    from telnyx_voice.types.models.conference_playback_ended_event import (
        ConferencePlaybackEnded,
        ConferencePlaybackEndedEvent,
        ConferencePlaybackEndedPayload,
        ConferencePlaybackEndedRecordType,
    )
    from telnyx_voice.types.models.conference_playback_started_event import (
        ConferencePlaybackStarted,
        ConferencePlaybackStartedEvent,
        ConferencePlaybackStartedPayload,
        ConferencePlaybackStartedRecordType,
    )
    from telnyx_voice.types.models.conference_recording_saved_event import (
        ConferenceRecordingSaved,
        ConferenceRecordingSavedEvent,
        ConferenceRecordingSavedPayload,
        ConferenceRecordingSavedPayloadChannels,
        ConferenceRecordingSavedPayloadFormat,
        ConferenceRecordingSavedPayloadPublicRecordingUrls,
        ConferenceRecordingSavedPayloadRecordingUrls,
        ConferenceRecordingSavedRecordType,
    )
    from telnyx_voice.types.models.conference_region import (
        ConferenceRegion,
    )
    from telnyx_voice.types.models.conference_response import (
        ConferenceResponse,
    )
    from telnyx_voice.types.models.conference_send_dtmf_request import (
        ConferenceSendDTMFRequest,
    )
    from telnyx_voice.types.models.conference_speak_ended_event import (
        ConferenceSpeakEnded,
        ConferenceSpeakEndedEvent,
        ConferenceSpeakEndedPayload,
        ConferenceSpeakEndedRecordType,
    )
    from telnyx_voice.types.models.conference_speak_request import (
        ConferenceSpeakRequest,
        ConferenceSpeakRequestLanguage,
        ConferenceSpeakRequestPayloadType,
    )
    from telnyx_voice.types.models.conference_speak_started_event import (
        ConferenceSpeakStarted,
        ConferenceSpeakStartedEvent,
        ConferenceSpeakStartedPayload,
        ConferenceSpeakStartedRecordType,
    )
    from telnyx_voice.types.models.conference_stop_request import (
        ConferenceStopRequest,
    )
    from telnyx_voice.types.models.conference_unhold_request import (
        ConferenceUnholdRequest,
    )
    from telnyx_voice.types.models.conference_unmute_request import (
        ConferenceUnmuteRequest,
    )
    from telnyx_voice.types.models.conversation_relay_embedded_config import (
        ConversationRelayEmbeddedConfig,
        ConversationRelayEmbeddedConfigTranscriptionEngine,
    )
    from telnyx_voice.types.models.conversation_relay_interruptible import (
        ConversationRelayInterruptible,
    )
    from telnyx_voice.types.models.conversation_relay_interruption_settings import (
        ConversationRelayInterruptionSettings,
    )
    from telnyx_voice.types.models.conversation_relay_language import (
        ConversationRelayLanguage,
        ConversationRelayLanguageTranscriptionEngine,
    )
    from telnyx_voice.types.models.conversation_relay_start_request import (
        ConversationRelayAssistant,
        ConversationRelaySettings,
        ConversationRelayStartRequest,
        ConversationRelayStartRequestTranscriptionEngine,
    )
    from telnyx_voice.types.models.conversation_relay_stop_request import (
        ConversationRelayStopRequest,
    )
    from telnyx_voice.types.models.conversation_relay_structured_provider import (
        ConversationRelayStructuredProvider,
    )
    from telnyx_voice.types.models.conversation_relay_transcription_engine_config import (
        ConversationRelayTranscriptionEngineConfig,
    )
    from telnyx_voice.types.models.create_conference_request import (
        CreateConferenceRequest,
        CreateConferenceRequestBeepEnabled,
        CreateConferenceRequestRegion,
    )
    from telnyx_voice.types.models.create_queue_request import (
        CreateQueueRequest,
    )
    from telnyx_voice.types.models.custom_sip_header import (
        CustomSipHeader,
    )
    from telnyx_voice.types.models.deepgram_nova2_config_transcription_model import (
        DeepgramNova2ConfigTranscriptionModel,
    )
    from telnyx_voice.types.models.deepgram_nova3_config_transcription_model import (
        DeepgramNova3ConfigTranscriptionModel,
    )
    from telnyx_voice.types.models.developer_message import (
        DeveloperMessage,
    )
    from telnyx_voice.types.models.developer_message_role import (
        DeveloperMessageRole,
    )
    from telnyx_voice.types.models.dialogflow_config import (
        DialogflowConfig,
    )
    from telnyx_voice.types.models.eleven_labs_voice_settings import (
        ElevenLabsVoiceSettings,
    )
    from telnyx_voice.types.models.eleven_labs_voice_settings_type import (
        ElevenLabsVoiceSettingsType,
    )
    from telnyx_voice.types.models.end_conference_request import (
        EndConferenceRequest,
    )
    from telnyx_voice.types.models.enqueue_request import (
        EnqueueRequest,
    )
    from telnyx_voice.types.models.gather_request import (
        GatherRequest,
    )
    from telnyx_voice.types.models.gather_using_ai_request import (
        Assistant,
        GatherUsingAIRequest,
        GatherUsingAIRequestLanguage,
        GatherUsingAIRequestMessageHistoryItem,
        GatherUsingAIRequestMessageHistoryItemRole,
    )
    from telnyx_voice.types.models.gather_using_audio_request import (
        GatherUsingAudioRequest,
    )
    from telnyx_voice.types.models.gather_using_speak_request import (
        GatherUsingSpeakRequest,
        GatherUsingSpeakRequestLanguage,
        GatherUsingSpeakRequestPayloadType,
        GatherUsingSpeakRequestServiceLevel,
    )
    from telnyx_voice.types.models.google_transcription_language import (
        GoogleTranscriptionLanguage,
    )
    from telnyx_voice.types.models.hangup_request import (
        HangupRequest,
    )
    from telnyx_voice.types.models.hangup_tool import (
        HangupTool,
        HangupToolParams,
    )
    from telnyx_voice.types.models.hangup_tool_type import (
        HangupToolType,
    )
    from telnyx_voice.types.models.interruption_settings import (
        InterruptionSettings,
    )
    from telnyx_voice.types.models.inworld_voice_settings import (
        InworldVoiceSettings,
        InworldVoiceSettingsDeliveryMode,
    )
    from telnyx_voice.types.models.inworld_voice_settings_type import (
        InworldVoiceSettingsType,
    )
    from telnyx_voice.types.models.join_conference_request import (
        JoinConferenceRequest,
        JoinConferenceRequestBeepEnabled,
        JoinConferenceRequestSupervisorRole,
    )
    from telnyx_voice.types.models.leave_conference_request import (
        LeaveConferenceRequest,
        LeaveConferenceRequestBeepEnabled,
    )
    from telnyx_voice.types.models.leave_queue_request import (
        LeaveQueueRequest,
    )
    from telnyx_voice.types.models.list_conferences_response import (
        ListConferencesResponse,
    )
    from telnyx_voice.types.models.list_participants_response import (
        ListParticipantsResponse,
        Participant,
        ParticipantConference,
        ParticipantRecordType,
        ParticipantStatus,
    )
    from telnyx_voice.types.models.list_queue_calls_response import (
        ListQueueCallsResponse,
    )
    from telnyx_voice.types.models.list_queues_response import (
        ListQueuesResponse,
    )
    from telnyx_voice.types.models.message_metadata import (
        MessageMetadata,
    )
    from telnyx_voice.types.models.minimax_voice_settings import (
        MinimaxVoiceSettings,
        MinimaxVoiceSettingsLanguageBoost,
    )
    from telnyx_voice.types.models.minimax_voice_settings_type import (
        MinimaxVoiceSettingsType,
    )
    from telnyx_voice.types.models.noise_suppression_start import (
        NoiseSuppressionDirection,
        NoiseSuppressionEngine,
        NoiseSuppressionEngineConfig,
        NoiseSuppressionEngineConfigFamily,
        NoiseSuppressionEngineConfigMode,
        NoiseSuppressionEngineConfigModel,
        NoiseSuppressionEngineConfigSize,
        NoiseSuppressionStart,
    )
    from telnyx_voice.types.models.noise_suppression_stop import (
        NoiseSuppressionStop,
    )
    from telnyx_voice.types.models.pagination_meta import (
        PaginationMeta,
    )
    from telnyx_voice.types.models.pause_conference_recording_request import (
        PauseConferenceRecordingRequest,
    )
    from telnyx_voice.types.models.pause_recording_request import (
        PauseRecordingRequest,
    )
    from telnyx_voice.types.models.play_audio_url_request import (
        PlayAudioUrlRequest,
        PlayAudioUrlRequestAudioType,
    )
    from telnyx_voice.types.models.playback_stop_request import (
        PlaybackStopRequest,
    )
    from telnyx_voice.types.models.queue import (
        Queue,
        QueueRecordType,
    )
    from telnyx_voice.types.models.queue_call import (
        QueueCall,
        QueueCallRecordType,
    )
    from telnyx_voice.types.models.queue_call_response import (
        QueueCallResponse,
    )
    from telnyx_voice.types.models.queue_response import (
        QueueResponse,
    )
    from telnyx_voice.types.models.refer_request import (
        ReferRequest,
    )
    from telnyx_voice.types.models.reject_request import (
        RejectRequest,
        RejectRequestCause,
    )
    from telnyx_voice.types.models.resemble_voice_settings import (
        ResembleSampleRate,
        ResembleVoiceSettings,
        ResembleVoiceSettingsFormat,
        ResembleVoiceSettingsPrecision,
    )
    from telnyx_voice.types.models.resemble_voice_settings_type import (
        ResembleVoiceSettingsType,
    )
    from telnyx_voice.types.models.resume_conference_recording_request import (
        ResumeConferenceRecordingRequest,
    )
    from telnyx_voice.types.models.resume_recording_request import (
        ResumeRecordingRequest,
    )
    from telnyx_voice.types.models.retrieve_call_status_response import (
        Call,
        CallRecordType,
        RetrieveCallStatusResponse,
    )
    from telnyx_voice.types.models.retrieve_call_status_response_with_recording_id import (
        CallWithRecordingId,
        CallWithRecordingIdRecordType,
        RetrieveCallStatusResponseWithRecordingID,
    )
    from telnyx_voice.types.models.rime_voice_settings import (
        RimeVoiceSettings,
    )
    from telnyx_voice.types.models.rime_voice_settings_type import (
        RimeVoiceSettingsType,
    )
    from telnyx_voice.types.models.send_dtmf_request import (
        SendDTMFRequest,
    )
    from telnyx_voice.types.models.send_sip_info_request import (
        SendSIPInfoRequest,
    )
    from telnyx_voice.types.models.sip_header import (
        SipHeader,
        SipHeaderName,
    )
    from telnyx_voice.types.models.sound_modifications import (
        SoundModifications,
    )
    from telnyx_voice.types.models.speak_request import (
        SpeakRequest,
        SpeakRequestLanguage,
        SpeakRequestPayloadType,
        SpeakRequestServiceLevel,
        SpeakRequestTargetLegs,
    )
    from telnyx_voice.types.models.start_conference_recording_request import (
        StartConferenceRecordingRequest,
        StartConferenceRecordingRequestChannels,
        StartConferenceRecordingRequestFormat,
        StartConferenceRecordingRequestTrim,
    )
    from telnyx_voice.types.models.start_forking_request import (
        StartForkingRequest,
        StartForkingRequestStreamType,
    )
    from telnyx_voice.types.models.start_recording_request import (
        StartRecordingRequest,
        StartRecordingRequestChannels,
        StartRecordingRequestFormat,
        StartRecordingRequestRecordingTrack,
        StartRecordingRequestTranscriptionEngine,
        StartRecordingRequestTrim,
        TranscriptionLanguage,
    )
    from telnyx_voice.types.models.start_siprec_request import (
        StartSiprecRequest,
        StartSiprecRequestIncludeMetadataCustomHeaders,
        StartSiprecRequestSecure,
        StartSiprecRequestSiprecTrack,
        StartSiprecRequestSipTransport,
    )
    from telnyx_voice.types.models.start_streaming_request import (
        StartStreamingRequest,
        StartStreamingRequestCustomParametersItem,
        StartStreamingRequestStreamTrack,
    )
    from telnyx_voice.types.models.stop_forking_request import (
        StopForkingRequest,
        StopForkingRequestStreamType,
    )
    from telnyx_voice.types.models.stop_gather_request import (
        StopGatherRequest,
    )
    from telnyx_voice.types.models.stop_recording_conference_request import (
        StopRecordingConferenceRequest,
    )
    from telnyx_voice.types.models.stop_recording_request import (
        StopRecordingRequest,
    )
    from telnyx_voice.types.models.stop_siprec_request import (
        StopSiprecRequest,
    )
    from telnyx_voice.types.models.stop_streaming_request import (
        StopStreamingRequest,
    )
    from telnyx_voice.types.models.stream_bidirectional_codec import (
        StreamBidirectionalCodec,
    )
    from telnyx_voice.types.models.stream_bidirectional_mode import (
        StreamBidirectionalMode,
    )
    from telnyx_voice.types.models.stream_bidirectional_sampling_rate import (
        StreamBidirectionalSamplingRate,
    )
    from telnyx_voice.types.models.stream_bidirectional_target_legs import (
        StreamBidirectionalTargetLegs,
    )
    from telnyx_voice.types.models.stream_codec import (
        StreamCodec,
    )
    from telnyx_voice.types.models.switch_supervisor_role_request import (
        SwitchSupervisorRoleRequest,
        SwitchSupervisorRoleRequestRole,
    )
    from telnyx_voice.types.models.system_message import (
        SystemMessage,
    )
    from telnyx_voice.types.models.system_message_role import (
        SystemMessageRole,
    )
    from telnyx_voice.types.models.telnyx_transcription_language import (
        TelnyxTranscriptionLanguage,
    )
    from telnyx_voice.types.models.telnyx_voice_settings import (
        TelnyxVoiceSettings,
    )
    from telnyx_voice.types.models.telnyx_voice_settings_type import (
        TelnyxVoiceSettingsType,
    )
    from telnyx_voice.types.models.tool_message import (
        ToolMessage,
    )
    from telnyx_voice.types.models.tool_message_role import (
        ToolMessageRole,
    )
    from telnyx_voice.types.models.transcription_config import (
        TranscriptionConfig,
        TranscriptionConfigModel,
    )
    from telnyx_voice.types.models.transcription_event import (
        Transcription,
        TranscriptionEvent,
        TranscriptionPayload,
        TranscriptionPayloadTranscriptionData,
        TranscriptionPayloadTranscriptionDataTranscriptionTrack,
        TranscriptionRecordType,
    )
    from telnyx_voice.types.models.transcription_start_request import (
        AzureTranscriptionLanguage,
        AzureTranscriptionRegion,
        DeepgramNova2Config,
        DeepgramNova2ConfigTranscriptionEngine,
        DeepgramNova2TranscriptionLanguage,
        DeepgramNova3Config,
        DeepgramNova3ConfigTranscriptionEngine,
        DeepgramNova3TranscriptionLanguage,
        SpeechmaticsTranscriptionLanguage,
        TranscriptionEngineAConfig,
        TranscriptionEngineAConfigModel,
        TranscriptionEngineAConfigSpeechContextItem,
        TranscriptionEngineAConfigTranscriptionEngine,
        TranscriptionEngineAssemblyaiConfig,
        TranscriptionEngineAssemblyaiConfigTranscriptionEngine,
        TranscriptionEngineAssemblyaiConfigTranscriptionModel,
        TranscriptionEngineAzureConfig,
        TranscriptionEngineAzureConfigTranscriptionEngine,
        TranscriptionEngineBConfig,
        TranscriptionEngineBConfigTranscriptionEngine,
        TranscriptionEngineBConfigTranscriptionModel,
        TranscriptionEngineGoogleConfig,
        TranscriptionEngineGoogleConfigModel,
        TranscriptionEngineGoogleConfigSpeechContextItem,
        TranscriptionEngineGoogleConfigTranscriptionEngine,
        TranscriptionEngineParakeetConfig,
        TranscriptionEngineParakeetConfigTranscriptionEngine,
        TranscriptionEngineParakeetConfigTranscriptionModel,
        TranscriptionEngineSonioxConfig,
        TranscriptionEngineSonioxConfigTranscriptionEngine,
        TranscriptionEngineSonioxConfigTranscriptionModel,
        TranscriptionEngineSpeechmaticsConfig,
        TranscriptionEngineSpeechmaticsConfigTranscriptionEngine,
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel,
        TranscriptionEngineTelnyxConfig,
        TranscriptionEngineTelnyxConfigTranscriptionEngine,
        TranscriptionEngineTelnyxConfigTranscriptionModel,
        TranscriptionEngineXaiConfig,
        TranscriptionEngineXaiConfigTranscriptionEngine,
        TranscriptionEngineXaiConfigTranscriptionModel,
        TranscriptionStartRequest,
        TranscriptionStartRequestTranscriptionEngine,
        XaiTranscriptionLanguage,
    )
    from telnyx_voice.types.models.transcription_stop_request import (
        TranscriptionStopRequest,
    )
    from telnyx_voice.types.models.transfer_call_request import (
        TransferCallRequest,
        TransferCallRequestAnsweringMachineDetection,
        TransferCallRequestAnsweringMachineDetectionConfig,
        TransferCallRequestMediaEncryption,
        TransferCallRequestMuteDtmf,
        TransferCallRequestPrivacy,
        TransferCallRequestRecord,
        TransferCallRequestRecordChannels,
        TransferCallRequestRecordFormat,
        TransferCallRequestRecordTrack,
        TransferCallRequestRecordTrim,
        TransferCallRequestSipRegion,
        TransferCallRequestSipTransportProtocol,
        TransferCallRequestWebhookRetriesPoliciesValue,
        TransferCallRequestWebhookUrlMethod,
        TransferCallRequestWebhookUrlsMethod,
    )
    from telnyx_voice.types.models.transfer_tool import (
        CallControlTransferToolParams,
        CallControlTransferToolParamsTargetsArrayItem,
        TransferTool,
    )
    from telnyx_voice.types.models.transfer_tool_type import (
        TransferToolType,
    )
    from telnyx_voice.types.models.update_conference_participant_request import (
        UpdateConferenceParticipantRequest,
        UpdateConferenceParticipantRequestBeepEnabled,
    )
    from telnyx_voice.types.models.update_conference_request import (
        UpdateConferenceRequest,
        UpdateConferenceRequestSupervisorRole,
    )
    from telnyx_voice.types.models.update_queue_request import (
        UpdateQueueRequest,
    )
    from telnyx_voice.types.models.update_queued_call_request import (
        UpdateQueuedCallRequest,
    )
    from telnyx_voice.types.models.user_message import (
        UserMessage,
    )
    from telnyx_voice.types.models.user_message_role import (
        UserMessageRole,
    )
    from telnyx_voice.types.models.webhook_tool import (
        CallControlWebhookToolParams,
        CallControlWebhookToolParamsBodyParameters,
        CallControlWebhookToolParamsBodyParametersType,
        CallControlWebhookToolParamsHeadersItem,
        CallControlWebhookToolParamsMethod,
        CallControlWebhookToolParamsPathParameters,
        CallControlWebhookToolParamsPathParametersType,
        CallControlWebhookToolParamsQueryParameters,
        CallControlWebhookToolParamsQueryParametersType,
        WebhookTool,
    )
    from telnyx_voice.types.models.webhook_tool_type import (
        WebhookToolType,
    )
    from telnyx_voice.types.models.xai_voice_settings import (
        XAIVoiceSettings,
    )
    from telnyx_voice.types.models.xai_voice_settings_type import (
        XAIVoiceSettingsType,
    )

__all__ = [
    "AIAssistantAddMessagesRequest",
    "AIAssistantJoinParticipant",
    "AIAssistantJoinParticipantOnHangup",
    "AIAssistantJoinParticipantRole",
    "AIAssistantJoinRequest",
    "AIAssistantStartRequest",
    "AIAssistantStopRequest",
    "AWSVoiceSettings",
    "AWSVoiceSettingsType",
    "ActiveCall",
    "ActiveCallRecordType",
    "ActiveCallsResponse",
    "AnswerRequest",
    "AnswerRequestDeepfakeDetection",
    "AnswerRequestPreferredCodecs",
    "AnswerRequestRecord",
    "AnswerRequestRecordChannels",
    "AnswerRequestRecordFormat",
    "AnswerRequestRecordTrack",
    "AnswerRequestRecordTrim",
    "AnswerRequestStreamTrack",
    "AnswerRequestWebhookRetriesPoliciesValue",
    "AnswerRequestWebhookUrlMethod",
    "AnswerRequestWebhookUrlsMethod",
    "Assistant",
    "AssistantMessage",
    "AssistantMessageRole",
    "AzureTranscriptionLanguage",
    "AzureTranscriptionRegion",
    "AzureVoiceSettings",
    "AzureVoiceSettingsEffect",
    "AzureVoiceSettingsGender",
    "AzureVoiceSettingsType",
    "BookAppointmentTool",
    "BookAppointmentToolParams",
    "BookAppointmentToolType",
    "BridgeRequest",
    "BridgeRequestMuteDtmf",
    "BridgeRequestRecord",
    "BridgeRequestRecordChannels",
    "BridgeRequestRecordFormat",
    "BridgeRequestRecordTrack",
    "BridgeRequestRecordTrim",
    "BridgeRequestRingtone",
    "Call",
    "CallAIGatherEnded",
    "CallAIGatherEndedEvent",
    "CallAIGatherEndedPayload",
    "CallAIGatherEndedPayloadMessageHistoryItem",
    "CallAIGatherEndedPayloadMessageHistoryItemRole",
    "CallAIGatherEndedPayloadStatus",
    "CallAIGatherEndedRecordType",
    "CallAIGatherMessageHistoryUpdated",
    "CallAIGatherMessageHistoryUpdatedEvent",
    "CallAIGatherMessageHistoryUpdatedPayload",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem",
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole",
    "CallAIGatherMessageHistoryUpdatedRecordType",
    "CallAIGatherPartialResults",
    "CallAIGatherPartialResultsEvent",
    "CallAIGatherPartialResultsPayload",
    "CallAIGatherPartialResultsPayloadMessageHistoryItem",
    "CallAIGatherPartialResultsPayloadMessageHistoryItemRole",
    "CallAIGatherPartialResultsRecordType",
    "CallAnswered",
    "CallAnsweredEvent",
    "CallAnsweredPayload",
    "CallAnsweredPayloadState",
    "CallAnsweredRecordType",
    "CallAssistantRequest",
    "CallAssistantRequestExternalLlm",
    "CallAssistantRequestExternalLlmAuthenticationMethod",
    "CallAssistantRequestFallbackConfig",
    "CallAssistantRequestFallbackConfigExternalLlm",
    "CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod",
    "CallAssistantRequestMcpServersItem",
    "CallAssistantRequestObservabilitySettings",
    "CallBridged",
    "CallBridgedEvent",
    "CallBridgedPayload",
    "CallBridgedRecordType",
    "CallControlBucketIds",
    "CallControlCommandResponse",
    "CallControlCommandResponseWithConversationID",
    "CallControlCommandResponseWithConversationRelayID",
    "CallControlCommandResponseWithRecordingID",
    "CallControlCommandResult",
    "CallControlCommandResultWithConversationId",
    "CallControlCommandResultWithConversationRelayId",
    "CallControlCommandResultWithRecordingId",
    "CallControlRetrievalTool",
    "CallControlRetrievalToolType",
    "CallControlTransferToolParams",
    "CallControlTransferToolParamsTargetsArrayItem",
    "CallControlWebhookToolParams",
    "CallControlWebhookToolParamsBodyParameters",
    "CallControlWebhookToolParamsBodyParametersType",
    "CallControlWebhookToolParamsHeadersItem",
    "CallControlWebhookToolParamsMethod",
    "CallControlWebhookToolParamsPathParameters",
    "CallControlWebhookToolParamsPathParametersType",
    "CallControlWebhookToolParamsQueryParameters",
    "CallControlWebhookToolParamsQueryParametersType",
    "CallConversationEnded",
    "CallConversationEndedEvent",
    "CallConversationEndedPayload",
    "CallConversationEndedPayloadCallingPartyType",
    "CallConversationEndedRecordType",
    "CallConversationInsightsGenerated",
    "CallConversationInsightsGeneratedEvent",
    "CallConversationInsightsGeneratedPayload",
    "CallConversationInsightsGeneratedPayloadCallingPartyType",
    "CallConversationInsightsGeneratedPayloadResultsItem",
    "CallConversationInsightsGeneratedRecordType",
    "CallCost",
    "CallCostEvent",
    "CallCostPart",
    "CallCostPayload",
    "CallCostPayloadStatus",
    "CallCostRecordType",
    "CallDeepfakeDetectionError",
    "CallDeepfakeDetectionErrorEvent",
    "CallDeepfakeDetectionErrorPayload",
    "CallDeepfakeDetectionErrorPayloadErrorMessage",
    "CallDeepfakeDetectionErrorRecordType",
    "CallDeepfakeDetectionResult",
    "CallDeepfakeDetectionResultEvent",
    "CallDeepfakeDetectionResultPayload",
    "CallDeepfakeDetectionResultPayloadResult",
    "CallDeepfakeDetectionResultRecordType",
    "CallDtmfReceived",
    "CallDtmfReceivedEvent",
    "CallDtmfReceivedPayload",
    "CallDtmfReceivedRecordType",
    "CallEnqueued",
    "CallEnqueuedEvent",
    "CallEnqueuedPayload",
    "CallEnqueuedRecordType",
    "CallForkStarted",
    "CallForkStartedEvent",
    "CallForkStartedPayload",
    "CallForkStartedPayloadStreamType",
    "CallForkStartedRecordType",
    "CallForkStopped",
    "CallForkStoppedEvent",
    "CallForkStoppedPayload",
    "CallForkStoppedPayloadStreamType",
    "CallForkStoppedRecordType",
    "CallGatherEnded",
    "CallGatherEndedEvent",
    "CallGatherEndedPayload",
    "CallGatherEndedPayloadStatus",
    "CallGatherEndedRecordType",
    "CallHangup",
    "CallHangupEvent",
    "CallHangupPayload",
    "CallHangupPayloadCallQualityStats",
    "CallHangupPayloadCallQualityStatsInbound",
    "CallHangupPayloadCallQualityStatsOutbound",
    "CallHangupPayloadHangupCause",
    "CallHangupPayloadHangupSource",
    "CallHangupPayloadState",
    "CallHangupRecordType",
    "CallHold",
    "CallHoldEvent",
    "CallHoldPayload",
    "CallHoldRecordType",
    "CallInitiated",
    "CallInitiatedEvent",
    "CallInitiatedPayload",
    "CallInitiatedPayloadDirection",
    "CallInitiatedPayloadState",
    "CallInitiatedRecordType",
    "CallLeftQueue",
    "CallLeftQueueEvent",
    "CallLeftQueuePayload",
    "CallLeftQueuePayloadReason",
    "CallLeftQueueRecordType",
    "CallMachineDetectionEnded",
    "CallMachineDetectionEndedEvent",
    "CallMachineDetectionEndedPayload",
    "CallMachineDetectionEndedPayloadResult",
    "CallMachineDetectionEndedRecordType",
    "CallMachineGreetingEnded",
    "CallMachineGreetingEndedEvent",
    "CallMachineGreetingEndedPayload",
    "CallMachineGreetingEndedPayloadResult",
    "CallMachineGreetingEndedRecordType",
    "CallMachinePremiumDetectionEnded",
    "CallMachinePremiumDetectionEndedEvent",
    "CallMachinePremiumDetectionEndedPayload",
    "CallMachinePremiumDetectionEndedPayloadResult",
    "CallMachinePremiumDetectionEndedRecordType",
    "CallMachinePremiumGreetingEnded",
    "CallMachinePremiumGreetingEndedEvent",
    "CallMachinePremiumGreetingEndedPayload",
    "CallMachinePremiumGreetingEndedPayloadResult",
    "CallMachinePremiumGreetingEndedRecordType",
    "CallPlaybackEnded",
    "CallPlaybackEndedEvent",
    "CallPlaybackEndedPayload",
    "CallPlaybackEndedPayloadStatus",
    "CallPlaybackEndedRecordType",
    "CallPlaybackStarted",
    "CallPlaybackStartedEvent",
    "CallPlaybackStartedPayload",
    "CallPlaybackStartedRecordType",
    "CallRecordType",
    "CallRecordingError",
    "CallRecordingErrorEvent",
    "CallRecordingErrorPayload",
    "CallRecordingErrorPayloadReason",
    "CallRecordingErrorRecordType",
    "CallRecordingSaved",
    "CallRecordingSavedEvent",
    "CallRecordingSavedPayload",
    "CallRecordingSavedPayloadChannels",
    "CallRecordingSavedPayloadPublicRecordingUrls",
    "CallRecordingSavedPayloadRecordingUrls",
    "CallRecordingSavedRecordType",
    "CallRecordingTranscriptionSaved",
    "CallRecordingTranscriptionSavedEvent",
    "CallRecordingTranscriptionSavedPayload",
    "CallRecordingTranscriptionSavedPayloadCallingPartyType",
    "CallRecordingTranscriptionSavedPayloadStatus",
    "CallRecordingTranscriptionSavedRecordType",
    "CallReferCompleted",
    "CallReferCompletedEvent",
    "CallReferCompletedPayload",
    "CallReferCompletedRecordType",
    "CallReferFailed",
    "CallReferFailedEvent",
    "CallReferFailedPayload",
    "CallReferFailedRecordType",
    "CallReferStarted",
    "CallReferStartedEvent",
    "CallReferStartedPayload",
    "CallReferStartedRecordType",
    "CallRequest",
    "CallRequestAnsweringMachineDetection",
    "CallRequestAnsweringMachineDetectionConfig",
    "CallRequestConferenceConfig",
    "CallRequestConferenceConfigBeepEnabled",
    "CallRequestConferenceConfigSupervisorRole",
    "CallRequestDeepfakeDetection",
    "CallRequestMediaEncryption",
    "CallRequestPrivacy",
    "CallRequestRecord",
    "CallRequestRecordChannels",
    "CallRequestRecordFormat",
    "CallRequestRecordTrack",
    "CallRequestRecordTrim",
    "CallRequestSipRegion",
    "CallRequestSipTransportProtocol",
    "CallRequestStreamTrack",
    "CallRequestSupervisorRole",
    "CallRequestWebhookRetriesPoliciesValue",
    "CallRequestWebhookUrlMethod",
    "CallRequestWebhookUrlsMethod",
    "CallSiprecFailed",
    "CallSiprecFailedEvent",
    "CallSiprecFailedPayload",
    "CallSiprecFailedRecordType",
    "CallSiprecStarted",
    "CallSiprecStartedEvent",
    "CallSiprecStartedPayload",
    "CallSiprecStartedRecordType",
    "CallSiprecStopped",
    "CallSiprecStoppedEvent",
    "CallSiprecStoppedPayload",
    "CallSiprecStoppedRecordType",
    "CallSpeakEnded",
    "CallSpeakEndedEvent",
    "CallSpeakEndedPayload",
    "CallSpeakEndedPayloadStatus",
    "CallSpeakEndedRecordType",
    "CallSpeakStarted",
    "CallSpeakStartedEvent",
    "CallSpeakStartedPayload",
    "CallSpeakStartedRecordType",
    "CallStreamingFailed",
    "CallStreamingFailedEvent",
    "CallStreamingFailedPayload",
    "CallStreamingFailedPayloadStreamParams",
    "CallStreamingFailedPayloadStreamParamsTrack",
    "CallStreamingFailedPayloadStreamType",
    "CallStreamingFailedRecordType",
    "CallStreamingStarted",
    "CallStreamingStartedEvent",
    "CallStreamingStartedPayload",
    "CallStreamingStartedRecordType",
    "CallStreamingStopped",
    "CallStreamingStoppedEvent",
    "CallStreamingStoppedPayload",
    "CallStreamingStoppedRecordType",
    "CallUnhold",
    "CallUnholdEvent",
    "CallUnholdPayload",
    "CallUnholdRecordType",
    "CallWithRecordingId",
    "CallWithRecordingIdRecordType",
    "CheckAvailabilityTool",
    "CheckAvailabilityToolParams",
    "CheckAvailabilityToolType",
    "ClientStateUpdateRequest",
    "Conference",
    "ConferenceCommandResponse",
    "ConferenceCommandResult",
    "ConferenceCreated",
    "ConferenceCreatedEvent",
    "ConferenceCreatedPayload",
    "ConferenceCreatedRecordType",
    "ConferenceEndReason",
    "ConferenceEnded",
    "ConferenceEndedBy",
    "ConferenceEndedEvent",
    "ConferenceEndedPayload",
    "ConferenceEndedPayloadReason",
    "ConferenceEndedRecordType",
    "ConferenceFloorChangedEvent",
    "ConferenceFloorChangedEventPayload",
    "ConferenceFloorChangedEventRecordType",
    "ConferenceGatherUsingAudioRequest",
    "ConferenceHoldRequest",
    "ConferenceMuteRequest",
    "ConferenceParticipant",
    "ConferenceParticipantJoined",
    "ConferenceParticipantJoinedEvent",
    "ConferenceParticipantJoinedPayload",
    "ConferenceParticipantJoinedRecordType",
    "ConferenceParticipantLeft",
    "ConferenceParticipantLeftEvent",
    "ConferenceParticipantLeftPayload",
    "ConferenceParticipantLeftRecordType",
    "ConferenceParticipantPlaybackEnded",
    "ConferenceParticipantPlaybackEndedEvent",
    "ConferenceParticipantPlaybackEndedPayload",
    "ConferenceParticipantPlaybackEndedRecordType",
    "ConferenceParticipantPlaybackStarted",
    "ConferenceParticipantPlaybackStartedEvent",
    "ConferenceParticipantPlaybackStartedPayload",
    "ConferenceParticipantPlaybackStartedRecordType",
    "ConferenceParticipantResource",
    "ConferenceParticipantSpeakEnded",
    "ConferenceParticipantSpeakEndedEvent",
    "ConferenceParticipantSpeakEndedPayload",
    "ConferenceParticipantSpeakEndedRecordType",
    "ConferenceParticipantSpeakStarted",
    "ConferenceParticipantSpeakStartedEvent",
    "ConferenceParticipantSpeakStartedPayload",
    "ConferenceParticipantSpeakStartedRecordType",
    "ConferenceParticipantStatus",
    "ConferencePlayRequest",
    "ConferencePlaybackEnded",
    "ConferencePlaybackEndedEvent",
    "ConferencePlaybackEndedPayload",
    "ConferencePlaybackEndedRecordType",
    "ConferencePlaybackStarted",
    "ConferencePlaybackStartedEvent",
    "ConferencePlaybackStartedPayload",
    "ConferencePlaybackStartedRecordType",
    "ConferenceRecordType",
    "ConferenceRecordingSaved",
    "ConferenceRecordingSavedEvent",
    "ConferenceRecordingSavedPayload",
    "ConferenceRecordingSavedPayloadChannels",
    "ConferenceRecordingSavedPayloadFormat",
    "ConferenceRecordingSavedPayloadPublicRecordingUrls",
    "ConferenceRecordingSavedPayloadRecordingUrls",
    "ConferenceRecordingSavedRecordType",
    "ConferenceRegion",
    "ConferenceResponse",
    "ConferenceSendDTMFRequest",
    "ConferenceSpeakEnded",
    "ConferenceSpeakEndedEvent",
    "ConferenceSpeakEndedPayload",
    "ConferenceSpeakEndedRecordType",
    "ConferenceSpeakRequest",
    "ConferenceSpeakRequestLanguage",
    "ConferenceSpeakRequestPayloadType",
    "ConferenceSpeakStarted",
    "ConferenceSpeakStartedEvent",
    "ConferenceSpeakStartedPayload",
    "ConferenceSpeakStartedRecordType",
    "ConferenceStatus",
    "ConferenceStopRequest",
    "ConferenceUnholdRequest",
    "ConferenceUnmuteRequest",
    "ConversationRelayAssistant",
    "ConversationRelayEmbeddedConfig",
    "ConversationRelayEmbeddedConfigTranscriptionEngine",
    "ConversationRelayInterruptible",
    "ConversationRelayInterruptionSettings",
    "ConversationRelayLanguage",
    "ConversationRelayLanguageTranscriptionEngine",
    "ConversationRelaySettings",
    "ConversationRelayStartRequest",
    "ConversationRelayStartRequestTranscriptionEngine",
    "ConversationRelayStopRequest",
    "ConversationRelayStructuredProvider",
    "ConversationRelayTranscriptionEngineConfig",
    "CreateConferenceRequest",
    "CreateConferenceRequestBeepEnabled",
    "CreateConferenceRequestRegion",
    "CreateQueueRequest",
    "Cursor",
    "CursorPaginationMeta",
    "CustomSipHeader",
    "DeepgramNova2Config",
    "DeepgramNova2ConfigTranscriptionEngine",
    "DeepgramNova2ConfigTranscriptionModel",
    "DeepgramNova2TranscriptionLanguage",
    "DeepgramNova3Config",
    "DeepgramNova3ConfigTranscriptionEngine",
    "DeepgramNova3ConfigTranscriptionModel",
    "DeepgramNova3TranscriptionLanguage",
    "DeveloperMessage",
    "DeveloperMessageRole",
    "DialogflowConfig",
    "ElevenLabsVoiceSettings",
    "ElevenLabsVoiceSettingsType",
    "EndConferenceRequest",
    "EnqueueRequest",
    "GatherRequest",
    "GatherUsingAIRequest",
    "GatherUsingAIRequestLanguage",
    "GatherUsingAIRequestMessageHistoryItem",
    "GatherUsingAIRequestMessageHistoryItemRole",
    "GatherUsingAudioRequest",
    "GatherUsingSpeakRequest",
    "GatherUsingSpeakRequestLanguage",
    "GatherUsingSpeakRequestPayloadType",
    "GatherUsingSpeakRequestServiceLevel",
    "GoogleTranscriptionLanguage",
    "HangupRequest",
    "HangupTool",
    "HangupToolParams",
    "HangupToolType",
    "InterruptionSettings",
    "InworldVoiceSettings",
    "InworldVoiceSettingsDeliveryMode",
    "InworldVoiceSettingsType",
    "JoinConferenceRequest",
    "JoinConferenceRequestBeepEnabled",
    "JoinConferenceRequestSupervisorRole",
    "LeaveConferenceRequest",
    "LeaveConferenceRequestBeepEnabled",
    "LeaveQueueRequest",
    "ListConferencesResponse",
    "ListParticipantsResponse",
    "ListQueueCallsResponse",
    "ListQueuesResponse",
    "MessageMetadata",
    "MinimaxVoiceSettings",
    "MinimaxVoiceSettingsLanguageBoost",
    "MinimaxVoiceSettingsType",
    "NoiseSuppressionDirection",
    "NoiseSuppressionEngine",
    "NoiseSuppressionEngineConfig",
    "NoiseSuppressionEngineConfigFamily",
    "NoiseSuppressionEngineConfigMode",
    "NoiseSuppressionEngineConfigModel",
    "NoiseSuppressionEngineConfigSize",
    "NoiseSuppressionStart",
    "NoiseSuppressionStop",
    "PaginationMeta",
    "Participant",
    "ParticipantConference",
    "ParticipantRecordType",
    "ParticipantStatus",
    "PauseConferenceRecordingRequest",
    "PauseRecordingRequest",
    "PlayAudioUrlRequest",
    "PlayAudioUrlRequestAudioType",
    "PlaybackStopRequest",
    "Queue",
    "QueueCall",
    "QueueCallRecordType",
    "QueueCallResponse",
    "QueueRecordType",
    "QueueResponse",
    "ReferRequest",
    "RejectRequest",
    "RejectRequestCause",
    "ResembleSampleRate",
    "ResembleVoiceSettings",
    "ResembleVoiceSettingsFormat",
    "ResembleVoiceSettingsPrecision",
    "ResembleVoiceSettingsType",
    "ResumeConferenceRecordingRequest",
    "ResumeRecordingRequest",
    "RetrieveCallStatusResponse",
    "RetrieveCallStatusResponseWithRecordingID",
    "RimeVoiceSettings",
    "RimeVoiceSettingsType",
    "SendDTMFRequest",
    "SendSIPInfoRequest",
    "SipHeader",
    "SipHeaderName",
    "SoundModifications",
    "SpeakRequest",
    "SpeakRequestLanguage",
    "SpeakRequestPayloadType",
    "SpeakRequestServiceLevel",
    "SpeakRequestTargetLegs",
    "SpeechmaticsTranscriptionLanguage",
    "StartConferenceRecordingRequest",
    "StartConferenceRecordingRequestChannels",
    "StartConferenceRecordingRequestFormat",
    "StartConferenceRecordingRequestTrim",
    "StartForkingRequest",
    "StartForkingRequestStreamType",
    "StartRecordingRequest",
    "StartRecordingRequestChannels",
    "StartRecordingRequestFormat",
    "StartRecordingRequestRecordingTrack",
    "StartRecordingRequestTranscriptionEngine",
    "StartRecordingRequestTrim",
    "StartSiprecRequest",
    "StartSiprecRequestIncludeMetadataCustomHeaders",
    "StartSiprecRequestSecure",
    "StartSiprecRequestSipTransport",
    "StartSiprecRequestSiprecTrack",
    "StartStreamingRequest",
    "StartStreamingRequestCustomParametersItem",
    "StartStreamingRequestStreamTrack",
    "StopForkingRequest",
    "StopForkingRequestStreamType",
    "StopGatherRequest",
    "StopRecordingConferenceRequest",
    "StopRecordingRequest",
    "StopSiprecRequest",
    "StopStreamingRequest",
    "StreamBidirectionalCodec",
    "StreamBidirectionalMode",
    "StreamBidirectionalSamplingRate",
    "StreamBidirectionalTargetLegs",
    "StreamCodec",
    "SwitchSupervisorRoleRequest",
    "SwitchSupervisorRoleRequestRole",
    "SystemMessage",
    "SystemMessageRole",
    "TelnyxTranscriptionLanguage",
    "TelnyxVoiceSettings",
    "TelnyxVoiceSettingsType",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallType",
    "ToolMessage",
    "ToolMessageRole",
    "Transcription",
    "TranscriptionConfig",
    "TranscriptionConfigModel",
    "TranscriptionEngineAConfig",
    "TranscriptionEngineAConfigModel",
    "TranscriptionEngineAConfigSpeechContextItem",
    "TranscriptionEngineAConfigTranscriptionEngine",
    "TranscriptionEngineAssemblyaiConfig",
    "TranscriptionEngineAssemblyaiConfigTranscriptionEngine",
    "TranscriptionEngineAssemblyaiConfigTranscriptionModel",
    "TranscriptionEngineAzureConfig",
    "TranscriptionEngineAzureConfigTranscriptionEngine",
    "TranscriptionEngineBConfig",
    "TranscriptionEngineBConfigTranscriptionEngine",
    "TranscriptionEngineBConfigTranscriptionModel",
    "TranscriptionEngineGoogleConfig",
    "TranscriptionEngineGoogleConfigModel",
    "TranscriptionEngineGoogleConfigSpeechContextItem",
    "TranscriptionEngineGoogleConfigTranscriptionEngine",
    "TranscriptionEngineParakeetConfig",
    "TranscriptionEngineParakeetConfigTranscriptionEngine",
    "TranscriptionEngineParakeetConfigTranscriptionModel",
    "TranscriptionEngineSonioxConfig",
    "TranscriptionEngineSonioxConfigTranscriptionEngine",
    "TranscriptionEngineSonioxConfigTranscriptionModel",
    "TranscriptionEngineSpeechmaticsConfig",
    "TranscriptionEngineSpeechmaticsConfigTranscriptionEngine",
    "TranscriptionEngineSpeechmaticsConfigTranscriptionModel",
    "TranscriptionEngineTelnyxConfig",
    "TranscriptionEngineTelnyxConfigTranscriptionEngine",
    "TranscriptionEngineTelnyxConfigTranscriptionModel",
    "TranscriptionEngineXaiConfig",
    "TranscriptionEngineXaiConfigTranscriptionEngine",
    "TranscriptionEngineXaiConfigTranscriptionModel",
    "TranscriptionEvent",
    "TranscriptionLanguage",
    "TranscriptionPayload",
    "TranscriptionPayloadTranscriptionData",
    "TranscriptionPayloadTranscriptionDataTranscriptionTrack",
    "TranscriptionRecordType",
    "TranscriptionStartRequest",
    "TranscriptionStartRequestTranscriptionEngine",
    "TranscriptionStopRequest",
    "TransferCallRequest",
    "TransferCallRequestAnsweringMachineDetection",
    "TransferCallRequestAnsweringMachineDetectionConfig",
    "TransferCallRequestMediaEncryption",
    "TransferCallRequestMuteDtmf",
    "TransferCallRequestPrivacy",
    "TransferCallRequestRecord",
    "TransferCallRequestRecordChannels",
    "TransferCallRequestRecordFormat",
    "TransferCallRequestRecordTrack",
    "TransferCallRequestRecordTrim",
    "TransferCallRequestSipRegion",
    "TransferCallRequestSipTransportProtocol",
    "TransferCallRequestWebhookRetriesPoliciesValue",
    "TransferCallRequestWebhookUrlMethod",
    "TransferCallRequestWebhookUrlsMethod",
    "TransferTool",
    "TransferToolType",
    "UpdateConferenceParticipantRequest",
    "UpdateConferenceParticipantRequestBeepEnabled",
    "UpdateConferenceRequest",
    "UpdateConferenceRequestSupervisorRole",
    "UpdateQueueRequest",
    "UpdateQueuedCallRequest",
    "UserMessage",
    "UserMessageRole",
    "WebhookTool",
    "WebhookToolType",
    "XAIVoiceSettings",
    "XAIVoiceSettingsType",
    "XaiTranscriptionLanguage",
]

_EXPORTS: dict[str, tuple[str, str]] = {
    "AIAssistantAddMessagesRequest": (
        "telnyx_voice.types.models.ai_assistant_add_messages_request",
        "AIAssistantAddMessagesRequest",
    ),
    "AIAssistantJoinParticipant": (
        "telnyx_voice.types.models.ai_assistant_join_participant",
        "AIAssistantJoinParticipant",
    ),
    "AIAssistantJoinParticipantOnHangup": (
        "telnyx_voice.types.models.ai_assistant_join_participant",
        "AIAssistantJoinParticipantOnHangup",
    ),
    "AIAssistantJoinParticipantRole": (
        "telnyx_voice.types.models.ai_assistant_join_participant",
        "AIAssistantJoinParticipantRole",
    ),
    "AIAssistantJoinRequest": (
        "telnyx_voice.types.models.ai_assistant_join_request",
        "AIAssistantJoinRequest",
    ),
    "AIAssistantStartRequest": (
        "telnyx_voice.types.models.ai_assistant_start_request",
        "AIAssistantStartRequest",
    ),
    "AIAssistantStopRequest": (
        "telnyx_voice.types.models.ai_assistant_stop_request",
        "AIAssistantStopRequest",
    ),
    "AWSVoiceSettings": ("telnyx_voice.types.models.aws_voice_settings", "AWSVoiceSettings"),
    "AWSVoiceSettingsType": (
        "telnyx_voice.types.models.aws_voice_settings_type",
        "AWSVoiceSettingsType",
    ),
    "ActiveCall": ("telnyx_voice.types.models.active_calls_response", "ActiveCall"),
    "ActiveCallRecordType": (
        "telnyx_voice.types.models.active_calls_response",
        "ActiveCallRecordType",
    ),
    "ActiveCallsResponse": (
        "telnyx_voice.types.models.active_calls_response",
        "ActiveCallsResponse",
    ),
    "AnswerRequest": ("telnyx_voice.types.models.answer_request", "AnswerRequest"),
    "AnswerRequestDeepfakeDetection": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestDeepfakeDetection",
    ),
    "AnswerRequestPreferredCodecs": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestPreferredCodecs",
    ),
    "AnswerRequestRecord": ("telnyx_voice.types.models.answer_request", "AnswerRequestRecord"),
    "AnswerRequestRecordChannels": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestRecordChannels",
    ),
    "AnswerRequestRecordFormat": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestRecordFormat",
    ),
    "AnswerRequestRecordTrack": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestRecordTrack",
    ),
    "AnswerRequestRecordTrim": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestRecordTrim",
    ),
    "AnswerRequestStreamTrack": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestStreamTrack",
    ),
    "AnswerRequestWebhookRetriesPoliciesValue": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestWebhookRetriesPoliciesValue",
    ),
    "AnswerRequestWebhookUrlMethod": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestWebhookUrlMethod",
    ),
    "AnswerRequestWebhookUrlsMethod": (
        "telnyx_voice.types.models.answer_request",
        "AnswerRequestWebhookUrlsMethod",
    ),
    "Assistant": ("telnyx_voice.types.models.gather_using_ai_request", "Assistant"),
    "AssistantMessage": ("telnyx_voice.types.models.assistant_message", "AssistantMessage"),
    "AssistantMessageRole": (
        "telnyx_voice.types.models.assistant_message_role",
        "AssistantMessageRole",
    ),
    "AzureTranscriptionLanguage": (
        "telnyx_voice.types.models.transcription_start_request",
        "AzureTranscriptionLanguage",
    ),
    "AzureTranscriptionRegion": (
        "telnyx_voice.types.models.transcription_start_request",
        "AzureTranscriptionRegion",
    ),
    "AzureVoiceSettings": ("telnyx_voice.types.models.azure_voice_settings", "AzureVoiceSettings"),
    "AzureVoiceSettingsEffect": (
        "telnyx_voice.types.models.azure_voice_settings",
        "AzureVoiceSettingsEffect",
    ),
    "AzureVoiceSettingsGender": (
        "telnyx_voice.types.models.azure_voice_settings",
        "AzureVoiceSettingsGender",
    ),
    "AzureVoiceSettingsType": (
        "telnyx_voice.types.models.azure_voice_settings_type",
        "AzureVoiceSettingsType",
    ),
    "BookAppointmentTool": (
        "telnyx_voice.types.models.book_appointment_tool",
        "BookAppointmentTool",
    ),
    "BookAppointmentToolParams": (
        "telnyx_voice.types.models.book_appointment_tool",
        "BookAppointmentToolParams",
    ),
    "BookAppointmentToolType": (
        "telnyx_voice.types.models.book_appointment_tool_type",
        "BookAppointmentToolType",
    ),
    "BridgeRequest": ("telnyx_voice.types.models.bridge_request", "BridgeRequest"),
    "BridgeRequestMuteDtmf": ("telnyx_voice.types.models.bridge_request", "BridgeRequestMuteDtmf"),
    "BridgeRequestRecord": ("telnyx_voice.types.models.bridge_request", "BridgeRequestRecord"),
    "BridgeRequestRecordChannels": (
        "telnyx_voice.types.models.bridge_request",
        "BridgeRequestRecordChannels",
    ),
    "BridgeRequestRecordFormat": (
        "telnyx_voice.types.models.bridge_request",
        "BridgeRequestRecordFormat",
    ),
    "BridgeRequestRecordTrack": (
        "telnyx_voice.types.models.bridge_request",
        "BridgeRequestRecordTrack",
    ),
    "BridgeRequestRecordTrim": (
        "telnyx_voice.types.models.bridge_request",
        "BridgeRequestRecordTrim",
    ),
    "BridgeRequestRingtone": ("telnyx_voice.types.models.bridge_request", "BridgeRequestRingtone"),
    "Call": ("telnyx_voice.types.models.retrieve_call_status_response", "Call"),
    "CallAIGatherEnded": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEnded",
    ),
    "CallAIGatherEndedEvent": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedEvent",
    ),
    "CallAIGatherEndedPayload": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedPayload",
    ),
    "CallAIGatherEndedPayloadMessageHistoryItem": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedPayloadMessageHistoryItem",
    ),
    "CallAIGatherEndedPayloadMessageHistoryItemRole": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedPayloadMessageHistoryItemRole",
    ),
    "CallAIGatherEndedPayloadStatus": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedPayloadStatus",
    ),
    "CallAIGatherEndedRecordType": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedRecordType",
    ),
    "CallAIGatherMessageHistoryUpdated": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdated",
    ),
    "CallAIGatherMessageHistoryUpdatedEvent": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedEvent",
    ),
    "CallAIGatherMessageHistoryUpdatedPayload": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedPayload",
    ),
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem",
    ),
    "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole",
    ),
    "CallAIGatherMessageHistoryUpdatedRecordType": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedRecordType",
    ),
    "CallAIGatherPartialResults": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResults",
    ),
    "CallAIGatherPartialResultsEvent": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsEvent",
    ),
    "CallAIGatherPartialResultsPayload": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsPayload",
    ),
    "CallAIGatherPartialResultsPayloadMessageHistoryItem": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsPayloadMessageHistoryItem",
    ),
    "CallAIGatherPartialResultsPayloadMessageHistoryItemRole": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsPayloadMessageHistoryItemRole",
    ),
    "CallAIGatherPartialResultsRecordType": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsRecordType",
    ),
    "CallAnswered": ("telnyx_voice.types.models.call_answered_event", "CallAnswered"),
    "CallAnsweredEvent": ("telnyx_voice.types.models.call_answered_event", "CallAnsweredEvent"),
    "CallAnsweredPayload": ("telnyx_voice.types.models.call_answered_event", "CallAnsweredPayload"),
    "CallAnsweredPayloadState": (
        "telnyx_voice.types.models.call_answered_event",
        "CallAnsweredPayloadState",
    ),
    "CallAnsweredRecordType": (
        "telnyx_voice.types.models.call_answered_event",
        "CallAnsweredRecordType",
    ),
    "CallAssistantRequest": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequest",
    ),
    "CallAssistantRequestExternalLlm": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestExternalLlm",
    ),
    "CallAssistantRequestExternalLlmAuthenticationMethod": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestExternalLlmAuthenticationMethod",
    ),
    "CallAssistantRequestFallbackConfig": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestFallbackConfig",
    ),
    "CallAssistantRequestFallbackConfigExternalLlm": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestFallbackConfigExternalLlm",
    ),
    "CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod",
    ),
    "CallAssistantRequestMcpServersItem": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestMcpServersItem",
    ),
    "CallAssistantRequestObservabilitySettings": (
        "telnyx_voice.types.models.call_assistant_request",
        "CallAssistantRequestObservabilitySettings",
    ),
    "CallBridged": ("telnyx_voice.types.models.call_bridged_event", "CallBridged"),
    "CallBridgedEvent": ("telnyx_voice.types.models.call_bridged_event", "CallBridgedEvent"),
    "CallBridgedPayload": ("telnyx_voice.types.models.call_bridged_event", "CallBridgedPayload"),
    "CallBridgedRecordType": (
        "telnyx_voice.types.models.call_bridged_event",
        "CallBridgedRecordType",
    ),
    "CallControlBucketIds": (
        "telnyx_voice.types.models.call_control_retrieval_tool",
        "CallControlBucketIds",
    ),
    "CallControlCommandResponse": (
        "telnyx_voice.types.models.call_control_command_response",
        "CallControlCommandResponse",
    ),
    "CallControlCommandResponseWithConversationID": (
        "telnyx_voice.types.models.call_control_command_response_with_conversation_id",
        "CallControlCommandResponseWithConversationID",
    ),
    "CallControlCommandResponseWithConversationRelayID": (
        "telnyx_voice.types.models.call_control_command_response_with_conversation_relay_id",
        "CallControlCommandResponseWithConversationRelayID",
    ),
    "CallControlCommandResponseWithRecordingID": (
        "telnyx_voice.types.models.call_control_command_response_with_recording_id",
        "CallControlCommandResponseWithRecordingID",
    ),
    "CallControlCommandResult": (
        "telnyx_voice.types.models.call_control_command_response",
        "CallControlCommandResult",
    ),
    "CallControlCommandResultWithConversationId": (
        "telnyx_voice.types.models.call_control_command_response_with_conversation_id",
        "CallControlCommandResultWithConversationId",
    ),
    "CallControlCommandResultWithConversationRelayId": (
        "telnyx_voice.types.models.call_control_command_response_with_conversation_relay_id",
        "CallControlCommandResultWithConversationRelayId",
    ),
    "CallControlCommandResultWithRecordingId": (
        "telnyx_voice.types.models.call_control_command_response_with_recording_id",
        "CallControlCommandResultWithRecordingId",
    ),
    "CallControlRetrievalTool": (
        "telnyx_voice.types.models.call_control_retrieval_tool",
        "CallControlRetrievalTool",
    ),
    "CallControlRetrievalToolType": (
        "telnyx_voice.types.models.call_control_retrieval_tool_type",
        "CallControlRetrievalToolType",
    ),
    "CallControlTransferToolParams": (
        "telnyx_voice.types.models.transfer_tool",
        "CallControlTransferToolParams",
    ),
    "CallControlTransferToolParamsTargetsArrayItem": (
        "telnyx_voice.types.models.transfer_tool",
        "CallControlTransferToolParamsTargetsArrayItem",
    ),
    "CallControlWebhookToolParams": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParams",
    ),
    "CallControlWebhookToolParamsBodyParameters": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsBodyParameters",
    ),
    "CallControlWebhookToolParamsBodyParametersType": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsBodyParametersType",
    ),
    "CallControlWebhookToolParamsHeadersItem": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsHeadersItem",
    ),
    "CallControlWebhookToolParamsMethod": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsMethod",
    ),
    "CallControlWebhookToolParamsPathParameters": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsPathParameters",
    ),
    "CallControlWebhookToolParamsPathParametersType": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsPathParametersType",
    ),
    "CallControlWebhookToolParamsQueryParameters": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsQueryParameters",
    ),
    "CallControlWebhookToolParamsQueryParametersType": (
        "telnyx_voice.types.models.webhook_tool",
        "CallControlWebhookToolParamsQueryParametersType",
    ),
    "CallConversationEnded": (
        "telnyx_voice.types.models.call_conversation_ended_event",
        "CallConversationEnded",
    ),
    "CallConversationEndedEvent": (
        "telnyx_voice.types.models.call_conversation_ended_event",
        "CallConversationEndedEvent",
    ),
    "CallConversationEndedPayload": (
        "telnyx_voice.types.models.call_conversation_ended_event",
        "CallConversationEndedPayload",
    ),
    "CallConversationEndedPayloadCallingPartyType": (
        "telnyx_voice.types.models.call_conversation_ended_event",
        "CallConversationEndedPayloadCallingPartyType",
    ),
    "CallConversationEndedRecordType": (
        "telnyx_voice.types.models.call_conversation_ended_event",
        "CallConversationEndedRecordType",
    ),
    "CallConversationInsightsGenerated": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGenerated",
    ),
    "CallConversationInsightsGeneratedEvent": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedEvent",
    ),
    "CallConversationInsightsGeneratedPayload": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedPayload",
    ),
    "CallConversationInsightsGeneratedPayloadCallingPartyType": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedPayloadCallingPartyType",
    ),
    "CallConversationInsightsGeneratedPayloadResultsItem": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedPayloadResultsItem",
    ),
    "CallConversationInsightsGeneratedRecordType": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedRecordType",
    ),
    "CallCost": ("telnyx_voice.types.models.call_cost_event", "CallCost"),
    "CallCostEvent": ("telnyx_voice.types.models.call_cost_event", "CallCostEvent"),
    "CallCostPart": ("telnyx_voice.types.models.call_cost_event", "CallCostPart"),
    "CallCostPayload": ("telnyx_voice.types.models.call_cost_event", "CallCostPayload"),
    "CallCostPayloadStatus": ("telnyx_voice.types.models.call_cost_event", "CallCostPayloadStatus"),
    "CallCostRecordType": ("telnyx_voice.types.models.call_cost_event", "CallCostRecordType"),
    "CallDeepfakeDetectionError": (
        "telnyx_voice.types.models.call_deepfake_detection_error_event",
        "CallDeepfakeDetectionError",
    ),
    "CallDeepfakeDetectionErrorEvent": (
        "telnyx_voice.types.models.call_deepfake_detection_error_event",
        "CallDeepfakeDetectionErrorEvent",
    ),
    "CallDeepfakeDetectionErrorPayload": (
        "telnyx_voice.types.models.call_deepfake_detection_error_event",
        "CallDeepfakeDetectionErrorPayload",
    ),
    "CallDeepfakeDetectionErrorPayloadErrorMessage": (
        "telnyx_voice.types.models.call_deepfake_detection_error_event",
        "CallDeepfakeDetectionErrorPayloadErrorMessage",
    ),
    "CallDeepfakeDetectionErrorRecordType": (
        "telnyx_voice.types.models.call_deepfake_detection_error_event",
        "CallDeepfakeDetectionErrorRecordType",
    ),
    "CallDeepfakeDetectionResult": (
        "telnyx_voice.types.models.call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResult",
    ),
    "CallDeepfakeDetectionResultEvent": (
        "telnyx_voice.types.models.call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResultEvent",
    ),
    "CallDeepfakeDetectionResultPayload": (
        "telnyx_voice.types.models.call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResultPayload",
    ),
    "CallDeepfakeDetectionResultPayloadResult": (
        "telnyx_voice.types.models.call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResultPayloadResult",
    ),
    "CallDeepfakeDetectionResultRecordType": (
        "telnyx_voice.types.models.call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResultRecordType",
    ),
    "CallDtmfReceived": ("telnyx_voice.types.models.call_dtmf_received_event", "CallDtmfReceived"),
    "CallDtmfReceivedEvent": (
        "telnyx_voice.types.models.call_dtmf_received_event",
        "CallDtmfReceivedEvent",
    ),
    "CallDtmfReceivedPayload": (
        "telnyx_voice.types.models.call_dtmf_received_event",
        "CallDtmfReceivedPayload",
    ),
    "CallDtmfReceivedRecordType": (
        "telnyx_voice.types.models.call_dtmf_received_event",
        "CallDtmfReceivedRecordType",
    ),
    "CallEnqueued": ("telnyx_voice.types.models.call_enqueued_event", "CallEnqueued"),
    "CallEnqueuedEvent": ("telnyx_voice.types.models.call_enqueued_event", "CallEnqueuedEvent"),
    "CallEnqueuedPayload": ("telnyx_voice.types.models.call_enqueued_event", "CallEnqueuedPayload"),
    "CallEnqueuedRecordType": (
        "telnyx_voice.types.models.call_enqueued_event",
        "CallEnqueuedRecordType",
    ),
    "CallForkStarted": ("telnyx_voice.types.models.call_fork_started_event", "CallForkStarted"),
    "CallForkStartedEvent": (
        "telnyx_voice.types.models.call_fork_started_event",
        "CallForkStartedEvent",
    ),
    "CallForkStartedPayload": (
        "telnyx_voice.types.models.call_fork_started_event",
        "CallForkStartedPayload",
    ),
    "CallForkStartedPayloadStreamType": (
        "telnyx_voice.types.models.call_fork_started_event",
        "CallForkStartedPayloadStreamType",
    ),
    "CallForkStartedRecordType": (
        "telnyx_voice.types.models.call_fork_started_event",
        "CallForkStartedRecordType",
    ),
    "CallForkStopped": ("telnyx_voice.types.models.call_fork_stopped_event", "CallForkStopped"),
    "CallForkStoppedEvent": (
        "telnyx_voice.types.models.call_fork_stopped_event",
        "CallForkStoppedEvent",
    ),
    "CallForkStoppedPayload": (
        "telnyx_voice.types.models.call_fork_stopped_event",
        "CallForkStoppedPayload",
    ),
    "CallForkStoppedPayloadStreamType": (
        "telnyx_voice.types.models.call_fork_stopped_event",
        "CallForkStoppedPayloadStreamType",
    ),
    "CallForkStoppedRecordType": (
        "telnyx_voice.types.models.call_fork_stopped_event",
        "CallForkStoppedRecordType",
    ),
    "CallGatherEnded": ("telnyx_voice.types.models.call_gather_ended_event", "CallGatherEnded"),
    "CallGatherEndedEvent": (
        "telnyx_voice.types.models.call_gather_ended_event",
        "CallGatherEndedEvent",
    ),
    "CallGatherEndedPayload": (
        "telnyx_voice.types.models.call_gather_ended_event",
        "CallGatherEndedPayload",
    ),
    "CallGatherEndedPayloadStatus": (
        "telnyx_voice.types.models.call_gather_ended_event",
        "CallGatherEndedPayloadStatus",
    ),
    "CallGatherEndedRecordType": (
        "telnyx_voice.types.models.call_gather_ended_event",
        "CallGatherEndedRecordType",
    ),
    "CallHangup": ("telnyx_voice.types.models.call_hangup_event", "CallHangup"),
    "CallHangupEvent": ("telnyx_voice.types.models.call_hangup_event", "CallHangupEvent"),
    "CallHangupPayload": ("telnyx_voice.types.models.call_hangup_event", "CallHangupPayload"),
    "CallHangupPayloadCallQualityStats": (
        "telnyx_voice.types.models.call_hangup_event",
        "CallHangupPayloadCallQualityStats",
    ),
    "CallHangupPayloadCallQualityStatsInbound": (
        "telnyx_voice.types.models.call_hangup_event",
        "CallHangupPayloadCallQualityStatsInbound",
    ),
    "CallHangupPayloadCallQualityStatsOutbound": (
        "telnyx_voice.types.models.call_hangup_event",
        "CallHangupPayloadCallQualityStatsOutbound",
    ),
    "CallHangupPayloadHangupCause": (
        "telnyx_voice.types.models.call_hangup_event",
        "CallHangupPayloadHangupCause",
    ),
    "CallHangupPayloadHangupSource": (
        "telnyx_voice.types.models.call_hangup_event",
        "CallHangupPayloadHangupSource",
    ),
    "CallHangupPayloadState": (
        "telnyx_voice.types.models.call_hangup_event",
        "CallHangupPayloadState",
    ),
    "CallHangupRecordType": ("telnyx_voice.types.models.call_hangup_event", "CallHangupRecordType"),
    "CallHold": ("telnyx_voice.types.models.call_hold_event", "CallHold"),
    "CallHoldEvent": ("telnyx_voice.types.models.call_hold_event", "CallHoldEvent"),
    "CallHoldPayload": ("telnyx_voice.types.models.call_hold_event", "CallHoldPayload"),
    "CallHoldRecordType": ("telnyx_voice.types.models.call_hold_event", "CallHoldRecordType"),
    "CallInitiated": ("telnyx_voice.types.models.call_initiated_event", "CallInitiated"),
    "CallInitiatedEvent": ("telnyx_voice.types.models.call_initiated_event", "CallInitiatedEvent"),
    "CallInitiatedPayload": (
        "telnyx_voice.types.models.call_initiated_event",
        "CallInitiatedPayload",
    ),
    "CallInitiatedPayloadDirection": (
        "telnyx_voice.types.models.call_initiated_event",
        "CallInitiatedPayloadDirection",
    ),
    "CallInitiatedPayloadState": (
        "telnyx_voice.types.models.call_initiated_event",
        "CallInitiatedPayloadState",
    ),
    "CallInitiatedRecordType": (
        "telnyx_voice.types.models.call_initiated_event",
        "CallInitiatedRecordType",
    ),
    "CallLeftQueue": ("telnyx_voice.types.models.call_left_queue_event", "CallLeftQueue"),
    "CallLeftQueueEvent": ("telnyx_voice.types.models.call_left_queue_event", "CallLeftQueueEvent"),
    "CallLeftQueuePayload": (
        "telnyx_voice.types.models.call_left_queue_event",
        "CallLeftQueuePayload",
    ),
    "CallLeftQueuePayloadReason": (
        "telnyx_voice.types.models.call_left_queue_event",
        "CallLeftQueuePayloadReason",
    ),
    "CallLeftQueueRecordType": (
        "telnyx_voice.types.models.call_left_queue_event",
        "CallLeftQueueRecordType",
    ),
    "CallMachineDetectionEnded": (
        "telnyx_voice.types.models.call_machine_detection_ended_event",
        "CallMachineDetectionEnded",
    ),
    "CallMachineDetectionEndedEvent": (
        "telnyx_voice.types.models.call_machine_detection_ended_event",
        "CallMachineDetectionEndedEvent",
    ),
    "CallMachineDetectionEndedPayload": (
        "telnyx_voice.types.models.call_machine_detection_ended_event",
        "CallMachineDetectionEndedPayload",
    ),
    "CallMachineDetectionEndedPayloadResult": (
        "telnyx_voice.types.models.call_machine_detection_ended_event",
        "CallMachineDetectionEndedPayloadResult",
    ),
    "CallMachineDetectionEndedRecordType": (
        "telnyx_voice.types.models.call_machine_detection_ended_event",
        "CallMachineDetectionEndedRecordType",
    ),
    "CallMachineGreetingEnded": (
        "telnyx_voice.types.models.call_machine_greeting_ended_event",
        "CallMachineGreetingEnded",
    ),
    "CallMachineGreetingEndedEvent": (
        "telnyx_voice.types.models.call_machine_greeting_ended_event",
        "CallMachineGreetingEndedEvent",
    ),
    "CallMachineGreetingEndedPayload": (
        "telnyx_voice.types.models.call_machine_greeting_ended_event",
        "CallMachineGreetingEndedPayload",
    ),
    "CallMachineGreetingEndedPayloadResult": (
        "telnyx_voice.types.models.call_machine_greeting_ended_event",
        "CallMachineGreetingEndedPayloadResult",
    ),
    "CallMachineGreetingEndedRecordType": (
        "telnyx_voice.types.models.call_machine_greeting_ended_event",
        "CallMachineGreetingEndedRecordType",
    ),
    "CallMachinePremiumDetectionEnded": (
        "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEnded",
    ),
    "CallMachinePremiumDetectionEndedEvent": (
        "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedEvent",
    ),
    "CallMachinePremiumDetectionEndedPayload": (
        "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedPayload",
    ),
    "CallMachinePremiumDetectionEndedPayloadResult": (
        "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedPayloadResult",
    ),
    "CallMachinePremiumDetectionEndedRecordType": (
        "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedRecordType",
    ),
    "CallMachinePremiumGreetingEnded": (
        "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEnded",
    ),
    "CallMachinePremiumGreetingEndedEvent": (
        "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedEvent",
    ),
    "CallMachinePremiumGreetingEndedPayload": (
        "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedPayload",
    ),
    "CallMachinePremiumGreetingEndedPayloadResult": (
        "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedPayloadResult",
    ),
    "CallMachinePremiumGreetingEndedRecordType": (
        "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedRecordType",
    ),
    "CallPlaybackEnded": (
        "telnyx_voice.types.models.call_playback_ended_event",
        "CallPlaybackEnded",
    ),
    "CallPlaybackEndedEvent": (
        "telnyx_voice.types.models.call_playback_ended_event",
        "CallPlaybackEndedEvent",
    ),
    "CallPlaybackEndedPayload": (
        "telnyx_voice.types.models.call_playback_ended_event",
        "CallPlaybackEndedPayload",
    ),
    "CallPlaybackEndedPayloadStatus": (
        "telnyx_voice.types.models.call_playback_ended_event",
        "CallPlaybackEndedPayloadStatus",
    ),
    "CallPlaybackEndedRecordType": (
        "telnyx_voice.types.models.call_playback_ended_event",
        "CallPlaybackEndedRecordType",
    ),
    "CallPlaybackStarted": (
        "telnyx_voice.types.models.call_playback_started_event",
        "CallPlaybackStarted",
    ),
    "CallPlaybackStartedEvent": (
        "telnyx_voice.types.models.call_playback_started_event",
        "CallPlaybackStartedEvent",
    ),
    "CallPlaybackStartedPayload": (
        "telnyx_voice.types.models.call_playback_started_event",
        "CallPlaybackStartedPayload",
    ),
    "CallPlaybackStartedRecordType": (
        "telnyx_voice.types.models.call_playback_started_event",
        "CallPlaybackStartedRecordType",
    ),
    "CallRecordType": ("telnyx_voice.types.models.retrieve_call_status_response", "CallRecordType"),
    "CallRecordingError": (
        "telnyx_voice.types.models.call_recording_error_event",
        "CallRecordingError",
    ),
    "CallRecordingErrorEvent": (
        "telnyx_voice.types.models.call_recording_error_event",
        "CallRecordingErrorEvent",
    ),
    "CallRecordingErrorPayload": (
        "telnyx_voice.types.models.call_recording_error_event",
        "CallRecordingErrorPayload",
    ),
    "CallRecordingErrorPayloadReason": (
        "telnyx_voice.types.models.call_recording_error_event",
        "CallRecordingErrorPayloadReason",
    ),
    "CallRecordingErrorRecordType": (
        "telnyx_voice.types.models.call_recording_error_event",
        "CallRecordingErrorRecordType",
    ),
    "CallRecordingSaved": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSaved",
    ),
    "CallRecordingSavedEvent": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedEvent",
    ),
    "CallRecordingSavedPayload": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedPayload",
    ),
    "CallRecordingSavedPayloadChannels": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedPayloadChannels",
    ),
    "CallRecordingSavedPayloadPublicRecordingUrls": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedPayloadPublicRecordingUrls",
    ),
    "CallRecordingSavedPayloadRecordingUrls": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedPayloadRecordingUrls",
    ),
    "CallRecordingSavedRecordType": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedRecordType",
    ),
    "CallRecordingTranscriptionSaved": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSaved",
    ),
    "CallRecordingTranscriptionSavedEvent": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedEvent",
    ),
    "CallRecordingTranscriptionSavedPayload": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedPayload",
    ),
    "CallRecordingTranscriptionSavedPayloadCallingPartyType": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedPayloadCallingPartyType",
    ),
    "CallRecordingTranscriptionSavedPayloadStatus": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedPayloadStatus",
    ),
    "CallRecordingTranscriptionSavedRecordType": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedRecordType",
    ),
    "CallReferCompleted": (
        "telnyx_voice.types.models.call_refer_completed_event",
        "CallReferCompleted",
    ),
    "CallReferCompletedEvent": (
        "telnyx_voice.types.models.call_refer_completed_event",
        "CallReferCompletedEvent",
    ),
    "CallReferCompletedPayload": (
        "telnyx_voice.types.models.call_refer_completed_event",
        "CallReferCompletedPayload",
    ),
    "CallReferCompletedRecordType": (
        "telnyx_voice.types.models.call_refer_completed_event",
        "CallReferCompletedRecordType",
    ),
    "CallReferFailed": ("telnyx_voice.types.models.call_refer_failed_event", "CallReferFailed"),
    "CallReferFailedEvent": (
        "telnyx_voice.types.models.call_refer_failed_event",
        "CallReferFailedEvent",
    ),
    "CallReferFailedPayload": (
        "telnyx_voice.types.models.call_refer_failed_event",
        "CallReferFailedPayload",
    ),
    "CallReferFailedRecordType": (
        "telnyx_voice.types.models.call_refer_failed_event",
        "CallReferFailedRecordType",
    ),
    "CallReferStarted": ("telnyx_voice.types.models.call_refer_started_event", "CallReferStarted"),
    "CallReferStartedEvent": (
        "telnyx_voice.types.models.call_refer_started_event",
        "CallReferStartedEvent",
    ),
    "CallReferStartedPayload": (
        "telnyx_voice.types.models.call_refer_started_event",
        "CallReferStartedPayload",
    ),
    "CallReferStartedRecordType": (
        "telnyx_voice.types.models.call_refer_started_event",
        "CallReferStartedRecordType",
    ),
    "CallRequest": ("telnyx_voice.types.models.call_request", "CallRequest"),
    "CallRequestAnsweringMachineDetection": (
        "telnyx_voice.types.models.call_request",
        "CallRequestAnsweringMachineDetection",
    ),
    "CallRequestAnsweringMachineDetectionConfig": (
        "telnyx_voice.types.models.call_request",
        "CallRequestAnsweringMachineDetectionConfig",
    ),
    "CallRequestConferenceConfig": (
        "telnyx_voice.types.models.call_request",
        "CallRequestConferenceConfig",
    ),
    "CallRequestConferenceConfigBeepEnabled": (
        "telnyx_voice.types.models.call_request",
        "CallRequestConferenceConfigBeepEnabled",
    ),
    "CallRequestConferenceConfigSupervisorRole": (
        "telnyx_voice.types.models.call_request",
        "CallRequestConferenceConfigSupervisorRole",
    ),
    "CallRequestDeepfakeDetection": (
        "telnyx_voice.types.models.call_request",
        "CallRequestDeepfakeDetection",
    ),
    "CallRequestMediaEncryption": (
        "telnyx_voice.types.models.call_request",
        "CallRequestMediaEncryption",
    ),
    "CallRequestPrivacy": ("telnyx_voice.types.models.call_request", "CallRequestPrivacy"),
    "CallRequestRecord": ("telnyx_voice.types.models.call_request", "CallRequestRecord"),
    "CallRequestRecordChannels": (
        "telnyx_voice.types.models.call_request",
        "CallRequestRecordChannels",
    ),
    "CallRequestRecordFormat": (
        "telnyx_voice.types.models.call_request",
        "CallRequestRecordFormat",
    ),
    "CallRequestRecordTrack": ("telnyx_voice.types.models.call_request", "CallRequestRecordTrack"),
    "CallRequestRecordTrim": ("telnyx_voice.types.models.call_request", "CallRequestRecordTrim"),
    "CallRequestSipRegion": ("telnyx_voice.types.models.call_request", "CallRequestSipRegion"),
    "CallRequestSipTransportProtocol": (
        "telnyx_voice.types.models.call_request",
        "CallRequestSipTransportProtocol",
    ),
    "CallRequestStreamTrack": ("telnyx_voice.types.models.call_request", "CallRequestStreamTrack"),
    "CallRequestSupervisorRole": (
        "telnyx_voice.types.models.call_request",
        "CallRequestSupervisorRole",
    ),
    "CallRequestWebhookRetriesPoliciesValue": (
        "telnyx_voice.types.models.call_request",
        "CallRequestWebhookRetriesPoliciesValue",
    ),
    "CallRequestWebhookUrlMethod": (
        "telnyx_voice.types.models.call_request",
        "CallRequestWebhookUrlMethod",
    ),
    "CallRequestWebhookUrlsMethod": (
        "telnyx_voice.types.models.call_request",
        "CallRequestWebhookUrlsMethod",
    ),
    "CallSiprecFailed": ("telnyx_voice.types.models.call_siprec_failed_event", "CallSiprecFailed"),
    "CallSiprecFailedEvent": (
        "telnyx_voice.types.models.call_siprec_failed_event",
        "CallSiprecFailedEvent",
    ),
    "CallSiprecFailedPayload": (
        "telnyx_voice.types.models.call_siprec_failed_event",
        "CallSiprecFailedPayload",
    ),
    "CallSiprecFailedRecordType": (
        "telnyx_voice.types.models.call_siprec_failed_event",
        "CallSiprecFailedRecordType",
    ),
    "CallSiprecStarted": (
        "telnyx_voice.types.models.call_siprec_started_event",
        "CallSiprecStarted",
    ),
    "CallSiprecStartedEvent": (
        "telnyx_voice.types.models.call_siprec_started_event",
        "CallSiprecStartedEvent",
    ),
    "CallSiprecStartedPayload": (
        "telnyx_voice.types.models.call_siprec_started_event",
        "CallSiprecStartedPayload",
    ),
    "CallSiprecStartedRecordType": (
        "telnyx_voice.types.models.call_siprec_started_event",
        "CallSiprecStartedRecordType",
    ),
    "CallSiprecStopped": (
        "telnyx_voice.types.models.call_siprec_stopped_event",
        "CallSiprecStopped",
    ),
    "CallSiprecStoppedEvent": (
        "telnyx_voice.types.models.call_siprec_stopped_event",
        "CallSiprecStoppedEvent",
    ),
    "CallSiprecStoppedPayload": (
        "telnyx_voice.types.models.call_siprec_stopped_event",
        "CallSiprecStoppedPayload",
    ),
    "CallSiprecStoppedRecordType": (
        "telnyx_voice.types.models.call_siprec_stopped_event",
        "CallSiprecStoppedRecordType",
    ),
    "CallSpeakEnded": ("telnyx_voice.types.models.call_speak_ended_event", "CallSpeakEnded"),
    "CallSpeakEndedEvent": (
        "telnyx_voice.types.models.call_speak_ended_event",
        "CallSpeakEndedEvent",
    ),
    "CallSpeakEndedPayload": (
        "telnyx_voice.types.models.call_speak_ended_event",
        "CallSpeakEndedPayload",
    ),
    "CallSpeakEndedPayloadStatus": (
        "telnyx_voice.types.models.call_speak_ended_event",
        "CallSpeakEndedPayloadStatus",
    ),
    "CallSpeakEndedRecordType": (
        "telnyx_voice.types.models.call_speak_ended_event",
        "CallSpeakEndedRecordType",
    ),
    "CallSpeakStarted": ("telnyx_voice.types.models.call_speak_started_event", "CallSpeakStarted"),
    "CallSpeakStartedEvent": (
        "telnyx_voice.types.models.call_speak_started_event",
        "CallSpeakStartedEvent",
    ),
    "CallSpeakStartedPayload": (
        "telnyx_voice.types.models.call_speak_started_event",
        "CallSpeakStartedPayload",
    ),
    "CallSpeakStartedRecordType": (
        "telnyx_voice.types.models.call_speak_started_event",
        "CallSpeakStartedRecordType",
    ),
    "CallStreamingFailed": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailed",
    ),
    "CallStreamingFailedEvent": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedEvent",
    ),
    "CallStreamingFailedPayload": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedPayload",
    ),
    "CallStreamingFailedPayloadStreamParams": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedPayloadStreamParams",
    ),
    "CallStreamingFailedPayloadStreamParamsTrack": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedPayloadStreamParamsTrack",
    ),
    "CallStreamingFailedPayloadStreamType": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedPayloadStreamType",
    ),
    "CallStreamingFailedRecordType": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedRecordType",
    ),
    "CallStreamingStarted": (
        "telnyx_voice.types.models.call_streaming_started_event",
        "CallStreamingStarted",
    ),
    "CallStreamingStartedEvent": (
        "telnyx_voice.types.models.call_streaming_started_event",
        "CallStreamingStartedEvent",
    ),
    "CallStreamingStartedPayload": (
        "telnyx_voice.types.models.call_streaming_started_event",
        "CallStreamingStartedPayload",
    ),
    "CallStreamingStartedRecordType": (
        "telnyx_voice.types.models.call_streaming_started_event",
        "CallStreamingStartedRecordType",
    ),
    "CallStreamingStopped": (
        "telnyx_voice.types.models.call_streaming_stopped_event",
        "CallStreamingStopped",
    ),
    "CallStreamingStoppedEvent": (
        "telnyx_voice.types.models.call_streaming_stopped_event",
        "CallStreamingStoppedEvent",
    ),
    "CallStreamingStoppedPayload": (
        "telnyx_voice.types.models.call_streaming_stopped_event",
        "CallStreamingStoppedPayload",
    ),
    "CallStreamingStoppedRecordType": (
        "telnyx_voice.types.models.call_streaming_stopped_event",
        "CallStreamingStoppedRecordType",
    ),
    "CallUnhold": ("telnyx_voice.types.models.call_unhold_event", "CallUnhold"),
    "CallUnholdEvent": ("telnyx_voice.types.models.call_unhold_event", "CallUnholdEvent"),
    "CallUnholdPayload": ("telnyx_voice.types.models.call_unhold_event", "CallUnholdPayload"),
    "CallUnholdRecordType": ("telnyx_voice.types.models.call_unhold_event", "CallUnholdRecordType"),
    "CallWithRecordingId": (
        "telnyx_voice.types.models.retrieve_call_status_response_with_recording_id",
        "CallWithRecordingId",
    ),
    "CallWithRecordingIdRecordType": (
        "telnyx_voice.types.models.retrieve_call_status_response_with_recording_id",
        "CallWithRecordingIdRecordType",
    ),
    "CheckAvailabilityTool": (
        "telnyx_voice.types.models.check_availability_tool",
        "CheckAvailabilityTool",
    ),
    "CheckAvailabilityToolParams": (
        "telnyx_voice.types.models.check_availability_tool",
        "CheckAvailabilityToolParams",
    ),
    "CheckAvailabilityToolType": (
        "telnyx_voice.types.models.check_availability_tool_type",
        "CheckAvailabilityToolType",
    ),
    "ClientStateUpdateRequest": (
        "telnyx_voice.types.models.client_state_update_request",
        "ClientStateUpdateRequest",
    ),
    "Conference": ("telnyx_voice.types.models.conference", "Conference"),
    "ConferenceCommandResponse": (
        "telnyx_voice.types.models.conference_command_response",
        "ConferenceCommandResponse",
    ),
    "ConferenceCommandResult": (
        "telnyx_voice.types.models.conference_command_response",
        "ConferenceCommandResult",
    ),
    "ConferenceCreated": (
        "telnyx_voice.types.models.conference_created_event",
        "ConferenceCreated",
    ),
    "ConferenceCreatedEvent": (
        "telnyx_voice.types.models.conference_created_event",
        "ConferenceCreatedEvent",
    ),
    "ConferenceCreatedPayload": (
        "telnyx_voice.types.models.conference_created_event",
        "ConferenceCreatedPayload",
    ),
    "ConferenceCreatedRecordType": (
        "telnyx_voice.types.models.conference_created_event",
        "ConferenceCreatedRecordType",
    ),
    "ConferenceEndReason": ("telnyx_voice.types.models.conference", "ConferenceEndReason"),
    "ConferenceEnded": ("telnyx_voice.types.models.conference_ended_event", "ConferenceEnded"),
    "ConferenceEndedBy": ("telnyx_voice.types.models.conference", "ConferenceEndedBy"),
    "ConferenceEndedEvent": (
        "telnyx_voice.types.models.conference_ended_event",
        "ConferenceEndedEvent",
    ),
    "ConferenceEndedPayload": (
        "telnyx_voice.types.models.conference_ended_event",
        "ConferenceEndedPayload",
    ),
    "ConferenceEndedPayloadReason": (
        "telnyx_voice.types.models.conference_ended_event",
        "ConferenceEndedPayloadReason",
    ),
    "ConferenceEndedRecordType": (
        "telnyx_voice.types.models.conference_ended_event",
        "ConferenceEndedRecordType",
    ),
    "ConferenceFloorChangedEvent": (
        "telnyx_voice.types.models.conference_floor_changed_event",
        "ConferenceFloorChangedEvent",
    ),
    "ConferenceFloorChangedEventPayload": (
        "telnyx_voice.types.models.conference_floor_changed_event",
        "ConferenceFloorChangedEventPayload",
    ),
    "ConferenceFloorChangedEventRecordType": (
        "telnyx_voice.types.models.conference_floor_changed_event",
        "ConferenceFloorChangedEventRecordType",
    ),
    "ConferenceGatherUsingAudioRequest": (
        "telnyx_voice.types.models.conference_gather_using_audio_request",
        "ConferenceGatherUsingAudioRequest",
    ),
    "ConferenceHoldRequest": (
        "telnyx_voice.types.models.conference_hold_request",
        "ConferenceHoldRequest",
    ),
    "ConferenceMuteRequest": (
        "telnyx_voice.types.models.conference_mute_request",
        "ConferenceMuteRequest",
    ),
    "ConferenceParticipant": (
        "telnyx_voice.types.models.conference_participant_resource",
        "ConferenceParticipant",
    ),
    "ConferenceParticipantJoined": (
        "telnyx_voice.types.models.conference_participant_joined_event",
        "ConferenceParticipantJoined",
    ),
    "ConferenceParticipantJoinedEvent": (
        "telnyx_voice.types.models.conference_participant_joined_event",
        "ConferenceParticipantJoinedEvent",
    ),
    "ConferenceParticipantJoinedPayload": (
        "telnyx_voice.types.models.conference_participant_joined_event",
        "ConferenceParticipantJoinedPayload",
    ),
    "ConferenceParticipantJoinedRecordType": (
        "telnyx_voice.types.models.conference_participant_joined_event",
        "ConferenceParticipantJoinedRecordType",
    ),
    "ConferenceParticipantLeft": (
        "telnyx_voice.types.models.conference_participant_left_event",
        "ConferenceParticipantLeft",
    ),
    "ConferenceParticipantLeftEvent": (
        "telnyx_voice.types.models.conference_participant_left_event",
        "ConferenceParticipantLeftEvent",
    ),
    "ConferenceParticipantLeftPayload": (
        "telnyx_voice.types.models.conference_participant_left_event",
        "ConferenceParticipantLeftPayload",
    ),
    "ConferenceParticipantLeftRecordType": (
        "telnyx_voice.types.models.conference_participant_left_event",
        "ConferenceParticipantLeftRecordType",
    ),
    "ConferenceParticipantPlaybackEnded": (
        "telnyx_voice.types.models.conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEnded",
    ),
    "ConferenceParticipantPlaybackEndedEvent": (
        "telnyx_voice.types.models.conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEndedEvent",
    ),
    "ConferenceParticipantPlaybackEndedPayload": (
        "telnyx_voice.types.models.conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEndedPayload",
    ),
    "ConferenceParticipantPlaybackEndedRecordType": (
        "telnyx_voice.types.models.conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEndedRecordType",
    ),
    "ConferenceParticipantPlaybackStarted": (
        "telnyx_voice.types.models.conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStarted",
    ),
    "ConferenceParticipantPlaybackStartedEvent": (
        "telnyx_voice.types.models.conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStartedEvent",
    ),
    "ConferenceParticipantPlaybackStartedPayload": (
        "telnyx_voice.types.models.conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStartedPayload",
    ),
    "ConferenceParticipantPlaybackStartedRecordType": (
        "telnyx_voice.types.models.conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStartedRecordType",
    ),
    "ConferenceParticipantResource": (
        "telnyx_voice.types.models.conference_participant_resource",
        "ConferenceParticipantResource",
    ),
    "ConferenceParticipantSpeakEnded": (
        "telnyx_voice.types.models.conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEnded",
    ),
    "ConferenceParticipantSpeakEndedEvent": (
        "telnyx_voice.types.models.conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEndedEvent",
    ),
    "ConferenceParticipantSpeakEndedPayload": (
        "telnyx_voice.types.models.conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEndedPayload",
    ),
    "ConferenceParticipantSpeakEndedRecordType": (
        "telnyx_voice.types.models.conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEndedRecordType",
    ),
    "ConferenceParticipantSpeakStarted": (
        "telnyx_voice.types.models.conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStarted",
    ),
    "ConferenceParticipantSpeakStartedEvent": (
        "telnyx_voice.types.models.conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStartedEvent",
    ),
    "ConferenceParticipantSpeakStartedPayload": (
        "telnyx_voice.types.models.conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStartedPayload",
    ),
    "ConferenceParticipantSpeakStartedRecordType": (
        "telnyx_voice.types.models.conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStartedRecordType",
    ),
    "ConferenceParticipantStatus": (
        "telnyx_voice.types.models.conference_participant_resource",
        "ConferenceParticipantStatus",
    ),
    "ConferencePlayRequest": (
        "telnyx_voice.types.models.conference_play_request",
        "ConferencePlayRequest",
    ),
    "ConferencePlaybackEnded": (
        "telnyx_voice.types.models.conference_playback_ended_event",
        "ConferencePlaybackEnded",
    ),
    "ConferencePlaybackEndedEvent": (
        "telnyx_voice.types.models.conference_playback_ended_event",
        "ConferencePlaybackEndedEvent",
    ),
    "ConferencePlaybackEndedPayload": (
        "telnyx_voice.types.models.conference_playback_ended_event",
        "ConferencePlaybackEndedPayload",
    ),
    "ConferencePlaybackEndedRecordType": (
        "telnyx_voice.types.models.conference_playback_ended_event",
        "ConferencePlaybackEndedRecordType",
    ),
    "ConferencePlaybackStarted": (
        "telnyx_voice.types.models.conference_playback_started_event",
        "ConferencePlaybackStarted",
    ),
    "ConferencePlaybackStartedEvent": (
        "telnyx_voice.types.models.conference_playback_started_event",
        "ConferencePlaybackStartedEvent",
    ),
    "ConferencePlaybackStartedPayload": (
        "telnyx_voice.types.models.conference_playback_started_event",
        "ConferencePlaybackStartedPayload",
    ),
    "ConferencePlaybackStartedRecordType": (
        "telnyx_voice.types.models.conference_playback_started_event",
        "ConferencePlaybackStartedRecordType",
    ),
    "ConferenceRecordType": ("telnyx_voice.types.models.conference", "ConferenceRecordType"),
    "ConferenceRecordingSaved": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSaved",
    ),
    "ConferenceRecordingSavedEvent": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedEvent",
    ),
    "ConferenceRecordingSavedPayload": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedPayload",
    ),
    "ConferenceRecordingSavedPayloadChannels": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedPayloadChannels",
    ),
    "ConferenceRecordingSavedPayloadFormat": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedPayloadFormat",
    ),
    "ConferenceRecordingSavedPayloadPublicRecordingUrls": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedPayloadPublicRecordingUrls",
    ),
    "ConferenceRecordingSavedPayloadRecordingUrls": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedPayloadRecordingUrls",
    ),
    "ConferenceRecordingSavedRecordType": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedRecordType",
    ),
    "ConferenceRegion": ("telnyx_voice.types.models.conference_region", "ConferenceRegion"),
    "ConferenceResponse": ("telnyx_voice.types.models.conference_response", "ConferenceResponse"),
    "ConferenceSendDTMFRequest": (
        "telnyx_voice.types.models.conference_send_dtmf_request",
        "ConferenceSendDTMFRequest",
    ),
    "ConferenceSpeakEnded": (
        "telnyx_voice.types.models.conference_speak_ended_event",
        "ConferenceSpeakEnded",
    ),
    "ConferenceSpeakEndedEvent": (
        "telnyx_voice.types.models.conference_speak_ended_event",
        "ConferenceSpeakEndedEvent",
    ),
    "ConferenceSpeakEndedPayload": (
        "telnyx_voice.types.models.conference_speak_ended_event",
        "ConferenceSpeakEndedPayload",
    ),
    "ConferenceSpeakEndedRecordType": (
        "telnyx_voice.types.models.conference_speak_ended_event",
        "ConferenceSpeakEndedRecordType",
    ),
    "ConferenceSpeakRequest": (
        "telnyx_voice.types.models.conference_speak_request",
        "ConferenceSpeakRequest",
    ),
    "ConferenceSpeakRequestLanguage": (
        "telnyx_voice.types.models.conference_speak_request",
        "ConferenceSpeakRequestLanguage",
    ),
    "ConferenceSpeakRequestPayloadType": (
        "telnyx_voice.types.models.conference_speak_request",
        "ConferenceSpeakRequestPayloadType",
    ),
    "ConferenceSpeakStarted": (
        "telnyx_voice.types.models.conference_speak_started_event",
        "ConferenceSpeakStarted",
    ),
    "ConferenceSpeakStartedEvent": (
        "telnyx_voice.types.models.conference_speak_started_event",
        "ConferenceSpeakStartedEvent",
    ),
    "ConferenceSpeakStartedPayload": (
        "telnyx_voice.types.models.conference_speak_started_event",
        "ConferenceSpeakStartedPayload",
    ),
    "ConferenceSpeakStartedRecordType": (
        "telnyx_voice.types.models.conference_speak_started_event",
        "ConferenceSpeakStartedRecordType",
    ),
    "ConferenceStatus": ("telnyx_voice.types.models.conference", "ConferenceStatus"),
    "ConferenceStopRequest": (
        "telnyx_voice.types.models.conference_stop_request",
        "ConferenceStopRequest",
    ),
    "ConferenceUnholdRequest": (
        "telnyx_voice.types.models.conference_unhold_request",
        "ConferenceUnholdRequest",
    ),
    "ConferenceUnmuteRequest": (
        "telnyx_voice.types.models.conference_unmute_request",
        "ConferenceUnmuteRequest",
    ),
    "ConversationRelayAssistant": (
        "telnyx_voice.types.models.conversation_relay_start_request",
        "ConversationRelayAssistant",
    ),
    "ConversationRelayEmbeddedConfig": (
        "telnyx_voice.types.models.conversation_relay_embedded_config",
        "ConversationRelayEmbeddedConfig",
    ),
    "ConversationRelayEmbeddedConfigTranscriptionEngine": (
        "telnyx_voice.types.models.conversation_relay_embedded_config",
        "ConversationRelayEmbeddedConfigTranscriptionEngine",
    ),
    "ConversationRelayInterruptible": (
        "telnyx_voice.types.models.conversation_relay_interruptible",
        "ConversationRelayInterruptible",
    ),
    "ConversationRelayInterruptionSettings": (
        "telnyx_voice.types.models.conversation_relay_interruption_settings",
        "ConversationRelayInterruptionSettings",
    ),
    "ConversationRelayLanguage": (
        "telnyx_voice.types.models.conversation_relay_language",
        "ConversationRelayLanguage",
    ),
    "ConversationRelayLanguageTranscriptionEngine": (
        "telnyx_voice.types.models.conversation_relay_language",
        "ConversationRelayLanguageTranscriptionEngine",
    ),
    "ConversationRelaySettings": (
        "telnyx_voice.types.models.conversation_relay_start_request",
        "ConversationRelaySettings",
    ),
    "ConversationRelayStartRequest": (
        "telnyx_voice.types.models.conversation_relay_start_request",
        "ConversationRelayStartRequest",
    ),
    "ConversationRelayStartRequestTranscriptionEngine": (
        "telnyx_voice.types.models.conversation_relay_start_request",
        "ConversationRelayStartRequestTranscriptionEngine",
    ),
    "ConversationRelayStopRequest": (
        "telnyx_voice.types.models.conversation_relay_stop_request",
        "ConversationRelayStopRequest",
    ),
    "ConversationRelayStructuredProvider": (
        "telnyx_voice.types.models.conversation_relay_structured_provider",
        "ConversationRelayStructuredProvider",
    ),
    "ConversationRelayTranscriptionEngineConfig": (
        "telnyx_voice.types.models.conversation_relay_transcription_engine_config",
        "ConversationRelayTranscriptionEngineConfig",
    ),
    "CreateConferenceRequest": (
        "telnyx_voice.types.models.create_conference_request",
        "CreateConferenceRequest",
    ),
    "CreateConferenceRequestBeepEnabled": (
        "telnyx_voice.types.models.create_conference_request",
        "CreateConferenceRequestBeepEnabled",
    ),
    "CreateConferenceRequestRegion": (
        "telnyx_voice.types.models.create_conference_request",
        "CreateConferenceRequestRegion",
    ),
    "CreateQueueRequest": ("telnyx_voice.types.models.create_queue_request", "CreateQueueRequest"),
    "Cursor": ("telnyx_voice.types.models.active_calls_response", "Cursor"),
    "CursorPaginationMeta": (
        "telnyx_voice.types.models.active_calls_response",
        "CursorPaginationMeta",
    ),
    "CustomSipHeader": ("telnyx_voice.types.models.custom_sip_header", "CustomSipHeader"),
    "DeepgramNova2Config": (
        "telnyx_voice.types.models.transcription_start_request",
        "DeepgramNova2Config",
    ),
    "DeepgramNova2ConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "DeepgramNova2ConfigTranscriptionEngine",
    ),
    "DeepgramNova2ConfigTranscriptionModel": (
        "telnyx_voice.types.models.deepgram_nova2_config_transcription_model",
        "DeepgramNova2ConfigTranscriptionModel",
    ),
    "DeepgramNova2TranscriptionLanguage": (
        "telnyx_voice.types.models.transcription_start_request",
        "DeepgramNova2TranscriptionLanguage",
    ),
    "DeepgramNova3Config": (
        "telnyx_voice.types.models.transcription_start_request",
        "DeepgramNova3Config",
    ),
    "DeepgramNova3ConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "DeepgramNova3ConfigTranscriptionEngine",
    ),
    "DeepgramNova3ConfigTranscriptionModel": (
        "telnyx_voice.types.models.deepgram_nova3_config_transcription_model",
        "DeepgramNova3ConfigTranscriptionModel",
    ),
    "DeepgramNova3TranscriptionLanguage": (
        "telnyx_voice.types.models.transcription_start_request",
        "DeepgramNova3TranscriptionLanguage",
    ),
    "DeveloperMessage": ("telnyx_voice.types.models.developer_message", "DeveloperMessage"),
    "DeveloperMessageRole": (
        "telnyx_voice.types.models.developer_message_role",
        "DeveloperMessageRole",
    ),
    "DialogflowConfig": ("telnyx_voice.types.models.dialogflow_config", "DialogflowConfig"),
    "ElevenLabsVoiceSettings": (
        "telnyx_voice.types.models.eleven_labs_voice_settings",
        "ElevenLabsVoiceSettings",
    ),
    "ElevenLabsVoiceSettingsType": (
        "telnyx_voice.types.models.eleven_labs_voice_settings_type",
        "ElevenLabsVoiceSettingsType",
    ),
    "EndConferenceRequest": (
        "telnyx_voice.types.models.end_conference_request",
        "EndConferenceRequest",
    ),
    "EnqueueRequest": ("telnyx_voice.types.models.enqueue_request", "EnqueueRequest"),
    "GatherRequest": ("telnyx_voice.types.models.gather_request", "GatherRequest"),
    "GatherUsingAIRequest": (
        "telnyx_voice.types.models.gather_using_ai_request",
        "GatherUsingAIRequest",
    ),
    "GatherUsingAIRequestLanguage": (
        "telnyx_voice.types.models.gather_using_ai_request",
        "GatherUsingAIRequestLanguage",
    ),
    "GatherUsingAIRequestMessageHistoryItem": (
        "telnyx_voice.types.models.gather_using_ai_request",
        "GatherUsingAIRequestMessageHistoryItem",
    ),
    "GatherUsingAIRequestMessageHistoryItemRole": (
        "telnyx_voice.types.models.gather_using_ai_request",
        "GatherUsingAIRequestMessageHistoryItemRole",
    ),
    "GatherUsingAudioRequest": (
        "telnyx_voice.types.models.gather_using_audio_request",
        "GatherUsingAudioRequest",
    ),
    "GatherUsingSpeakRequest": (
        "telnyx_voice.types.models.gather_using_speak_request",
        "GatherUsingSpeakRequest",
    ),
    "GatherUsingSpeakRequestLanguage": (
        "telnyx_voice.types.models.gather_using_speak_request",
        "GatherUsingSpeakRequestLanguage",
    ),
    "GatherUsingSpeakRequestPayloadType": (
        "telnyx_voice.types.models.gather_using_speak_request",
        "GatherUsingSpeakRequestPayloadType",
    ),
    "GatherUsingSpeakRequestServiceLevel": (
        "telnyx_voice.types.models.gather_using_speak_request",
        "GatherUsingSpeakRequestServiceLevel",
    ),
    "GoogleTranscriptionLanguage": (
        "telnyx_voice.types.models.google_transcription_language",
        "GoogleTranscriptionLanguage",
    ),
    "HangupRequest": ("telnyx_voice.types.models.hangup_request", "HangupRequest"),
    "HangupTool": ("telnyx_voice.types.models.hangup_tool", "HangupTool"),
    "HangupToolParams": ("telnyx_voice.types.models.hangup_tool", "HangupToolParams"),
    "HangupToolType": ("telnyx_voice.types.models.hangup_tool_type", "HangupToolType"),
    "InterruptionSettings": (
        "telnyx_voice.types.models.interruption_settings",
        "InterruptionSettings",
    ),
    "InworldVoiceSettings": (
        "telnyx_voice.types.models.inworld_voice_settings",
        "InworldVoiceSettings",
    ),
    "InworldVoiceSettingsDeliveryMode": (
        "telnyx_voice.types.models.inworld_voice_settings",
        "InworldVoiceSettingsDeliveryMode",
    ),
    "InworldVoiceSettingsType": (
        "telnyx_voice.types.models.inworld_voice_settings_type",
        "InworldVoiceSettingsType",
    ),
    "JoinConferenceRequest": (
        "telnyx_voice.types.models.join_conference_request",
        "JoinConferenceRequest",
    ),
    "JoinConferenceRequestBeepEnabled": (
        "telnyx_voice.types.models.join_conference_request",
        "JoinConferenceRequestBeepEnabled",
    ),
    "JoinConferenceRequestSupervisorRole": (
        "telnyx_voice.types.models.join_conference_request",
        "JoinConferenceRequestSupervisorRole",
    ),
    "LeaveConferenceRequest": (
        "telnyx_voice.types.models.leave_conference_request",
        "LeaveConferenceRequest",
    ),
    "LeaveConferenceRequestBeepEnabled": (
        "telnyx_voice.types.models.leave_conference_request",
        "LeaveConferenceRequestBeepEnabled",
    ),
    "LeaveQueueRequest": ("telnyx_voice.types.models.leave_queue_request", "LeaveQueueRequest"),
    "ListConferencesResponse": (
        "telnyx_voice.types.models.list_conferences_response",
        "ListConferencesResponse",
    ),
    "ListParticipantsResponse": (
        "telnyx_voice.types.models.list_participants_response",
        "ListParticipantsResponse",
    ),
    "ListQueueCallsResponse": (
        "telnyx_voice.types.models.list_queue_calls_response",
        "ListQueueCallsResponse",
    ),
    "ListQueuesResponse": ("telnyx_voice.types.models.list_queues_response", "ListQueuesResponse"),
    "MessageMetadata": ("telnyx_voice.types.models.message_metadata", "MessageMetadata"),
    "MinimaxVoiceSettings": (
        "telnyx_voice.types.models.minimax_voice_settings",
        "MinimaxVoiceSettings",
    ),
    "MinimaxVoiceSettingsLanguageBoost": (
        "telnyx_voice.types.models.minimax_voice_settings",
        "MinimaxVoiceSettingsLanguageBoost",
    ),
    "MinimaxVoiceSettingsType": (
        "telnyx_voice.types.models.minimax_voice_settings_type",
        "MinimaxVoiceSettingsType",
    ),
    "NoiseSuppressionDirection": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionDirection",
    ),
    "NoiseSuppressionEngine": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionEngine",
    ),
    "NoiseSuppressionEngineConfig": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionEngineConfig",
    ),
    "NoiseSuppressionEngineConfigFamily": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionEngineConfigFamily",
    ),
    "NoiseSuppressionEngineConfigMode": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionEngineConfigMode",
    ),
    "NoiseSuppressionEngineConfigModel": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionEngineConfigModel",
    ),
    "NoiseSuppressionEngineConfigSize": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionEngineConfigSize",
    ),
    "NoiseSuppressionStart": (
        "telnyx_voice.types.models.noise_suppression_start",
        "NoiseSuppressionStart",
    ),
    "NoiseSuppressionStop": (
        "telnyx_voice.types.models.noise_suppression_stop",
        "NoiseSuppressionStop",
    ),
    "PaginationMeta": ("telnyx_voice.types.models.pagination_meta", "PaginationMeta"),
    "Participant": ("telnyx_voice.types.models.list_participants_response", "Participant"),
    "ParticipantConference": (
        "telnyx_voice.types.models.list_participants_response",
        "ParticipantConference",
    ),
    "ParticipantRecordType": (
        "telnyx_voice.types.models.list_participants_response",
        "ParticipantRecordType",
    ),
    "ParticipantStatus": (
        "telnyx_voice.types.models.list_participants_response",
        "ParticipantStatus",
    ),
    "PauseConferenceRecordingRequest": (
        "telnyx_voice.types.models.pause_conference_recording_request",
        "PauseConferenceRecordingRequest",
    ),
    "PauseRecordingRequest": (
        "telnyx_voice.types.models.pause_recording_request",
        "PauseRecordingRequest",
    ),
    "PlayAudioUrlRequest": (
        "telnyx_voice.types.models.play_audio_url_request",
        "PlayAudioUrlRequest",
    ),
    "PlayAudioUrlRequestAudioType": (
        "telnyx_voice.types.models.play_audio_url_request",
        "PlayAudioUrlRequestAudioType",
    ),
    "PlaybackStopRequest": (
        "telnyx_voice.types.models.playback_stop_request",
        "PlaybackStopRequest",
    ),
    "Queue": ("telnyx_voice.types.models.queue", "Queue"),
    "QueueCall": ("telnyx_voice.types.models.queue_call", "QueueCall"),
    "QueueCallRecordType": ("telnyx_voice.types.models.queue_call", "QueueCallRecordType"),
    "QueueCallResponse": ("telnyx_voice.types.models.queue_call_response", "QueueCallResponse"),
    "QueueRecordType": ("telnyx_voice.types.models.queue", "QueueRecordType"),
    "QueueResponse": ("telnyx_voice.types.models.queue_response", "QueueResponse"),
    "ReferRequest": ("telnyx_voice.types.models.refer_request", "ReferRequest"),
    "RejectRequest": ("telnyx_voice.types.models.reject_request", "RejectRequest"),
    "RejectRequestCause": ("telnyx_voice.types.models.reject_request", "RejectRequestCause"),
    "ResembleSampleRate": (
        "telnyx_voice.types.models.resemble_voice_settings",
        "ResembleSampleRate",
    ),
    "ResembleVoiceSettings": (
        "telnyx_voice.types.models.resemble_voice_settings",
        "ResembleVoiceSettings",
    ),
    "ResembleVoiceSettingsFormat": (
        "telnyx_voice.types.models.resemble_voice_settings",
        "ResembleVoiceSettingsFormat",
    ),
    "ResembleVoiceSettingsPrecision": (
        "telnyx_voice.types.models.resemble_voice_settings",
        "ResembleVoiceSettingsPrecision",
    ),
    "ResembleVoiceSettingsType": (
        "telnyx_voice.types.models.resemble_voice_settings_type",
        "ResembleVoiceSettingsType",
    ),
    "ResumeConferenceRecordingRequest": (
        "telnyx_voice.types.models.resume_conference_recording_request",
        "ResumeConferenceRecordingRequest",
    ),
    "ResumeRecordingRequest": (
        "telnyx_voice.types.models.resume_recording_request",
        "ResumeRecordingRequest",
    ),
    "RetrieveCallStatusResponse": (
        "telnyx_voice.types.models.retrieve_call_status_response",
        "RetrieveCallStatusResponse",
    ),
    "RetrieveCallStatusResponseWithRecordingID": (
        "telnyx_voice.types.models.retrieve_call_status_response_with_recording_id",
        "RetrieveCallStatusResponseWithRecordingID",
    ),
    "RimeVoiceSettings": ("telnyx_voice.types.models.rime_voice_settings", "RimeVoiceSettings"),
    "RimeVoiceSettingsType": (
        "telnyx_voice.types.models.rime_voice_settings_type",
        "RimeVoiceSettingsType",
    ),
    "SendDTMFRequest": ("telnyx_voice.types.models.send_dtmf_request", "SendDTMFRequest"),
    "SendSIPInfoRequest": ("telnyx_voice.types.models.send_sip_info_request", "SendSIPInfoRequest"),
    "SipHeader": ("telnyx_voice.types.models.sip_header", "SipHeader"),
    "SipHeaderName": ("telnyx_voice.types.models.sip_header", "SipHeaderName"),
    "SoundModifications": ("telnyx_voice.types.models.sound_modifications", "SoundModifications"),
    "SpeakRequest": ("telnyx_voice.types.models.speak_request", "SpeakRequest"),
    "SpeakRequestLanguage": ("telnyx_voice.types.models.speak_request", "SpeakRequestLanguage"),
    "SpeakRequestPayloadType": (
        "telnyx_voice.types.models.speak_request",
        "SpeakRequestPayloadType",
    ),
    "SpeakRequestServiceLevel": (
        "telnyx_voice.types.models.speak_request",
        "SpeakRequestServiceLevel",
    ),
    "SpeakRequestTargetLegs": ("telnyx_voice.types.models.speak_request", "SpeakRequestTargetLegs"),
    "SpeechmaticsTranscriptionLanguage": (
        "telnyx_voice.types.models.transcription_start_request",
        "SpeechmaticsTranscriptionLanguage",
    ),
    "StartConferenceRecordingRequest": (
        "telnyx_voice.types.models.start_conference_recording_request",
        "StartConferenceRecordingRequest",
    ),
    "StartConferenceRecordingRequestChannels": (
        "telnyx_voice.types.models.start_conference_recording_request",
        "StartConferenceRecordingRequestChannels",
    ),
    "StartConferenceRecordingRequestFormat": (
        "telnyx_voice.types.models.start_conference_recording_request",
        "StartConferenceRecordingRequestFormat",
    ),
    "StartConferenceRecordingRequestTrim": (
        "telnyx_voice.types.models.start_conference_recording_request",
        "StartConferenceRecordingRequestTrim",
    ),
    "StartForkingRequest": (
        "telnyx_voice.types.models.start_forking_request",
        "StartForkingRequest",
    ),
    "StartForkingRequestStreamType": (
        "telnyx_voice.types.models.start_forking_request",
        "StartForkingRequestStreamType",
    ),
    "StartRecordingRequest": (
        "telnyx_voice.types.models.start_recording_request",
        "StartRecordingRequest",
    ),
    "StartRecordingRequestChannels": (
        "telnyx_voice.types.models.start_recording_request",
        "StartRecordingRequestChannels",
    ),
    "StartRecordingRequestFormat": (
        "telnyx_voice.types.models.start_recording_request",
        "StartRecordingRequestFormat",
    ),
    "StartRecordingRequestRecordingTrack": (
        "telnyx_voice.types.models.start_recording_request",
        "StartRecordingRequestRecordingTrack",
    ),
    "StartRecordingRequestTranscriptionEngine": (
        "telnyx_voice.types.models.start_recording_request",
        "StartRecordingRequestTranscriptionEngine",
    ),
    "StartRecordingRequestTrim": (
        "telnyx_voice.types.models.start_recording_request",
        "StartRecordingRequestTrim",
    ),
    "StartSiprecRequest": ("telnyx_voice.types.models.start_siprec_request", "StartSiprecRequest"),
    "StartSiprecRequestIncludeMetadataCustomHeaders": (
        "telnyx_voice.types.models.start_siprec_request",
        "StartSiprecRequestIncludeMetadataCustomHeaders",
    ),
    "StartSiprecRequestSecure": (
        "telnyx_voice.types.models.start_siprec_request",
        "StartSiprecRequestSecure",
    ),
    "StartSiprecRequestSipTransport": (
        "telnyx_voice.types.models.start_siprec_request",
        "StartSiprecRequestSipTransport",
    ),
    "StartSiprecRequestSiprecTrack": (
        "telnyx_voice.types.models.start_siprec_request",
        "StartSiprecRequestSiprecTrack",
    ),
    "StartStreamingRequest": (
        "telnyx_voice.types.models.start_streaming_request",
        "StartStreamingRequest",
    ),
    "StartStreamingRequestCustomParametersItem": (
        "telnyx_voice.types.models.start_streaming_request",
        "StartStreamingRequestCustomParametersItem",
    ),
    "StartStreamingRequestStreamTrack": (
        "telnyx_voice.types.models.start_streaming_request",
        "StartStreamingRequestStreamTrack",
    ),
    "StopForkingRequest": ("telnyx_voice.types.models.stop_forking_request", "StopForkingRequest"),
    "StopForkingRequestStreamType": (
        "telnyx_voice.types.models.stop_forking_request",
        "StopForkingRequestStreamType",
    ),
    "StopGatherRequest": ("telnyx_voice.types.models.stop_gather_request", "StopGatherRequest"),
    "StopRecordingConferenceRequest": (
        "telnyx_voice.types.models.stop_recording_conference_request",
        "StopRecordingConferenceRequest",
    ),
    "StopRecordingRequest": (
        "telnyx_voice.types.models.stop_recording_request",
        "StopRecordingRequest",
    ),
    "StopSiprecRequest": ("telnyx_voice.types.models.stop_siprec_request", "StopSiprecRequest"),
    "StopStreamingRequest": (
        "telnyx_voice.types.models.stop_streaming_request",
        "StopStreamingRequest",
    ),
    "StreamBidirectionalCodec": (
        "telnyx_voice.types.models.stream_bidirectional_codec",
        "StreamBidirectionalCodec",
    ),
    "StreamBidirectionalMode": (
        "telnyx_voice.types.models.stream_bidirectional_mode",
        "StreamBidirectionalMode",
    ),
    "StreamBidirectionalSamplingRate": (
        "telnyx_voice.types.models.stream_bidirectional_sampling_rate",
        "StreamBidirectionalSamplingRate",
    ),
    "StreamBidirectionalTargetLegs": (
        "telnyx_voice.types.models.stream_bidirectional_target_legs",
        "StreamBidirectionalTargetLegs",
    ),
    "StreamCodec": ("telnyx_voice.types.models.stream_codec", "StreamCodec"),
    "SwitchSupervisorRoleRequest": (
        "telnyx_voice.types.models.switch_supervisor_role_request",
        "SwitchSupervisorRoleRequest",
    ),
    "SwitchSupervisorRoleRequestRole": (
        "telnyx_voice.types.models.switch_supervisor_role_request",
        "SwitchSupervisorRoleRequestRole",
    ),
    "SystemMessage": ("telnyx_voice.types.models.system_message", "SystemMessage"),
    "SystemMessageRole": ("telnyx_voice.types.models.system_message_role", "SystemMessageRole"),
    "TelnyxTranscriptionLanguage": (
        "telnyx_voice.types.models.telnyx_transcription_language",
        "TelnyxTranscriptionLanguage",
    ),
    "TelnyxVoiceSettings": (
        "telnyx_voice.types.models.telnyx_voice_settings",
        "TelnyxVoiceSettings",
    ),
    "TelnyxVoiceSettingsType": (
        "telnyx_voice.types.models.telnyx_voice_settings_type",
        "TelnyxVoiceSettingsType",
    ),
    "ToolCall": ("telnyx_voice.types.models.assistant_message", "ToolCall"),
    "ToolCallFunction": ("telnyx_voice.types.models.assistant_message", "ToolCallFunction"),
    "ToolCallType": ("telnyx_voice.types.models.assistant_message", "ToolCallType"),
    "ToolMessage": ("telnyx_voice.types.models.tool_message", "ToolMessage"),
    "ToolMessageRole": ("telnyx_voice.types.models.tool_message_role", "ToolMessageRole"),
    "Transcription": ("telnyx_voice.types.models.transcription_event", "Transcription"),
    "TranscriptionConfig": (
        "telnyx_voice.types.models.transcription_config",
        "TranscriptionConfig",
    ),
    "TranscriptionConfigModel": (
        "telnyx_voice.types.models.transcription_config",
        "TranscriptionConfigModel",
    ),
    "TranscriptionEngineAConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAConfig",
    ),
    "TranscriptionEngineAConfigModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAConfigModel",
    ),
    "TranscriptionEngineAConfigSpeechContextItem": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAConfigSpeechContextItem",
    ),
    "TranscriptionEngineAConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAConfigTranscriptionEngine",
    ),
    "TranscriptionEngineAssemblyaiConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAssemblyaiConfig",
    ),
    "TranscriptionEngineAssemblyaiConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAssemblyaiConfigTranscriptionEngine",
    ),
    "TranscriptionEngineAssemblyaiConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAssemblyaiConfigTranscriptionModel",
    ),
    "TranscriptionEngineAzureConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAzureConfig",
    ),
    "TranscriptionEngineAzureConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineAzureConfigTranscriptionEngine",
    ),
    "TranscriptionEngineBConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineBConfig",
    ),
    "TranscriptionEngineBConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineBConfigTranscriptionEngine",
    ),
    "TranscriptionEngineBConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineBConfigTranscriptionModel",
    ),
    "TranscriptionEngineGoogleConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineGoogleConfig",
    ),
    "TranscriptionEngineGoogleConfigModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineGoogleConfigModel",
    ),
    "TranscriptionEngineGoogleConfigSpeechContextItem": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineGoogleConfigSpeechContextItem",
    ),
    "TranscriptionEngineGoogleConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineGoogleConfigTranscriptionEngine",
    ),
    "TranscriptionEngineParakeetConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineParakeetConfig",
    ),
    "TranscriptionEngineParakeetConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineParakeetConfigTranscriptionEngine",
    ),
    "TranscriptionEngineParakeetConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineParakeetConfigTranscriptionModel",
    ),
    "TranscriptionEngineSonioxConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineSonioxConfig",
    ),
    "TranscriptionEngineSonioxConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineSonioxConfigTranscriptionEngine",
    ),
    "TranscriptionEngineSonioxConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineSonioxConfigTranscriptionModel",
    ),
    "TranscriptionEngineSpeechmaticsConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineSpeechmaticsConfig",
    ),
    "TranscriptionEngineSpeechmaticsConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineSpeechmaticsConfigTranscriptionEngine",
    ),
    "TranscriptionEngineSpeechmaticsConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineSpeechmaticsConfigTranscriptionModel",
    ),
    "TranscriptionEngineTelnyxConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineTelnyxConfig",
    ),
    "TranscriptionEngineTelnyxConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineTelnyxConfigTranscriptionEngine",
    ),
    "TranscriptionEngineTelnyxConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineTelnyxConfigTranscriptionModel",
    ),
    "TranscriptionEngineXaiConfig": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineXaiConfig",
    ),
    "TranscriptionEngineXaiConfigTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineXaiConfigTranscriptionEngine",
    ),
    "TranscriptionEngineXaiConfigTranscriptionModel": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionEngineXaiConfigTranscriptionModel",
    ),
    "TranscriptionEvent": ("telnyx_voice.types.models.transcription_event", "TranscriptionEvent"),
    "TranscriptionLanguage": (
        "telnyx_voice.types.models.start_recording_request",
        "TranscriptionLanguage",
    ),
    "TranscriptionPayload": (
        "telnyx_voice.types.models.transcription_event",
        "TranscriptionPayload",
    ),
    "TranscriptionPayloadTranscriptionData": (
        "telnyx_voice.types.models.transcription_event",
        "TranscriptionPayloadTranscriptionData",
    ),
    "TranscriptionPayloadTranscriptionDataTranscriptionTrack": (
        "telnyx_voice.types.models.transcription_event",
        "TranscriptionPayloadTranscriptionDataTranscriptionTrack",
    ),
    "TranscriptionRecordType": (
        "telnyx_voice.types.models.transcription_event",
        "TranscriptionRecordType",
    ),
    "TranscriptionStartRequest": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionStartRequest",
    ),
    "TranscriptionStartRequestTranscriptionEngine": (
        "telnyx_voice.types.models.transcription_start_request",
        "TranscriptionStartRequestTranscriptionEngine",
    ),
    "TranscriptionStopRequest": (
        "telnyx_voice.types.models.transcription_stop_request",
        "TranscriptionStopRequest",
    ),
    "TransferCallRequest": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequest",
    ),
    "TransferCallRequestAnsweringMachineDetection": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestAnsweringMachineDetection",
    ),
    "TransferCallRequestAnsweringMachineDetectionConfig": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestAnsweringMachineDetectionConfig",
    ),
    "TransferCallRequestMediaEncryption": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestMediaEncryption",
    ),
    "TransferCallRequestMuteDtmf": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestMuteDtmf",
    ),
    "TransferCallRequestPrivacy": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestPrivacy",
    ),
    "TransferCallRequestRecord": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestRecord",
    ),
    "TransferCallRequestRecordChannels": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestRecordChannels",
    ),
    "TransferCallRequestRecordFormat": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestRecordFormat",
    ),
    "TransferCallRequestRecordTrack": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestRecordTrack",
    ),
    "TransferCallRequestRecordTrim": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestRecordTrim",
    ),
    "TransferCallRequestSipRegion": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestSipRegion",
    ),
    "TransferCallRequestSipTransportProtocol": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestSipTransportProtocol",
    ),
    "TransferCallRequestWebhookRetriesPoliciesValue": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestWebhookRetriesPoliciesValue",
    ),
    "TransferCallRequestWebhookUrlMethod": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestWebhookUrlMethod",
    ),
    "TransferCallRequestWebhookUrlsMethod": (
        "telnyx_voice.types.models.transfer_call_request",
        "TransferCallRequestWebhookUrlsMethod",
    ),
    "TransferTool": ("telnyx_voice.types.models.transfer_tool", "TransferTool"),
    "TransferToolType": ("telnyx_voice.types.models.transfer_tool_type", "TransferToolType"),
    "UpdateConferenceParticipantRequest": (
        "telnyx_voice.types.models.update_conference_participant_request",
        "UpdateConferenceParticipantRequest",
    ),
    "UpdateConferenceParticipantRequestBeepEnabled": (
        "telnyx_voice.types.models.update_conference_participant_request",
        "UpdateConferenceParticipantRequestBeepEnabled",
    ),
    "UpdateConferenceRequest": (
        "telnyx_voice.types.models.update_conference_request",
        "UpdateConferenceRequest",
    ),
    "UpdateConferenceRequestSupervisorRole": (
        "telnyx_voice.types.models.update_conference_request",
        "UpdateConferenceRequestSupervisorRole",
    ),
    "UpdateQueueRequest": ("telnyx_voice.types.models.update_queue_request", "UpdateQueueRequest"),
    "UpdateQueuedCallRequest": (
        "telnyx_voice.types.models.update_queued_call_request",
        "UpdateQueuedCallRequest",
    ),
    "UserMessage": ("telnyx_voice.types.models.user_message", "UserMessage"),
    "UserMessageRole": ("telnyx_voice.types.models.user_message_role", "UserMessageRole"),
    "WebhookTool": ("telnyx_voice.types.models.webhook_tool", "WebhookTool"),
    "WebhookToolType": ("telnyx_voice.types.models.webhook_tool_type", "WebhookToolType"),
    "XAIVoiceSettings": ("telnyx_voice.types.models.xai_voice_settings", "XAIVoiceSettings"),
    "XAIVoiceSettingsType": (
        "telnyx_voice.types.models.xai_voice_settings_type",
        "XAIVoiceSettingsType",
    ),
    "XaiTranscriptionLanguage": (
        "telnyx_voice.types.models.transcription_start_request",
        "XaiTranscriptionLanguage",
    ),
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
