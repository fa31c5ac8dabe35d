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
    """Any of the 55 voice webhook events."""

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

_EVENT_MODELS: dict[str, tuple[str, str]] = {
    "call.ai_gather.ended": (
        "telnyx_voice.types.models.call_ai_gather_ended_event",
        "CallAIGatherEndedEvent",
    ),
    "call.ai_gather.message_history_updated": (
        "telnyx_voice.types.models.call_ai_gather_message_history_updated_event",
        "CallAIGatherMessageHistoryUpdatedEvent",
    ),
    "call.ai_gather.partial_results": (
        "telnyx_voice.types.models.call_ai_gather_partial_results_event",
        "CallAIGatherPartialResultsEvent",
    ),
    "call.answered": ("telnyx_voice.types.models.call_answered_event", "CallAnsweredEvent"),
    "call.bridged": ("telnyx_voice.types.models.call_bridged_event", "CallBridgedEvent"),
    "call.conversation.ended": (
        "telnyx_voice.types.models.call_conversation_ended_event",
        "CallConversationEndedEvent",
    ),
    "call.conversation_insights.generated": (
        "telnyx_voice.types.models.call_conversation_insights_generated_event",
        "CallConversationInsightsGeneratedEvent",
    ),
    "call.cost": ("telnyx_voice.types.models.call_cost_event", "CallCostEvent"),
    "call.deepfake_detection.error": (
        "telnyx_voice.types.models.call_deepfake_detection_error_event",
        "CallDeepfakeDetectionErrorEvent",
    ),
    "call.deepfake_detection.result": (
        "telnyx_voice.types.models.call_deepfake_detection_result_event",
        "CallDeepfakeDetectionResultEvent",
    ),
    "call.dequeued": ("telnyx_voice.types.models.call_left_queue_event", "CallLeftQueueEvent"),
    "call.dtmf.received": (
        "telnyx_voice.types.models.call_dtmf_received_event",
        "CallDtmfReceivedEvent",
    ),
    "call.enqueued": ("telnyx_voice.types.models.call_enqueued_event", "CallEnqueuedEvent"),
    "call.fork.started": (
        "telnyx_voice.types.models.call_fork_started_event",
        "CallForkStartedEvent",
    ),
    "call.fork.stopped": (
        "telnyx_voice.types.models.call_fork_stopped_event",
        "CallForkStoppedEvent",
    ),
    "call.gather.ended": (
        "telnyx_voice.types.models.call_gather_ended_event",
        "CallGatherEndedEvent",
    ),
    "call.hangup": ("telnyx_voice.types.models.call_hangup_event", "CallHangupEvent"),
    "call.hold": ("telnyx_voice.types.models.call_hold_event", "CallHoldEvent"),
    "call.initiated": ("telnyx_voice.types.models.call_initiated_event", "CallInitiatedEvent"),
    "call.machine.detection.ended": (
        "telnyx_voice.types.models.call_machine_detection_ended_event",
        "CallMachineDetectionEndedEvent",
    ),
    "call.machine.greeting.ended": (
        "telnyx_voice.types.models.call_machine_greeting_ended_event",
        "CallMachineGreetingEndedEvent",
    ),
    "call.machine.premium.detection.ended": (
        "telnyx_voice.types.models.call_machine_premium_detection_ended_event",
        "CallMachinePremiumDetectionEndedEvent",
    ),
    "call.machine.premium.greeting.ended": (
        "telnyx_voice.types.models.call_machine_premium_greeting_ended_event",
        "CallMachinePremiumGreetingEndedEvent",
    ),
    "call.playback.ended": (
        "telnyx_voice.types.models.call_playback_ended_event",
        "CallPlaybackEndedEvent",
    ),
    "call.playback.started": (
        "telnyx_voice.types.models.call_playback_started_event",
        "CallPlaybackStartedEvent",
    ),
    "call.recording.error": (
        "telnyx_voice.types.models.call_recording_error_event",
        "CallRecordingErrorEvent",
    ),
    "call.recording.saved": (
        "telnyx_voice.types.models.call_recording_saved_event",
        "CallRecordingSavedEvent",
    ),
    "call.recording.transcription.saved": (
        "telnyx_voice.types.models.call_recording_transcription_saved_event",
        "CallRecordingTranscriptionSavedEvent",
    ),
    "call.refer.completed": (
        "telnyx_voice.types.models.call_refer_completed_event",
        "CallReferCompletedEvent",
    ),
    "call.refer.failed": (
        "telnyx_voice.types.models.call_refer_failed_event",
        "CallReferFailedEvent",
    ),
    "call.refer.started": (
        "telnyx_voice.types.models.call_refer_started_event",
        "CallReferStartedEvent",
    ),
    "call.speak.ended": ("telnyx_voice.types.models.call_speak_ended_event", "CallSpeakEndedEvent"),
    "call.speak.started": (
        "telnyx_voice.types.models.call_speak_started_event",
        "CallSpeakStartedEvent",
    ),
    "call.transcription": ("telnyx_voice.types.models.transcription_event", "TranscriptionEvent"),
    "call.unhold": ("telnyx_voice.types.models.call_unhold_event", "CallUnholdEvent"),
    "conference.created": (
        "telnyx_voice.types.models.conference_created_event",
        "ConferenceCreatedEvent",
    ),
    "conference.ended": (
        "telnyx_voice.types.models.conference_ended_event",
        "ConferenceEndedEvent",
    ),
    "conference.floor.changed": (
        "telnyx_voice.types.models.conference_floor_changed_event",
        "ConferenceFloorChangedEvent",
    ),
    "conference.participant.joined": (
        "telnyx_voice.types.models.conference_participant_joined_event",
        "ConferenceParticipantJoinedEvent",
    ),
    "conference.participant.left": (
        "telnyx_voice.types.models.conference_participant_left_event",
        "ConferenceParticipantLeftEvent",
    ),
    "conference.participant.playback.ended": (
        "telnyx_voice.types.models.conference_participant_playback_ended_event",
        "ConferenceParticipantPlaybackEndedEvent",
    ),
    "conference.participant.playback.started": (
        "telnyx_voice.types.models.conference_participant_playback_started_event",
        "ConferenceParticipantPlaybackStartedEvent",
    ),
    "conference.participant.speak.ended": (
        "telnyx_voice.types.models.conference_participant_speak_ended_event",
        "ConferenceParticipantSpeakEndedEvent",
    ),
    "conference.participant.speak.started": (
        "telnyx_voice.types.models.conference_participant_speak_started_event",
        "ConferenceParticipantSpeakStartedEvent",
    ),
    "conference.playback.ended": (
        "telnyx_voice.types.models.conference_playback_ended_event",
        "ConferencePlaybackEndedEvent",
    ),
    "conference.playback.started": (
        "telnyx_voice.types.models.conference_playback_started_event",
        "ConferencePlaybackStartedEvent",
    ),
    "conference.recording.saved": (
        "telnyx_voice.types.models.conference_recording_saved_event",
        "ConferenceRecordingSavedEvent",
    ),
    "conference.speak.ended": (
        "telnyx_voice.types.models.conference_speak_ended_event",
        "ConferenceSpeakEndedEvent",
    ),
    "conference.speak.started": (
        "telnyx_voice.types.models.conference_speak_started_event",
        "ConferenceSpeakStartedEvent",
    ),
    "siprec.failed": (
        "telnyx_voice.types.models.call_siprec_failed_event",
        "CallSiprecFailedEvent",
    ),
    "siprec.started": (
        "telnyx_voice.types.models.call_siprec_started_event",
        "CallSiprecStartedEvent",
    ),
    "siprec.stopped": (
        "telnyx_voice.types.models.call_siprec_stopped_event",
        "CallSiprecStoppedEvent",
    ),
    "streaming.failed": (
        "telnyx_voice.types.models.call_streaming_failed_event",
        "CallStreamingFailedEvent",
    ),
    "streaming.started": (
        "telnyx_voice.types.models.call_streaming_started_event",
        "CallStreamingStartedEvent",
    ),
    "streaming.stopped": (
        "telnyx_voice.types.models.call_streaming_stopped_event",
        "CallStreamingStoppedEvent",
    ),
}


class _EventRegistry(Mapping[str, "type[BaseModel]"]):
    """`event_type` -> its model, each event's module imported on its first lookup."""

    __slots__ = ("_models",)

    def __init__(self) -> None:
        self._models: dict[str, type[BaseModel]] = {}

    def __getitem__(self, event_type: str) -> type[BaseModel]:
        model = self._models.get(event_type)
        if model is None:
            module, attr = _EVENT_MODELS[event_type]
            model = getattr(importlib.import_module(module), attr)
            self._models[event_type] = model
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
"""The 55 event types -> their models (a read-only mapping; the model of
an event type is imported on its first lookup)."""


if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        """An event class by name, or `WebhookEvent` (the union of all of them), on first use."""
        if name == "WebhookEvent":
            from typing import Union

            value: Any = Union[tuple(EVENT_TYPES.values())]  # noqa: UP007
        else:
            for module, attr in _EVENT_MODELS.values():
                if attr == name:
                    value = getattr(importlib.import_module(module), attr)
                    break
            else:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value
