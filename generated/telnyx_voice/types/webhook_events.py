"""The webhook event registry: `event_type` -> the model of that event.

Parsing a webhook looks up `data.event_type` (or the top-level `event_type`, where the
spec puts it there) once in `EVENT_TYPES`; an event type that is not listed becomes an
`UnknownEvent` (see `telnyx_voice.webhooks`).
"""

from __future__ import annotations

from typing import TypeAlias

from pydantic import BaseModel

from telnyx_voice.types.models import (
    CallAIGatherEndedEvent,
    CallAIGatherMessageHistoryUpdatedEvent,
    CallAIGatherPartialResultsEvent,
    CallAnsweredEvent,
    CallBridgedEvent,
    CallConversationEndedEvent,
    CallConversationInsightsGeneratedEvent,
    CallCostEvent,
    CallDeepfakeDetectionErrorEvent,
    CallDeepfakeDetectionResultEvent,
    CallDtmfReceivedEvent,
    CallEnqueuedEvent,
    CallForkStartedEvent,
    CallForkStoppedEvent,
    CallGatherEndedEvent,
    CallHangupEvent,
    CallHoldEvent,
    CallInitiatedEvent,
    CallLeftQueueEvent,
    CallMachineDetectionEndedEvent,
    CallMachineGreetingEndedEvent,
    CallMachinePremiumDetectionEndedEvent,
    CallMachinePremiumGreetingEndedEvent,
    CallPlaybackEndedEvent,
    CallPlaybackStartedEvent,
    CallRecordingErrorEvent,
    CallRecordingSavedEvent,
    CallRecordingTranscriptionSavedEvent,
    CallReferCompletedEvent,
    CallReferFailedEvent,
    CallReferStartedEvent,
    CallSiprecFailedEvent,
    CallSiprecStartedEvent,
    CallSiprecStoppedEvent,
    CallSpeakEndedEvent,
    CallSpeakStartedEvent,
    CallStreamingFailedEvent,
    CallStreamingStartedEvent,
    CallStreamingStoppedEvent,
    CallUnholdEvent,
    ConferenceCreatedEvent,
    ConferenceEndedEvent,
    ConferenceFloorChangedEvent,
    ConferenceParticipantJoinedEvent,
    ConferenceParticipantLeftEvent,
    ConferenceParticipantPlaybackEndedEvent,
    ConferenceParticipantPlaybackStartedEvent,
    ConferenceParticipantSpeakEndedEvent,
    ConferenceParticipantSpeakStartedEvent,
    ConferencePlaybackEndedEvent,
    ConferencePlaybackStartedEvent,
    ConferenceRecordingSavedEvent,
    ConferenceSpeakEndedEvent,
    ConferenceSpeakStartedEvent,
    TranscriptionEvent,
)

# the event classes are re-exported explicitly (`from telnyx_voice.types.webhook_events
# import CallGatherEndedEvent` type-checks)
__all__ = [
    "EVENT_TYPES",
    "WebhookEvent",
    "CallAIGatherEndedEvent",
    "CallAIGatherMessageHistoryUpdatedEvent",
    "CallAIGatherPartialResultsEvent",
    "CallAnsweredEvent",
    "CallBridgedEvent",
    "CallConversationEndedEvent",
    "CallConversationInsightsGeneratedEvent",
    "CallCostEvent",
    "CallDeepfakeDetectionErrorEvent",
    "CallDeepfakeDetectionResultEvent",
    "CallLeftQueueEvent",
    "CallDtmfReceivedEvent",
    "CallEnqueuedEvent",
    "CallForkStartedEvent",
    "CallForkStoppedEvent",
    "CallGatherEndedEvent",
    "CallHangupEvent",
    "CallHoldEvent",
    "CallInitiatedEvent",
    "CallMachineDetectionEndedEvent",
    "CallMachineGreetingEndedEvent",
    "CallMachinePremiumDetectionEndedEvent",
    "CallMachinePremiumGreetingEndedEvent",
    "CallPlaybackEndedEvent",
    "CallPlaybackStartedEvent",
    "CallRecordingErrorEvent",
    "CallRecordingSavedEvent",
    "CallRecordingTranscriptionSavedEvent",
    "CallReferCompletedEvent",
    "CallReferFailedEvent",
    "CallReferStartedEvent",
    "CallSpeakEndedEvent",
    "CallSpeakStartedEvent",
    "TranscriptionEvent",
    "CallUnholdEvent",
    "ConferenceCreatedEvent",
    "ConferenceEndedEvent",
    "ConferenceFloorChangedEvent",
    "ConferenceParticipantJoinedEvent",
    "ConferenceParticipantLeftEvent",
    "ConferenceParticipantPlaybackEndedEvent",
    "ConferenceParticipantPlaybackStartedEvent",
    "ConferenceParticipantSpeakEndedEvent",
    "ConferenceParticipantSpeakStartedEvent",
    "ConferencePlaybackEndedEvent",
    "ConferencePlaybackStartedEvent",
    "ConferenceRecordingSavedEvent",
    "ConferenceSpeakEndedEvent",
    "ConferenceSpeakStartedEvent",
    "CallSiprecFailedEvent",
    "CallSiprecStartedEvent",
    "CallSiprecStoppedEvent",
    "CallStreamingFailedEvent",
    "CallStreamingStartedEvent",
    "CallStreamingStoppedEvent",
]

