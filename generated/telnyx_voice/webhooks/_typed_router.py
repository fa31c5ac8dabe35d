"""`WebhookRouter`: the router with `on()` typed per event type of the webhook registry.

Generated from the registry (`types/webhook_events.py`): one overload per event type,
so `router.on("call.gather.ended")` only accepts a handler taking `CallGatherEndedEvent`
and a misspelled event type is a type error. What runs is `BaseWebhookRouter`
(`webhooks/_router.py`), which checks the same at registration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from ._router import BaseWebhookRouter

if TYPE_CHECKING:
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

__all__ = ["WebhookRouter"]

_E = TypeVar("_E", bound="BaseModel")
_R = TypeVar("_R")
_H = TypeVar("_H", bound=Callable[..., Any])


class WebhookRouter(BaseWebhookRouter):
    __doc__ = BaseWebhookRouter.__doc__

    @overload
    def on(
        self, event: Literal["call.ai_gather.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallAIGatherEndedEvent], _R]], Callable[[CallAIGatherEndedEvent], _R]
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.ai_gather.message_history_updated"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallAIGatherMessageHistoryUpdatedEvent], _R]],
        Callable[[CallAIGatherMessageHistoryUpdatedEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.ai_gather.partial_results"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallAIGatherPartialResultsEvent], _R]],
        Callable[[CallAIGatherPartialResultsEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["call.answered"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallAnsweredEvent], _R]], Callable[[CallAnsweredEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.bridged"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallBridgedEvent], _R]], Callable[[CallBridgedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.conversation.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallConversationEndedEvent], _R]], Callable[[CallConversationEndedEvent], _R]
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.conversation_insights.generated"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallConversationInsightsGeneratedEvent], _R]],
        Callable[[CallConversationInsightsGeneratedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["call.cost"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallCostEvent], _R]], Callable[[CallCostEvent], _R]]: ...
    @overload
    def on(
        self,
        event: Literal["call.deepfake_detection.error"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallDeepfakeDetectionErrorEvent], _R]],
        Callable[[CallDeepfakeDetectionErrorEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.deepfake_detection.result"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallDeepfakeDetectionResultEvent], _R]],
        Callable[[CallDeepfakeDetectionResultEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["call.dequeued"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallLeftQueueEvent], _R]], Callable[[CallLeftQueueEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.dtmf.received"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallDtmfReceivedEvent], _R]], Callable[[CallDtmfReceivedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.enqueued"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallEnqueuedEvent], _R]], Callable[[CallEnqueuedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.fork.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallForkStartedEvent], _R]], Callable[[CallForkStartedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.fork.stopped"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallForkStoppedEvent], _R]], Callable[[CallForkStoppedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.gather.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallGatherEndedEvent], _R]], Callable[[CallGatherEndedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.hangup"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallHangupEvent], _R]], Callable[[CallHangupEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.hold"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallHoldEvent], _R]], Callable[[CallHoldEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.initiated"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallInitiatedEvent], _R]], Callable[[CallInitiatedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.machine.detection.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallMachineDetectionEndedEvent], _R]],
        Callable[[CallMachineDetectionEndedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["call.machine.greeting.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallMachineGreetingEndedEvent], _R]],
        Callable[[CallMachineGreetingEndedEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.machine.premium.detection.ended"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallMachinePremiumDetectionEndedEvent], _R]],
        Callable[[CallMachinePremiumDetectionEndedEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.machine.premium.greeting.ended"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallMachinePremiumGreetingEndedEvent], _R]],
        Callable[[CallMachinePremiumGreetingEndedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["call.playback.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallPlaybackEndedEvent], _R]], Callable[[CallPlaybackEndedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.playback.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallPlaybackStartedEvent], _R]], Callable[[CallPlaybackStartedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.recording.error"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallRecordingErrorEvent], _R]], Callable[[CallRecordingErrorEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.recording.saved"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallRecordingSavedEvent], _R]], Callable[[CallRecordingSavedEvent], _R]
    ]: ...
    @overload
    def on(
        self,
        event: Literal["call.recording.transcription.saved"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[CallRecordingTranscriptionSavedEvent], _R]],
        Callable[[CallRecordingTranscriptionSavedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["call.refer.completed"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallReferCompletedEvent], _R]], Callable[[CallReferCompletedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.refer.failed"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallReferFailedEvent], _R]], Callable[[CallReferFailedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.refer.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallReferStartedEvent], _R]], Callable[[CallReferStartedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.speak.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallSpeakEndedEvent], _R]], Callable[[CallSpeakEndedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.speak.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallSpeakStartedEvent], _R]], Callable[[CallSpeakStartedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["call.transcription"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[TranscriptionEvent], _R]], Callable[[TranscriptionEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["call.unhold"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[CallUnholdEvent], _R]], Callable[[CallUnholdEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["conference.created"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferenceCreatedEvent], _R]], Callable[[ConferenceCreatedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[ConferenceEndedEvent], _R]], Callable[[ConferenceEndedEvent], _R]]: ...
    @overload
    def on(
        self, event: Literal["conference.floor.changed"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferenceFloorChangedEvent], _R]], Callable[[ConferenceFloorChangedEvent], _R]
    ]: ...
    @overload
    def on(
        self,
        event: Literal["conference.participant.joined"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[ConferenceParticipantJoinedEvent], _R]],
        Callable[[ConferenceParticipantJoinedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.participant.left"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferenceParticipantLeftEvent], _R]],
        Callable[[ConferenceParticipantLeftEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["conference.participant.playback.ended"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[ConferenceParticipantPlaybackEndedEvent], _R]],
        Callable[[ConferenceParticipantPlaybackEndedEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["conference.participant.playback.started"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[ConferenceParticipantPlaybackStartedEvent], _R]],
        Callable[[ConferenceParticipantPlaybackStartedEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["conference.participant.speak.ended"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[ConferenceParticipantSpeakEndedEvent], _R]],
        Callable[[ConferenceParticipantSpeakEndedEvent], _R],
    ]: ...
    @overload
    def on(
        self,
        event: Literal["conference.participant.speak.started"],
        *,
        allow_unknown: Literal[False] = ...,
    ) -> Callable[
        [Callable[[ConferenceParticipantSpeakStartedEvent], _R]],
        Callable[[ConferenceParticipantSpeakStartedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.playback.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferencePlaybackEndedEvent], _R]], Callable[[ConferencePlaybackEndedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.playback.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferencePlaybackStartedEvent], _R]],
        Callable[[ConferencePlaybackStartedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.recording.saved"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferenceRecordingSavedEvent], _R]],
        Callable[[ConferenceRecordingSavedEvent], _R],
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.speak.ended"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferenceSpeakEndedEvent], _R]], Callable[[ConferenceSpeakEndedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["conference.speak.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[ConferenceSpeakStartedEvent], _R]], Callable[[ConferenceSpeakStartedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["siprec.failed"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallSiprecFailedEvent], _R]], Callable[[CallSiprecFailedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["siprec.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallSiprecStartedEvent], _R]], Callable[[CallSiprecStartedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["siprec.stopped"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallSiprecStoppedEvent], _R]], Callable[[CallSiprecStoppedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["streaming.failed"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallStreamingFailedEvent], _R]], Callable[[CallStreamingFailedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["streaming.started"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallStreamingStartedEvent], _R]], Callable[[CallStreamingStartedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: Literal["streaming.stopped"], *, allow_unknown: Literal[False] = ...
    ) -> Callable[
        [Callable[[CallStreamingStoppedEvent], _R]], Callable[[CallStreamingStoppedEvent], _R]
    ]: ...
    @overload
    def on(
        self, event: type[_E], *, allow_unknown: Literal[False] = ...
    ) -> Callable[[Callable[[_E], _R]], Callable[[_E], _R]]: ...
    @overload
    def on(self, event: str, *, allow_unknown: Literal[True]) -> Callable[[_H], _H]: ...
    def on(self, event: str | type[Any], *, allow_unknown: bool = False) -> Callable[[Any], Any]:
        """Decorator registering a handler for one event type (see `BaseWebhookRouter._on`).

        Raises:
            ValueError: an event type the registry does not know (with the closest names),
                unless `allow_unknown=True`; a second handler for the same type.
            TypeError: the handler's event parameter is annotated with another event class.
        """
        return self._on(event, allow_unknown=allow_unknown)
