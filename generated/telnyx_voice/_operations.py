"""Every operation of the voice surface, one constant each (method, path, models, retry safety, latency category)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telnyx_voice._operation import Operation, QueryParam

if TYPE_CHECKING:
    from telnyx_voice.types.models import (
        ActiveCall,
        CallControlCommandResponse,
        CallControlCommandResponseWithConversationID,
        CallControlCommandResponseWithConversationRelayID,
        CallControlCommandResponseWithRecordingID,
        Conference,
        ConferenceCommandResponse,
        ConferenceParticipantResource,
        ConferenceResponse,
        Participant,
        Queue,
        QueueCall,
        QueueCallResponse,
        QueueResponse,
        RetrieveCallStatusResponse,
        RetrieveCallStatusResponseWithRecordingID,
    )

CALLS_DIAL: Operation[RetrieveCallStatusResponseWithRecordingID] = Operation(
    operation_id="DialCall",
    method="POST",
    path="/calls",
    request_model="telnyx_voice.types.models:CallRequest",
    response_model="telnyx_voice.types.models:RetrieveCallStatusResponseWithRecordingID",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    open_objects=frozenset(
        {
            "CallAssistantRequestMcpServersItem",
            "CallAssistantRequestObservabilitySettings",
            "ConversationRelayStructuredProvider",
            "ConversationRelayTranscriptionEngineConfig",
        }
    ),
    base64_fields=("client_state",),
)

CALLS_RETRIEVE_STATUS: Operation[RetrieveCallStatusResponse] = Operation(
    operation_id="RetrieveCallStatus",
    method="GET",
    path="/calls/{call_control_id}",
    path_params=("call_control_id",),
    response_model="telnyx_voice.types.models:RetrieveCallStatusResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

CALLS_ACTIONS_ADD_AI_ASSISTANT_MESSAGES: Operation[CallControlCommandResponse] = Operation(
    operation_id="CallAddMessagesToAIAssistant",
    method="POST",
    path="/calls/{call_control_id}/actions/ai_assistant_add_messages",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:AIAssistantAddMessagesRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    open_objects=frozenset(
        {
            "MessageMetadata",
        }
    ),
    base64_fields=("client_state",),
)

CALLS_ACTIONS_ANSWER: Operation[CallControlCommandResponseWithRecordingID] = Operation(
    operation_id="AnswerCall",
    method="POST",
    path="/calls/{call_control_id}/actions/answer",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:AnswerRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponseWithRecordingID",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    open_objects=frozenset(
        {
            "CallAssistantRequestMcpServersItem",
            "CallAssistantRequestObservabilitySettings",
            "ConversationRelayStructuredProvider",
            "ConversationRelayTranscriptionEngineConfig",
        }
    ),
    base64_fields=("client_state",),
)

CALLS_ACTIONS_BRIDGE: Operation[CallControlCommandResponse] = Operation(
    operation_id="BridgeCall",
    method="POST",
    path="/calls/{call_control_id}/actions/bridge",
    path_params=("call_control_id",),
    path_arguments=("call_control_id_to_bridge",),
    request_model="telnyx_voice.types.models:BridgeRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_ENQUEUE: Operation[CallControlCommandResponse] = Operation(
    operation_id="EnqueueCall",
    method="POST",
    path="/calls/{call_control_id}/actions/enqueue",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:EnqueueRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_GATHER: Operation[CallControlCommandResponse] = Operation(
    operation_id="GatherCall",
    method="POST",
    path="/calls/{call_control_id}/actions/gather",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:GatherRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_GATHER_USING_AI: Operation[CallControlCommandResponseWithConversationID] = Operation(
    operation_id="callGatherUsingAI",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_using_ai",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:GatherUsingAIRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponseWithConversationID",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_GATHER_USING_AUDIO: Operation[CallControlCommandResponse] = Operation(
    operation_id="GatherUsingAudio",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_using_audio",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:GatherUsingAudioRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_GATHER_USING_SPEAK: Operation[CallControlCommandResponse] = Operation(
    operation_id="GatherUsingSpeak",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_using_speak",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:GatherUsingSpeakRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_HANGUP: Operation[CallControlCommandResponse] = Operation(
    operation_id="HangupCall",
    method="POST",
    path="/calls/{call_control_id}/actions/hangup",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:HangupRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_JOIN_AI_ASSISTANT: Operation[CallControlCommandResponseWithConversationID] = (
    Operation(
        operation_id="CallJoinAIAssistant",
        method="POST",
        path="/calls/{call_control_id}/actions/ai_assistant_join",
        path_params=("call_control_id",),
        request_model="telnyx_voice.types.models:AIAssistantJoinRequest",
        response_model="telnyx_voice.types.models:CallControlCommandResponseWithConversationID",
        takes_command_id=True,
        idempotent=True,
        latency_category="interactive",
        base64_fields=("client_state",),
    )
)

CALLS_ACTIONS_LEAVE_QUEUE: Operation[CallControlCommandResponse] = Operation(
    operation_id="LeaveQueue",
    method="POST",
    path="/calls/{call_control_id}/actions/leave_queue",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:LeaveQueueRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_PAUSE_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="PauseCallRecording",
    method="POST",
    path="/calls/{call_control_id}/actions/record_pause",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:PauseRecordingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_REFER: Operation[CallControlCommandResponse] = Operation(
    operation_id="ReferCall",
    method="POST",
    path="/calls/{call_control_id}/actions/refer",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:ReferRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_REJECT: Operation[CallControlCommandResponse] = Operation(
    operation_id="RejectCall",
    method="POST",
    path="/calls/{call_control_id}/actions/reject",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:RejectRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_RESUME_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="ResumeCallRecording",
    method="POST",
    path="/calls/{call_control_id}/actions/record_resume",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:ResumeRecordingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_SEND_DTMF: Operation[CallControlCommandResponse] = Operation(
    operation_id="SendDTMF",
    method="POST",
    path="/calls/{call_control_id}/actions/send_dtmf",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:SendDTMFRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_SEND_SIP_INFO: Operation[CallControlCommandResponse] = Operation(
    operation_id="SendSIPInfo",
    method="POST",
    path="/calls/{call_control_id}/actions/send_sip_info",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:SendSIPInfoRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_SPEAK: Operation[CallControlCommandResponse] = Operation(
    operation_id="SpeakCall",
    method="POST",
    path="/calls/{call_control_id}/actions/speak",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:SpeakRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_AI_ASSISTANT: Operation[CallControlCommandResponseWithConversationID] = (
    Operation(
        operation_id="CallStartAIAssistant",
        method="POST",
        path="/calls/{call_control_id}/actions/ai_assistant_start",
        path_params=("call_control_id",),
        request_model="telnyx_voice.types.models:AIAssistantStartRequest",
        response_model="telnyx_voice.types.models:CallControlCommandResponseWithConversationID",
        takes_command_id=True,
        idempotent=True,
        latency_category="interactive",
        open_objects=frozenset(
            {
                "CallAssistantRequestMcpServersItem",
                "CallAssistantRequestObservabilitySettings",
                "MessageMetadata",
            }
        ),
        base64_fields=("client_state",),
    )
)

CALLS_ACTIONS_START_CONVERSATION_RELAY: Operation[
    CallControlCommandResponseWithConversationRelayID
] = Operation(
    operation_id="CallStartConversationRelay",
    method="POST",
    path="/calls/{call_control_id}/actions/conversation_relay_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:ConversationRelayStartRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponseWithConversationRelayID",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    open_objects=frozenset(
        {
            "ConversationRelayAssistant",
            "ConversationRelayStructuredProvider",
            "ConversationRelayTranscriptionEngineConfig",
        }
    ),
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_FORKING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallFork",
    method="POST",
    path="/calls/{call_control_id}/actions/fork_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StartForkingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_NOISE_SUPPRESSION: Operation[CallControlCommandResponse] = Operation(
    operation_id="noiseSuppressionStart",
    method="POST",
    path="/calls/{call_control_id}/actions/suppression_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:NoiseSuppressionStart",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_PLAYBACK: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallPlayback",
    method="POST",
    path="/calls/{call_control_id}/actions/playback_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:PlayAudioUrlRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=(
        "client_state",
        "playback_content",
    ),
)

CALLS_ACTIONS_START_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallRecord",
    method="POST",
    path="/calls/{call_control_id}/actions/record_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StartRecordingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_SIPREC: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartSiprecSession",
    method="POST",
    path="/calls/{call_control_id}/actions/siprec_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StartSiprecRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_STREAMING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallStreaming",
    method="POST",
    path="/calls/{call_control_id}/actions/streaming_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StartStreamingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_START_TRANSCRIPTION: Operation[CallControlCommandResponse] = Operation(
    operation_id="StartCallTranscription",
    method="POST",
    path="/calls/{call_control_id}/actions/transcription_start",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:TranscriptionStartRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_AI_ASSISTANT: Operation[CallControlCommandResponse] = Operation(
    operation_id="CallStopAIAssistant",
    method="POST",
    path="/calls/{call_control_id}/actions/ai_assistant_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:AIAssistantStopRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_CONVERSATION_RELAY: Operation[CallControlCommandResponse] = Operation(
    operation_id="CallStopConversationRelay",
    method="POST",
    path="/calls/{call_control_id}/actions/conversation_relay_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:ConversationRelayStopRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_FORKING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallFork",
    method="POST",
    path="/calls/{call_control_id}/actions/fork_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StopForkingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_GATHER: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallGather",
    method="POST",
    path="/calls/{call_control_id}/actions/gather_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StopGatherRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_NOISE_SUPPRESSION: Operation[CallControlCommandResponse] = Operation(
    operation_id="noiseSuppressionStop",
    method="POST",
    path="/calls/{call_control_id}/actions/suppression_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:NoiseSuppressionStop",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_PLAYBACK: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallPlayback",
    method="POST",
    path="/calls/{call_control_id}/actions/playback_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:PlaybackStopRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_RECORDING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallRecording",
    method="POST",
    path="/calls/{call_control_id}/actions/record_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StopRecordingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_SIPREC: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopSiprecSession",
    method="POST",
    path="/calls/{call_control_id}/actions/siprec_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StopSiprecRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_STREAMING: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallStreaming",
    method="POST",
    path="/calls/{call_control_id}/actions/streaming_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:StopStreamingRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_STOP_TRANSCRIPTION: Operation[CallControlCommandResponse] = Operation(
    operation_id="StopCallTranscription",
    method="POST",
    path="/calls/{call_control_id}/actions/transcription_stop",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:TranscriptionStopRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CALLS_ACTIONS_SWITCH_SUPERVISOR_ROLE: Operation[CallControlCommandResponse] = Operation(
    operation_id="SwitchSupervisorRole",
    method="POST",
    path="/calls/{call_control_id}/actions/switch_supervisor_role",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:SwitchSupervisorRoleRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CALLS_ACTIONS_TRANSFER: Operation[CallControlCommandResponse] = Operation(
    operation_id="TransferCall",
    method="POST",
    path="/calls/{call_control_id}/actions/transfer",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:TransferCallRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=(
        "client_state",
        "target_leg_client_state",
    ),
)

CALLS_ACTIONS_UPDATE_CLIENT_STATE: Operation[CallControlCommandResponse] = Operation(
    operation_id="UpdateClientState",
    method="PUT",
    path="/calls/{call_control_id}/actions/client_state_update",
    path_params=("call_control_id",),
    request_model="telnyx_voice.types.models:ClientStateUpdateRequest",
    response_model="telnyx_voice.types.models:CallControlCommandResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CONFERENCES_CREATE: Operation[ConferenceResponse] = Operation(
    operation_id="CreateConference",
    method="POST",
    path="/conferences",
    request_model="telnyx_voice.types.models:CreateConferenceRequest",
    response_model="telnyx_voice.types.models:ConferenceResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CONFERENCES_LIST: Operation[Conference] = Operation(
    operation_id="ListConferences",
    method="GET",
    path="/conferences",
    query=(
        QueryParam("filter", "filter", "deepObject", True),
        QueryParam("page", "page", "deepObject", True),
        QueryParam("page_number", "page[number]", "form", True),
        QueryParam("page_size", "page[size]", "form", True),
        QueryParam("region", "region", "form", True),
    ),
    response_model="telnyx_voice.types.models:ListConferencesResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="responsive",
    pagination="page_number",
)

CONFERENCES_LIST_PARTICIPANTS: Operation[Participant] = Operation(
    operation_id="ListConferenceParticipants",
    method="GET",
    path="/conferences/{conference_id}/participants",
    path_params=("conference_id",),
    query=(
        QueryParam("filter", "filter", "deepObject", True),
        QueryParam("page", "page", "deepObject", True),
        QueryParam("page_number", "page[number]", "form", True),
        QueryParam("page_size", "page[size]", "form", True),
        QueryParam("region", "region", "form", True),
    ),
    response_model="telnyx_voice.types.models:ListParticipantsResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
    pagination="page_number",
)

CONFERENCES_RETRIEVE: Operation[ConferenceResponse] = Operation(
    operation_id="RetrieveConference",
    method="GET",
    path="/conferences/{id}",
    path_params=("id",),
    query=(QueryParam("region", "region", "form", True),),
    response_model="telnyx_voice.types.models:ConferenceResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_RETRIEVE_PARTICIPANT: Operation[ConferenceParticipantResource] = Operation(
    operation_id="RetrieveConferenceParticipant",
    method="GET",
    path="/conferences/{id}/participants/{participant_id}",
    path_params=(
        "id",
        "participant_id",
    ),
    response_model="telnyx_voice.types.models:ConferenceParticipantResource",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_UPDATE_PARTICIPANT: Operation[ConferenceParticipantResource] = Operation(
    operation_id="UpdateConferenceParticipant",
    method="PATCH",
    path="/conferences/{id}/participants/{participant_id}",
    path_params=(
        "id",
        "participant_id",
    ),
    request_model="telnyx_voice.types.models:UpdateConferenceParticipantRequest",
    response_model="telnyx_voice.types.models:ConferenceParticipantResource",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_END_CONFERENCE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="EndConference",
    method="POST",
    path="/conferences/{id}/actions/end",
    path_params=("id",),
    request_model="telnyx_voice.types.models:EndConferenceRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_GATHER_DTMF_AUDIO: Operation[ConferenceCommandResponse] = Operation(
    operation_id="ConferenceGatherUsingAudio",
    method="POST",
    path="/conferences/{id}/actions/gather_using_audio",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceGatherUsingAudioRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CONFERENCES_ACTIONS_HOLD: Operation[ConferenceCommandResponse] = Operation(
    operation_id="HoldConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/hold",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceHoldRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_JOIN: Operation[ConferenceCommandResponse] = Operation(
    operation_id="JoinConference",
    method="POST",
    path="/conferences/{id}/actions/join",
    path_params=("id",),
    request_model="telnyx_voice.types.models:JoinConferenceRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CONFERENCES_ACTIONS_LEAVE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="LeaveConference",
    method="POST",
    path="/conferences/{id}/actions/leave",
    path_params=("id",),
    request_model="telnyx_voice.types.models:LeaveConferenceRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_MUTE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="MuteConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/mute",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceMuteRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_PLAY: Operation[ConferenceCommandResponse] = Operation(
    operation_id="PlayConferenceAudio",
    method="POST",
    path="/conferences/{id}/actions/play",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferencePlayRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_RECORD_PAUSE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="PauseConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_pause",
    path_params=("id",),
    request_model="telnyx_voice.types.models:PauseConferenceRecordingRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_RECORD_RESUME: Operation[ConferenceCommandResponse] = Operation(
    operation_id="ResumeConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_resume",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ResumeConferenceRecordingRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_RECORD_START: Operation[ConferenceCommandResponse] = Operation(
    operation_id="StartConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_start",
    path_params=("id",),
    request_model="telnyx_voice.types.models:StartConferenceRecordingRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_RECORD_STOP: Operation[ConferenceCommandResponse] = Operation(
    operation_id="StopConferenceRecording",
    method="POST",
    path="/conferences/{id}/actions/record_stop",
    path_params=("id",),
    request_model="telnyx_voice.types.models:StopRecordingConferenceRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CONFERENCES_ACTIONS_SEND_DTMF: Operation[ConferenceCommandResponse] = Operation(
    operation_id="ConferenceSendDTMF",
    method="POST",
    path="/conferences/{id}/actions/send_dtmf",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceSendDTMFRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
    base64_fields=("client_state",),
)

CONFERENCES_ACTIONS_SPEAK: Operation[ConferenceCommandResponse] = Operation(
    operation_id="SpeakTextToConference",
    method="POST",
    path="/conferences/{id}/actions/speak",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceSpeakRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_STOP: Operation[ConferenceCommandResponse] = Operation(
    operation_id="StopConferenceAudio",
    method="POST",
    path="/conferences/{id}/actions/stop",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceStopRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_UNHOLD: Operation[ConferenceCommandResponse] = Operation(
    operation_id="UnholdConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/unhold",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceUnholdRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_UNMUTE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="UnmuteConferenceParticipants",
    method="POST",
    path="/conferences/{id}/actions/unmute",
    path_params=("id",),
    request_model="telnyx_voice.types.models:ConferenceUnmuteRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

CONFERENCES_ACTIONS_UPDATE: Operation[ConferenceCommandResponse] = Operation(
    operation_id="UpdateConference",
    method="POST",
    path="/conferences/{id}/actions/update",
    path_params=("id",),
    request_model="telnyx_voice.types.models:UpdateConferenceRequest",
    response_model="telnyx_voice.types.models:ConferenceCommandResponse",
    takes_command_id=True,
    idempotent=True,
    latency_category="interactive",
)

CONNECTIONS_LIST_ACTIVE_CALLS: Operation[ActiveCall] = Operation(
    operation_id="ListConnectionActiveCalls",
    method="GET",
    path="/connections/{connection_id}/active_calls",
    path_params=("connection_id",),
    query=(
        QueryParam("page", "page", "deepObject", True),
        QueryParam("page_number", "page[number]", "form", True),
        QueryParam("page_size", "page[size]", "form", True),
    ),
    response_model="telnyx_voice.types.models:ActiveCallsResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="responsive",
    pagination="cursor",
)

QUEUES_CREATE: Operation[QueueResponse] = Operation(
    operation_id="CreateQueue",
    method="POST",
    path="/queues",
    request_model="telnyx_voice.types.models:CreateQueueRequest",
    response_model="telnyx_voice.types.models:QueueResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

QUEUES_DELETE: Operation[None] = Operation(
    operation_id="DeleteQueue",
    method="DELETE",
    path="/queues/{queue_name}",
    path_params=("queue_name",),
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

QUEUES_LIST: Operation[Queue] = Operation(
    operation_id="ListQueues",
    method="GET",
    path="/queues",
    query=(
        QueryParam("page_number", "page[number]", "form", True),
        QueryParam("page_size", "page[size]", "form", True),
    ),
    response_model="telnyx_voice.types.models:ListQueuesResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
    pagination="page_number",
)

QUEUES_RETRIEVE: Operation[QueueResponse] = Operation(
    operation_id="RetrieveCallQueue",
    method="GET",
    path="/queues/{queue_name}",
    path_params=("queue_name",),
    response_model="telnyx_voice.types.models:QueueResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

QUEUES_UPDATE: Operation[QueueResponse] = Operation(
    operation_id="UpdateQueue",
    method="POST",
    path="/queues/{queue_name}",
    path_params=("queue_name",),
    request_model="telnyx_voice.types.models:UpdateQueueRequest",
    response_model="telnyx_voice.types.models:QueueResponse",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)

QUEUES_CALLS_LIST: Operation[QueueCall] = Operation(
    operation_id="ListQueueCalls",
    method="GET",
    path="/queues/{queue_name}/calls",
    path_params=("queue_name",),
    query=(
        QueryParam("page", "page", "deepObject", True),
        QueryParam("page_number", "page[number]", "form", True),
        QueryParam("page_size", "page[size]", "form", True),
    ),
    response_model="telnyx_voice.types.models:ListQueueCallsResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
    pagination="page_number",
)

QUEUES_CALLS_REMOVE: Operation[None] = Operation(
    operation_id="RemoveQueueCall",
    method="DELETE",
    path="/queues/{queue_name}/calls/{call_control_id}",
    path_params=(
        "queue_name",
        "call_control_id",
    ),
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

QUEUES_CALLS_RETRIEVE: Operation[QueueCallResponse] = Operation(
    operation_id="RetrieveCallFromQueue",
    method="GET",
    path="/queues/{queue_name}/calls/{call_control_id}",
    path_params=(
        "queue_name",
        "call_control_id",
    ),
    response_model="telnyx_voice.types.models:QueueCallResponse",
    takes_command_id=False,
    idempotent=True,
    latency_category="interactive",
)

QUEUES_CALLS_UPDATE: Operation[None] = Operation(
    operation_id="UpdateCallInQueue",
    method="PATCH",
    path="/queues/{queue_name}/calls/{call_control_id}",
    path_params=(
        "queue_name",
        "call_control_id",
    ),
    request_model="telnyx_voice.types.models:UpdateQueuedCallRequest",
    takes_command_id=False,
    idempotent=False,
    latency_category="interactive",
)