WebhookEvent: TypeAlias = (
    CallAIGatherEndedEvent
    | CallAIGatherMessageHistoryUpdatedEvent
    | CallAIGatherPartialResultsEvent
    | CallAnsweredEvent
    | CallBridgedEvent
    | CallConversationEndedEvent
    | CallConversationInsightsGeneratedEvent
    | CallCostEvent
    | CallDeepfakeDetectionErrorEvent
    | CallDeepfakeDetectionResultEvent
    | CallLeftQueueEvent
    | CallDtmfReceivedEvent
    | CallEnqueuedEvent
    | CallForkStartedEvent
    | CallForkStoppedEvent
    | CallGatherEndedEvent
    | CallHangupEvent
    | CallHoldEvent
    | CallInitiatedEvent
    | CallMachineDetectionEndedEvent
    | CallMachineGreetingEndedEvent
    | CallMachinePremiumDetectionEndedEvent
    | CallMachinePremiumGreetingEndedEvent
    | CallPlaybackEndedEvent
    | CallPlaybackStartedEvent
    | CallRecordingErrorEvent
    | CallRecordingSavedEvent
    | CallRecordingTranscriptionSavedEvent
    | CallReferCompletedEvent
    | CallReferFailedEvent
    | CallReferStartedEvent
    | CallSpeakEndedEvent
    | CallSpeakStartedEvent
    | TranscriptionEvent
    | CallUnholdEvent
    | ConferenceCreatedEvent
    | ConferenceEndedEvent
    | ConferenceFloorChangedEvent
    | ConferenceParticipantJoinedEvent
    | ConferenceParticipantLeftEvent
    | ConferenceParticipantPlaybackEndedEvent
    | ConferenceParticipantPlaybackStartedEvent
    | ConferenceParticipantSpeakEndedEvent
    | ConferenceParticipantSpeakStartedEvent
    | ConferencePlaybackEndedEvent
    | ConferencePlaybackStartedEvent
    | ConferenceRecordingSavedEvent
    | ConferenceSpeakEndedEvent
    | ConferenceSpeakStartedEvent
    | CallSiprecFailedEvent
    | CallSiprecStartedEvent
    | CallSiprecStoppedEvent
    | CallStreamingFailedEvent
    | CallStreamingStartedEvent
    | CallStreamingStoppedEvent
)
"""Any of the 55 voice webhook events."""

EVENT_TYPES: dict[str, type[BaseModel]] = {
    "call.ai_gather.ended": CallAIGatherEndedEvent,
    "call.ai_gather.message_history_updated": CallAIGatherMessageHistoryUpdatedEvent,
    "call.ai_gather.partial_results": CallAIGatherPartialResultsEvent,
    "call.answered": CallAnsweredEvent,
    "call.bridged": CallBridgedEvent,
    "call.conversation.ended": CallConversationEndedEvent,
    "call.conversation_insights.generated": CallConversationInsightsGeneratedEvent,
    "call.cost": CallCostEvent,
    "call.deepfake_detection.error": CallDeepfakeDetectionErrorEvent,
    "call.deepfake_detection.result": CallDeepfakeDetectionResultEvent,
    "call.dequeued": CallLeftQueueEvent,
    "call.dtmf.received": CallDtmfReceivedEvent,
    "call.enqueued": CallEnqueuedEvent,
    "call.fork.started": CallForkStartedEvent,
    "call.fork.stopped": CallForkStoppedEvent,
    "call.gather.ended": CallGatherEndedEvent,
    "call.hangup": CallHangupEvent,
    "call.hold": CallHoldEvent,
    "call.initiated": CallInitiatedEvent,
    "call.machine.detection.ended": CallMachineDetectionEndedEvent,
    "call.machine.greeting.ended": CallMachineGreetingEndedEvent,
    "call.machine.premium.detection.ended": CallMachinePremiumDetectionEndedEvent,
    "call.machine.premium.greeting.ended": CallMachinePremiumGreetingEndedEvent,
    "call.playback.ended": CallPlaybackEndedEvent,
    "call.playback.started": CallPlaybackStartedEvent,
    "call.recording.error": CallRecordingErrorEvent,
    "call.recording.saved": CallRecordingSavedEvent,
    "call.recording.transcription.saved": CallRecordingTranscriptionSavedEvent,
    "call.refer.completed": CallReferCompletedEvent,
    "call.refer.failed": CallReferFailedEvent,
    "call.refer.started": CallReferStartedEvent,
    "call.speak.ended": CallSpeakEndedEvent,
    "call.speak.started": CallSpeakStartedEvent,
    "call.transcription": TranscriptionEvent,
    "call.unhold": CallUnholdEvent,
    "conference.created": ConferenceCreatedEvent,
    "conference.ended": ConferenceEndedEvent,
    "conference.floor.changed": ConferenceFloorChangedEvent,
    "conference.participant.joined": ConferenceParticipantJoinedEvent,
    "conference.participant.left": ConferenceParticipantLeftEvent,
    "conference.participant.playback.ended": ConferenceParticipantPlaybackEndedEvent,
    "conference.participant.playback.started": ConferenceParticipantPlaybackStartedEvent,
    "conference.participant.speak.ended": ConferenceParticipantSpeakEndedEvent,
    "conference.participant.speak.started": ConferenceParticipantSpeakStartedEvent,
    "conference.playback.ended": ConferencePlaybackEndedEvent,
    "conference.playback.started": ConferencePlaybackStartedEvent,
    "conference.recording.saved": ConferenceRecordingSavedEvent,
    "conference.speak.ended": ConferenceSpeakEndedEvent,
    "conference.speak.started": ConferenceSpeakStartedEvent,
    "siprec.failed": CallSiprecFailedEvent,
    "siprec.started": CallSiprecStartedEvent,
    "siprec.stopped": CallSiprecStoppedEvent,
    "streaming.failed": CallStreamingFailedEvent,
    "streaming.started": CallStreamingStartedEvent,
    "streaming.stopped": CallStreamingStoppedEvent,
}
