"""The webhook event registry: `event_type` -> the model of that event.

Parsing a webhook looks up `data.event_type` (or the top-level `event_type`, where the
spec puts it there) once in `EVENT_TYPES`; an event type that is not listed becomes an
`UnknownEvent` (see `telnyx_voice.webhooks`). The registry imports an event's model
module the first time that event type is looked up, so parsing a `call.answered` webhook
builds only `CallAnsweredEvent` and the models it uses.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from typing import TypeAlias

    from telnyx_voice.types.models.call_ai_gather_ended_event import (
        CallAIGatherEndedEvent as CallAIGatherEndedEvent,
    )
    from telnyx_voice.types.models.call_ai_gather_message_history_updated_event import (
        CallAIGatherMessageHistoryUpdatedEvent as CallAIGatherMessageHistoryUpdatedEvent,
    )
    from telnyx_voice.types.models.call_ai_gather_partial_results_event import (
        CallAIGatherPartialResultsEvent as CallAIGatherPartialResultsEvent,
    )
    from telnyx_voice.types.models.call_answered_event import CallAnsweredEvent as CallAnsweredEvent
    from telnyx_voice.types.models.call_bridged_event import CallBridgedEvent as CallBridgedEvent
    from telnyx_voice.types.models.call_conversation_ended_event import (
        CallConversationEndedEvent as CallConversationEndedEvent,
    )
    from telnyx_voice.types.models.call_conversation_insights_generated_event import (
        CallConversationInsightsGeneratedEvent as CallConversationInsightsGeneratedEvent,
    )
    from telnyx_voice.types.models.call_cost_event import CallCostEvent as CallCostEvent
    from telnyx_voice.types.models.call_deepfake_detection_error_event import (
        CallDeepfakeDetectionErrorEvent as CallDeepfakeDetectionErrorEvent,
    )
    from telnyx_voice.types.models.call_deepfake_detection_result_event import (
        CallDeepfakeDetectionResultEvent as CallDeepfakeDetectionResultEvent,
    )
    from telnyx_voice.types.models.call_dtmf_received_event import (
        CallDtmfReceivedEvent as CallDtmfReceivedEvent,
    )
    from telnyx_voice.types.models.call_enqueued_event import CallEnqueuedEvent as CallEnqueuedEvent
    from telnyx_voice.types.models.call_fork_started_event import (
        CallForkStartedEvent as CallForkStartedEvent,
    )
    from telnyx_voice.types.models.call_fork_stopped_event import (
        CallForkStoppedEvent as CallForkStoppedEvent,
    )
    from telnyx_voice.types.models.call_gather_ended_event import (
        CallGatherEndedEvent as CallGatherEndedEvent,
    )
    from telnyx_voice.types.models.call_hangup_event import CallHangupEvent as CallHangupEvent
    from telnyx_voice.types.models.call_hold_event import CallHoldEvent as CallHoldEvent
    from telnyx_voice.types.models.call_initiated_event import (
        CallInitiatedEvent as CallInitiatedEvent,
    )
    from telnyx_voice.types.models.call_left_queue_event import (
        CallLeftQueueEvent as CallLeftQueueEvent,
    )
    from telnyx_voice.types.models.call_machine_detection_ended_event import (
        CallMachineDetectionEndedEvent as CallMachineDetectionEndedEvent,
    )
    from telnyx_voice.types.models.call_machine_greeting_ended_event import (
        CallMachineGreetingEndedEvent as CallMachineGreetingEndedEvent,
    )
    from telnyx_voice.types.models.call_machine_premium_detection_ended_event import (
        CallMachinePremiumDetectionEndedEvent as CallMachinePremiumDetectionEndedEvent,
    )
    from telnyx_voice.types.models.call_machine_premium_greeting_ended_event import (
        CallMachinePremiumGreetingEndedEvent as CallMachinePremiumGreetingEndedEvent,
    )
    from telnyx_voice.types.models.call_playback_ended_event import (
        CallPlaybackEndedEvent as CallPlaybackEndedEvent,
    )
    from telnyx_voice.types.models.call_playback_started_event import (
        CallPlaybackStartedEvent as CallPlaybackStartedEvent,
    )
    from telnyx_voice.types.models.call_recording_error_event import (
        CallRecordingErrorEvent as CallRecordingErrorEvent,
    )
    from telnyx_voice.types.models.call_recording_saved_event import (
        CallRecordingSavedEvent as CallRecordingSavedEvent,
    )
    from telnyx_voice.types.models.call_recording_transcription_saved_event import (
        CallRecordingTranscriptionSavedEvent as CallRecordingTranscriptionSavedEvent,
    )
    from telnyx_voice.types.models.call_refer_completed_event import (
        CallReferCompletedEvent as CallReferCompletedEvent,
    )
    from telnyx_voice.types.models.call_refer_failed_event import (
        CallReferFailedEvent as CallReferFailedEvent,
    )
    from telnyx_voice.types.models.call_refer_started_event import (
        CallReferStartedEvent as CallReferStartedEvent,
    )
    from telnyx_voice.types.models.call_siprec_failed_event import (
        CallSiprecFailedEvent as CallSiprecFailedEvent,
    )
    from telnyx_voice.types.models.call_siprec_started_event import (
        CallSiprecStartedEvent as CallSiprecStartedEvent,
    )
    from telnyx_voice.types.models.call_siprec_stopped_event import (
        CallSiprecStoppedEvent as CallSiprecStoppedEvent,
    )
    from telnyx_voice.types.models.call_speak_ended_event import (
        CallSpeakEndedEvent as CallSpeakEndedEvent,
    )
    from telnyx_voice.types.models.call_speak_started_event import (
        CallSpeakStartedEvent as CallSpeakStartedEvent,
    )
    from telnyx_voice.types.models.call_streaming_failed_event import (
        CallStreamingFailedEvent as CallStreamingFailedEvent,
    )
    from telnyx_voice.types.models.call_streaming_started_event import (
        CallStreamingStartedEvent as CallStreamingStartedEvent,
    )
    from telnyx_voice.types.models.call_streaming_stopped_event import (
        CallStreamingStoppedEvent as CallStreamingStoppedEvent,
    )
    from telnyx_voice.types.models.call_unhold_event import CallUnholdEvent as CallUnholdEvent
    from telnyx_voice.types.models.conference_created_event import (
        ConferenceCreatedEvent as ConferenceCreatedEvent,
    )
    from telnyx_voice.types.models.conference_ended_event import (
        ConferenceEndedEvent as ConferenceEndedEvent,
    )
    from telnyx_voice.types.models.conference_floor_changed_event import (
        ConferenceFloorChangedEvent as ConferenceFloorChangedEvent,
    )
    from telnyx_voice.types.models.conference_participant_joined_event import (
        ConferenceParticipantJoinedEvent as ConferenceParticipantJoinedEvent,
    )
    from telnyx_voice.types.models.conference_participant_left_event import (
        ConferenceParticipantLeftEvent as ConferenceParticipantLeftEvent,
    )
    from telnyx_voice.types.models.conference_participant_playback_ended_event import (
        ConferenceParticipantPlaybackEndedEvent as ConferenceParticipantPlaybackEndedEvent,
    )
    from telnyx_voice.types.models.conference_participant_playback_started_event import (
        ConferenceParticipantPlaybackStartedEvent as ConferenceParticipantPlaybackStartedEvent,
    )
    from telnyx_voice.types.models.conference_participant_speak_ended_event import (
        ConferenceParticipantSpeakEndedEvent as ConferenceParticipantSpeakEndedEvent,
    )
    from telnyx_voice.types.models.conference_participant_speak_started_event import (
        ConferenceParticipantSpeakStartedEvent as ConferenceParticipantSpeakStartedEvent,
    )
    from telnyx_voice.types.models.conference_playback_ended_event import (
        ConferencePlaybackEndedEvent as ConferencePlaybackEndedEvent,
    )
    from telnyx_voice.types.models.conference_playback_started_event import (
        ConferencePlaybackStartedEvent as ConferencePlaybackStartedEvent,
    )
    from telnyx_voice.types.models.conference_recording_saved_event import (
        ConferenceRecordingSavedEvent as ConferenceRecordingSavedEvent,
    )
    from telnyx_voice.types.models.conference_speak_ended_event import (
        ConferenceSpeakEndedEvent as ConferenceSpeakEndedEvent,
    )
    from telnyx_voice.types.models.conference_speak_started_event import (
        ConferenceSpeakStartedEvent as ConferenceSpeakStartedEvent,
    )
    from telnyx_voice.types.models.transcription_event import (
        TranscriptionEvent as TranscriptionEvent,
    )

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
    """Any of the 55 webhook events of the selection."""

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

_MODULES: dict[str, str] = {
    "CallAIGatherEndedEvent": "telnyx_voice.types.models.call_ai_gather_ended_event",
    "CallAIGatherMessageHistoryUpdatedEvent": "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
    "CallAIGatherPartialResultsEvent": "telnyx_voice.types.models.call_ai_gather_partial_results_event",
    "CallAnsweredEvent": "telnyx_voice.types.models.call_answered_event",
    "CallBridgedEvent": "telnyx_voice.types.models.call_bridged_event",
    "CallConversationEndedEvent": "telnyx_voice.types.models.call_conversation_ended_event",
    "CallConversationInsightsGeneratedEvent": "telnyx_voice.types.models.call_conversation_insights_generated_event",
    "CallCostEvent": "telnyx_voice.types.models.call_cost_event",
    "CallDeepfakeDetectionErrorEvent": "telnyx_voice.types.models.call_deepfake_detection_error_event",
    "CallDeepfakeDetectionResultEvent": "telnyx_voice.types.models.call_deepfake_detection_result_event",
    "CallLeftQueueEvent": "telnyx_voice.types.models.call_left_queue_event",
    "CallDtmfReceivedEvent": "telnyx_voice.types.models.call_dtmf_received_event",
    "CallEnqueuedEvent": "telnyx_voice.types.models.call_enqueued_event",
    "CallForkStartedEvent": "telnyx_voice.types.models.call_fork_started_event",
    "CallForkStoppedEvent": "telnyx_voice.types.models.call_fork_stopped_event",
    "CallGatherEndedEvent": "telnyx_voice.types.models.call_gather_ended_event",
    "CallHangupEvent": "telnyx_voice.types.models.call_hangup_event",
    "CallHoldEvent": "telnyx_voice.types.models.call_hold_event",
    "CallInitiatedEvent": "telnyx_voice.types.models.call_initiated_event",
    "CallMachineDetectionEndedEvent": "telnyx_voice.types.models.call_machine_detection_ended_event",
    "CallMachineGreetingEndedEvent": "telnyx_voice.types.models.call_machine_greeting_ended_event",
    "CallMachinePremiumDetectionEndedEvent": "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
    "CallMachinePremiumGreetingEndedEvent": "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
    "CallPlaybackEndedEvent": "telnyx_voice.types.models.call_playback_ended_event",
    "CallPlaybackStartedEvent": "telnyx_voice.types.models.call_playback_started_event",
    "CallRecordingErrorEvent": "telnyx_voice.types.models.call_recording_error_event",
    "CallRecordingSavedEvent": "telnyx_voice.types.models.call_recording_saved_event",
    "CallRecordingTranscriptionSavedEvent": "telnyx_voice.types.models.call_recording_transcription_saved_event",
    "CallReferCompletedEvent": "telnyx_voice.types.models.call_refer_completed_event",
    "CallReferFailedEvent": "telnyx_voice.types.models.call_refer_failed_event",
    "CallReferStartedEvent": "telnyx_voice.types.models.call_refer_started_event",
    "CallSpeakEndedEvent": "telnyx_voice.types.models.call_speak_ended_event",
    "CallSpeakStartedEvent": "telnyx_voice.types.models.call_speak_started_event",
    "TranscriptionEvent": "telnyx_voice.types.models.transcription_event",
    "CallUnholdEvent": "telnyx_voice.types.models.call_unhold_event",
    "ConferenceCreatedEvent": "telnyx_voice.types.models.conference_created_event",
    "ConferenceEndedEvent": "telnyx_voice.types.models.conference_ended_event",
    "ConferenceFloorChangedEvent": "telnyx_voice.types.models.conference_floor_changed_event",
    "ConferenceParticipantJoinedEvent": "telnyx_voice.types.models.conference_participant_joined_event",
    "ConferenceParticipantLeftEvent": "telnyx_voice.types.models.conference_participant_left_event",
    "ConferenceParticipantPlaybackEndedEvent": "telnyx_voice.types.models.conference_participant_playback_ended_event",
    "ConferenceParticipantPlaybackStartedEvent": "telnyx_voice.types.models.conference_participant_playback_started_event",
    "ConferenceParticipantSpeakEndedEvent": "telnyx_voice.types.models.conference_participant_speak_ended_event",
    "ConferenceParticipantSpeakStartedEvent": "telnyx_voice.types.models.conference_participant_speak_started_event",
    "ConferencePlaybackEndedEvent": "telnyx_voice.types.models.conference_playback_ended_event",
    "ConferencePlaybackStartedEvent": "telnyx_voice.types.models.conference_playback_started_event",
    "ConferenceRecordingSavedEvent": "telnyx_voice.types.models.conference_recording_saved_event",
    "ConferenceSpeakEndedEvent": "telnyx_voice.types.models.conference_speak_ended_event",
    "ConferenceSpeakStartedEvent": "telnyx_voice.types.models.conference_speak_started_event",
    "CallSiprecFailedEvent": "telnyx_voice.types.models.call_siprec_failed_event",
    "CallSiprecStartedEvent": "telnyx_voice.types.models.call_siprec_started_event",
    "CallSiprecStoppedEvent": "telnyx_voice.types.models.call_siprec_stopped_event",
    "CallStreamingFailedEvent": "telnyx_voice.types.models.call_streaming_failed_event",
    "CallStreamingStartedEvent": "telnyx_voice.types.models.call_streaming_started_event",
    "CallStreamingStoppedEvent": "telnyx_voice.types.models.call_streaming_stopped_event",
}
"""Each event class -> the module defining it."""

_EVENT_MODELS: dict[str, str] = {
    "call.ai_gather.ended": "CallAIGatherEndedEvent",
    "call.ai_gather.message_history_updated": "CallAIGatherMessageHistoryUpdatedEvent",
    "call.ai_gather.partial_results": "CallAIGatherPartialResultsEvent",
    "call.answered": "CallAnsweredEvent",
    "call.bridged": "CallBridgedEvent",
    "call.conversation.ended": "CallConversationEndedEvent",
    "call.conversation_insights.generated": "CallConversationInsightsGeneratedEvent",
    "call.cost": "CallCostEvent",
    "call.deepfake_detection.error": "CallDeepfakeDetectionErrorEvent",
    "call.deepfake_detection.result": "CallDeepfakeDetectionResultEvent",
    "call.dequeued": "CallLeftQueueEvent",
    "call.dtmf.received": "CallDtmfReceivedEvent",
    "call.enqueued": "CallEnqueuedEvent",
    "call.fork.started": "CallForkStartedEvent",
    "call.fork.stopped": "CallForkStoppedEvent",
    "call.gather.ended": "CallGatherEndedEvent",
    "call.hangup": "CallHangupEvent",
    "call.hold": "CallHoldEvent",
    "call.initiated": "CallInitiatedEvent",
    "call.machine.detection.ended": "CallMachineDetectionEndedEvent",
    "call.machine.greeting.ended": "CallMachineGreetingEndedEvent",
    "call.machine.premium.detection.ended": "CallMachinePremiumDetectionEndedEvent",
    "call.machine.premium.greeting.ended": "CallMachinePremiumGreetingEndedEvent",
    "call.playback.ended": "CallPlaybackEndedEvent",
    "call.playback.started": "CallPlaybackStartedEvent",
    "call.recording.error": "CallRecordingErrorEvent",
    "call.recording.saved": "CallRecordingSavedEvent",
    "call.recording.transcription.saved": "CallRecordingTranscriptionSavedEvent",
    "call.refer.completed": "CallReferCompletedEvent",
    "call.refer.failed": "CallReferFailedEvent",
    "call.refer.started": "CallReferStartedEvent",
    "call.speak.ended": "CallSpeakEndedEvent",
    "call.speak.started": "CallSpeakStartedEvent",
    "call.transcription": "TranscriptionEvent",
    "call.unhold": "CallUnholdEvent",
    "conference.created": "ConferenceCreatedEvent",
    "conference.ended": "ConferenceEndedEvent",
    "conference.floor.changed": "ConferenceFloorChangedEvent",
    "conference.participant.joined": "ConferenceParticipantJoinedEvent",
    "conference.participant.left": "ConferenceParticipantLeftEvent",
    "conference.participant.playback.ended": "ConferenceParticipantPlaybackEndedEvent",
    "conference.participant.playback.started": "ConferenceParticipantPlaybackStartedEvent",
    "conference.participant.speak.ended": "ConferenceParticipantSpeakEndedEvent",
    "conference.participant.speak.started": "ConferenceParticipantSpeakStartedEvent",
    "conference.playback.ended": "ConferencePlaybackEndedEvent",
    "conference.playback.started": "ConferencePlaybackStartedEvent",
    "conference.recording.saved": "ConferenceRecordingSavedEvent",
    "conference.speak.ended": "ConferenceSpeakEndedEvent",
    "conference.speak.started": "ConferenceSpeakStartedEvent",
    "siprec.failed": "CallSiprecFailedEvent",
    "siprec.started": "CallSiprecStartedEvent",
    "siprec.stopped": "CallSiprecStoppedEvent",
    "streaming.failed": "CallStreamingFailedEvent",
    "streaming.started": "CallStreamingStartedEvent",
    "streaming.stopped": "CallStreamingStoppedEvent",
}
"""Each `event_type` value -> its event class (an event whose schema lists no value is not
dispatched: it parses as `UnknownEvent`)."""


def _event_class(name: str) -> type[BaseModel]:
    model: type[BaseModel] = getattr(importlib.import_module(_MODULES[name]), name)
    return model


class _EventRegistry(Mapping[str, "type[BaseModel]"]):
    """`event_type` -> its model, each event's module imported on its first lookup."""

    __slots__ = ("_models",)

    def __init__(self) -> None:
        self._models: dict[str, type[BaseModel]] = {}

    def __getitem__(self, event_type: str) -> type[BaseModel]:
        model = self._models.get(event_type)
        if model is None:
            model = self._models[event_type] = _event_class(_EVENT_MODELS[event_type])
        return model

    def __contains__(self, event_type: object) -> bool:
        return event_type in _EVENT_MODELS

    def __iter__(self) -> Iterator[str]:
        return iter(_EVENT_MODELS)

    def __len__(self) -> int:
        return len(_EVENT_MODELS)

    def __repr__(self) -> str:
        return f"EVENT_TYPES({len(_EVENT_MODELS)} event types)"


EVENT_TYPES: Mapping[str, type[BaseModel]] = _EventRegistry()
"""The event types -> their models (a read-only mapping; the model of an event type is
imported on its first lookup)."""


if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        """An event class by name, or `WebhookEvent` (the union of all of them), on first use."""
        if name == "WebhookEvent":
            from typing import Union

            from typing_extensions import Never

            classes = tuple(_event_class(n) for n in _MODULES)
            value: Any = Union[classes] if classes else Never  # noqa: UP007
        elif name in _MODULES:
            value = _event_class(name)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value
