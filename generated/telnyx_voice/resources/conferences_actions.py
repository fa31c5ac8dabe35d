"""`client.conferences.actions`: 17 operation(s) of the Telnyx Voice API, sync and async."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from telnyx_voice import _operations
from telnyx_voice._resource import AsyncAPIResource, SyncAPIResource
from telnyx_voice._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from telnyx_voice._types import (
    NOT_GIVEN,
    Headers,
    NotGiven,
    RequestOptions,
    SequenceNotStr,
    TimeoutTypes,
)

if TYPE_CHECKING:
    from telnyx_voice.types.models import (
        AWSVoiceSettings,
        AzureVoiceSettings,
        ConferenceCommandResponse,
        ElevenLabsVoiceSettings,
        InworldVoiceSettings,
        MinimaxVoiceSettings,
        ResembleVoiceSettings,
        RimeVoiceSettings,
        TelnyxVoiceSettings,
        XAIVoiceSettings,
    )
    from telnyx_voice.types.params import (
        AWSVoiceSettingsParam,
        AzureVoiceSettingsParam,
        ElevenLabsVoiceSettingsParam,
        InworldVoiceSettingsParam,
        MinimaxVoiceSettingsParam,
        ResembleVoiceSettingsParam,
        RimeVoiceSettingsParam,
        TelnyxVoiceSettingsParam,
        XAIVoiceSettingsParam,
    )

__all__ = [
    "AsyncConferencesActionsResource",
    "AsyncConferencesActionsResourceWithRawResponse",
    "AsyncConferencesActionsResourceWithStreamingResponse",
    "ConferencesActionsResource",
    "ConferencesActionsResourceWithRawResponse",
    "ConferencesActionsResourceWithStreamingResponse",
]


class ConferencesActionsResource(SyncAPIResource):
    """`client.conferences.actions` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> ConferencesActionsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return ConferencesActionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConferencesActionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return ConferencesActionsResourceWithStreamingResponse(self)

    def end_conference(
        self,
        id: str,
        *,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """End a conference.

        End a conference and terminate all active participants.

        Args:
            id (path, required): Uniquely identifies the conference.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same conference.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/end` (operationId `EndConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_END_CONFERENCE,
            path_params={"id": id},
            body={
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def gather_dtmf_audio(
        self,
        id: str,
        *,
        call_control_id: str,
        audio_url: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        gather_id: str | NotGiven = NOT_GIVEN,
        initial_timeout_millis: int | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        invalid_audio_url: str | NotGiven = NOT_GIVEN,
        invalid_media_name: str | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        maximum_tries: int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        stop_playback_on_dtmf: bool | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Gather DTMF using audio prompt in a conference.

        Play an audio file to a specific conference participant and gather DTMF input.

        Args:
            id (path, required): Uniquely identifies the conference.
            call_control_id (body, required): Unique identifier and token for controlling the
                call leg that will receive the gather prompt.
            audio_url (body, optional): The URL of the audio file to play as the gather prompt.
                Must be WAV or MP3 format.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. Must be a valid Base-64 encoded string.
            gather_id (body, optional): Identifier for this gather command. Will be included in
                the gather ended webhook. Maximum 100 characters.
            initial_timeout_millis (body, optional): Duration in milliseconds to wait for the
                first digit before timing out. Unit: milliseconds.
            inter_digit_timeout_millis (body, optional): Duration in milliseconds to wait
                between digits. Unit: milliseconds. Default: `5000`.
            invalid_audio_url (body, optional): URL of audio file to play when invalid input is
                received.
            invalid_media_name (body, optional): Name of media file to play when invalid input
                is received.
            maximum_digits (body, optional): Maximum number of digits to gather. Default: `128`.
                Minimum: 1.
            maximum_tries (body, optional): Maximum number of times to play the prompt if no
                input is received. Default: `3`. Minimum: 1.
            media_name (body, optional): The name of the media file uploaded to the Media
                Storage API to play as the gather prompt.
            minimum_digits (body, optional): Minimum number of digits to gather. Default: `1`.
                Minimum: 1.
            stop_playback_on_dtmf (body, optional): Whether to stop the audio playback when a
                DTMF digit is received. Default: `true`.
            terminating_digit (body, optional): Digit that terminates gathering. Default: `"#"`.
            timeout_millis (body, optional): Duration in milliseconds to wait for input before
                timing out. Unit: milliseconds. Default: `60000`.
            valid_digits (body, optional): Digits that are valid for gathering. All other digits
                will be ignored. Default: `"0123456789#*"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/gather_using_audio` (operationId `ConferenceGatherUsingAudio`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_GATHER_DTMF_AUDIO,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "audio_url": audio_url,
                "client_state": client_state,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "stop_playback_on_dtmf": stop_playback_on_dtmf,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def hold(
        self,
        id: str,
        *,
        audio_url: str | NotGiven = NOT_GIVEN,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Hold conference participants.

        Hold a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            audio_url (body, optional): The URL of a file to be played to the participants when
                they are put on hold. media_name and audio_url cannot be used together in one
                request.
            call_control_ids (body, optional): List of unique identifiers and tokens for
                controlling the call. When empty all participants will be placed on hold.
            media_name (body, optional): The media_name of a file to be played to the
                participants when they are put on hold. The media_name must point to a file
                previously uploaded to api.telnyx.com/v2/media by the same user/organization.
                The file must either be a WAV or MP3 file.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/hold` (operationId `HoldConferenceParticipants`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_HOLD,
            path_params={"id": id},
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "media_name": media_name,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def join(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        hold: bool | NotGiven = NOT_GIVEN,
        hold_audio_url: str | NotGiven = NOT_GIVEN,
        hold_media_name: str | NotGiven = NOT_GIVEN,
        mute: bool | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        soft_end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        start_conference_on_enter: bool | NotGiven = NOT_GIVEN,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | NotGiven = NOT_GIVEN,
        whisper_call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Join a conference.

        Join an existing call leg to a conference. Issue the Join Conference command with the
        conference ID in the path and the `call_control_id` of the leg you wish to join to the
        conference as an attribute. The conference can have up to a certain amount of active
        participants, as set by the `max_participants` parameter in conference creation request.

        **Expected Webhooks:**

        - `conference.participant.joined`
        - `conference.participant.left`

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            beep_enabled (body, optional): Whether a beep sound should be played when the
                participant joins and/or leaves the conference. Can be used to override the
                conference-level setting. Allowed values: `"always"`, `"never"`, `"on_enter"`,
                `"on_exit"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string. Please note that the
                client_state will be updated for the participient call leg and the change will
                not affect conferencing webhooks unless the participient is the owner of the
                conference.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            end_conference_on_exit (body, optional): Whether the conference should end and all
                remaining participants be hung up after the participant leaves the conference.
                Defaults to "false".
            hold (body, optional): Whether the participant should be put on hold immediately
                after joining the conference. Defaults to "false".
            hold_audio_url (body, optional): The URL of a file to be played to the participant
                when they are put on hold after joining the conference. hold_media_name and
                hold_audio_url cannot be used together in one request. Takes effect only when
                "start_conference_on_create" is set to "false". This property takes effect only
                if "hold" is set to "true".
            hold_media_name (body, optional): The media_name of a file to be played to the
                participant when they are put on hold after joining the conference. The
                media_name must point to a file previously uploaded to api.telnyx.com/v2/media
                by the same user/organization. The file must either be a WAV or MP3 file. Takes
                effect only when "start_conference_on_create" is set to "false". This property
                takes effect only if "hold" is set to "true".
            mute (body, optional): Whether the participant should be muted immediately after
                joining the conference. Defaults to "false".
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            soft_end_conference_on_exit (body, optional): Whether the conference should end
                after the participant leaves the conference. NOTE this doesn't hang up the other
                participants. Defaults to "false".
            start_conference_on_enter (body, optional): Whether the conference should be started
                after the participant joins the conference. Defaults to "false".
            supervisor_role (body, optional): Sets the joining participant as a supervisor for
                the conference. A conference can have multiple supervisors. "barge" means the
                supervisor enters the conference as a normal participant. This is the same as
                "none". "monitor" means the supervisor is muted but can hear all participants.
                "whisper" means that only the specified "whisper_call_control_ids" can hear the
                supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`,
                `"none"`, `"whisper"`.
            whisper_call_control_ids (body, optional): Array of unique call_control_ids the
                joining supervisor can whisper to. If none provided, the supervisor will join
                the conference as a monitoring participant only.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/join` (operationId `JoinConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_JOIN,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "beep_enabled": beep_enabled,
                "client_state": client_state,
                "command_id": command_id,
                "end_conference_on_exit": end_conference_on_exit,
                "hold": hold,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "mute": mute,
                "region": region,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
                "start_conference_on_enter": start_conference_on_enter,
                "supervisor_role": supervisor_role,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def leave(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Leave a conference.

        Removes a call leg from a conference and moves it back to parked state.

        **Expected Webhooks:**

        - `conference.participant.left`

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            beep_enabled (body, optional): Whether a beep sound should be played when the
                participant leaves the conference. Can be used to override the conference-level
                setting. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/leave` (operationId `LeaveConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_LEAVE,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "beep_enabled": beep_enabled,
                "command_id": command_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def mute(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Mute conference participants.

        Mute a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, optional): Array of unique identifiers and tokens for
                controlling the call. When empty all participants will be muted.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/mute` (operationId `MuteConferenceParticipants`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_MUTE,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def play(
        self,
        id: str,
        *,
        audio_url: str | NotGiven = NOT_GIVEN,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        loop: str | int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Play audio to conference participants.

        Play audio to all or some participants on a conference call.

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            audio_url (body, optional): The URL of a file to be played back in the conference.
                media_name and audio_url cannot be used together in one request.
            call_control_ids (body, optional): List of call control ids identifying participants
                the audio file should be played to. If not given, the audio file will be played
                to the entire conference.
            loop (body, optional): The number of times the audio file should be played. If
                supplied, the value must be an integer between 1 and 100, or the special string
                `infinity` for an endless loop. Default: `1`.
            media_name (body, optional): The media_name of a file to be played back in the
                conference. The media_name must point to a file previously uploaded to
                api.telnyx.com/v2/media by the same user/organization. The file must either be a
                WAV or MP3 file.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/play` (operationId `PlayConferenceAudio`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_PLAY,
            path_params={"id": id},
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "loop": loop,
                "media_name": media_name,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def record_pause(
        self,
        id: str,
        *,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording pause.

        Pause conference recording.

        Args:
            id (path, required): Specifies the conference by id or name.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Use this field to pause specific recording.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_pause` (operationId `PauseConferenceRecording`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_PAUSE,
            path_params={"id": id},
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def record_resume(
        self,
        id: str,
        *,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording resume.

        Resume conference recording.

        Args:
            id (path, required): Specifies the conference by id or name.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Use this field to resume specific recording.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_resume` (operationId `ResumeConferenceRecording`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_RESUME,
            path_params={"id": id},
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def record_start(
        self,
        id: str,
        *,
        format: Literal["wav", "mp3"],
        channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_file_name: str | NotGiven = NOT_GIVEN,
        play_beep: bool | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording start.

        Start recording the conference. Recording will stop on conference end, or via the Stop
        Recording command.

        **Expected Webhooks:**

        - `conference.recording.saved`

        Args:
            id (path, required): Specifies the conference to record by id or name.
            format (body, required): The audio file format used when storing the conference
                recording. Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`.
            channels (body, optional): When `dual`, final audio file will be stereo recorded
                with the conference creator on the first channel, and the rest on the second
                channel. Allowed values: `"single"`, `"dual"`. Default: `"single"`.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `conference_id`.
            custom_file_name (body, optional): The custom recording file name to be used instead
                of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
            play_beep (body, optional): If enabled, a beep sound will be played at the start of
                a recording.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            trim (body, optional): When set to `trim-silence`, silence will be removed from the
                beginning and end of the recording.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_start` (operationId `StartConferenceRecording`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_START,
            path_params={"id": id},
            body={
                "format": format,
                "channels": channels,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "play_beep": play_beep,
                "region": region,
                "trim": trim,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def record_stop(
        self,
        id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording stop.

        Stop recording the conference.

        **Expected Webhooks:**

        - `conference.recording.saved`

        Args:
            id (path, required): Specifies the conference to stop the recording for by id or
                name.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_stop` (operationId `StopConferenceRecording`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_STOP,
            path_params={"id": id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def send_dtmf(
        self,
        id: str,
        *,
        digits: str,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        duration_millis: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Send DTMF to conference participants.

        Send DTMF tones to one or more conference participants.

        Args:
            id (path, required): Uniquely identifies the conference.
            digits (body, required): DTMF digits to send. Valid characters: 0-9, A-D, *, #, w
                (0.5s pause), W (1s pause).
            call_control_ids (body, optional): Array of participant call control IDs to send
                DTMF to. When empty, DTMF will be sent to all participants.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. Must be a valid Base-64 encoded string.
            duration_millis (body, optional): Duration of each DTMF digit in milliseconds. Unit:
                milliseconds. Default: `250`. Minimum: 100. Maximum: 500.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/send_dtmf` (operationId `ConferenceSendDTMF`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_SEND_DTMF,
            path_params={"id": id},
            body={
                "digits": digits,
                "call_control_ids": call_control_ids,
                "client_state": client_state,
                "duration_millis": duration_millis,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def speak(
        self,
        id: str,
        *,
        payload: str,
        voice: str,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        language: Literal[
            "arb",
            "cmn-CN",
            "cy-GB",
            "da-DK",
            "de-DE",
            "en-AU",
            "en-GB",
            "en-GB-WLS",
            "en-IN",
            "en-US",
            "es-ES",
            "es-MX",
            "es-US",
            "fr-CA",
            "fr-FR",
            "hi-IN",
            "is-IS",
            "it-IT",
            "ja-JP",
            "ko-KR",
            "nb-NO",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "ro-RO",
            "ru-RU",
            "sv-SE",
            "tr-TR",
        ]
        | NotGiven = NOT_GIVEN,
        payload_type: Literal["text", "ssml"] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
        | ElevenLabsVoiceSettingsParam
        | TelnyxVoiceSettings
        | TelnyxVoiceSettingsParam
        | AWSVoiceSettings
        | AWSVoiceSettingsParam
        | MinimaxVoiceSettings
        | MinimaxVoiceSettingsParam
        | AzureVoiceSettings
        | AzureVoiceSettingsParam
        | RimeVoiceSettings
        | RimeVoiceSettingsParam
        | ResembleVoiceSettings
        | ResembleVoiceSettingsParam
        | InworldVoiceSettings
        | InworldVoiceSettingsParam
        | XAIVoiceSettings
        | XAIVoiceSettingsParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Speak text to conference participants.

        Convert text to speech and play it to all or some participants.

        Args:
            id (path, required): Specifies the conference by id or name.
            payload (body, required): The text or SSML to be converted into speech. There is a
                3,000 character limit.
            voice (body, required): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the
                provider will give default values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-
                BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a
                complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings`
                to configure custom deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is
                optional. To use ElevenLabs, you must provide your ElevenLabs API key as an
                integration identifier secret in `"voice_settings": {"api_key_ref":
                "<secret_identifier>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use
                `voice_settings` to configure voice_speed and other synthesis parameters.
                `Bayan` provides Arabic (multiple dialects) and English voices (e.g.,
                `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices
                (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g.,
                `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`,
                `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to
                configure speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported
                model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to
                configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`).
                Only `Turbo` model is supported. Use `voice_settings` to configure precision,
                sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`,
                `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female).
            call_control_ids (body, optional): Call Control IDs of participants who will hear
                the spoken text. When empty all participants will hear the spoken text.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            language (body, optional): The language you want spoken. This parameter is ignored
                when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-
                GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`,
                `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`,
                `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`,
                `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`.
            payload_type (body, optional): The type of the provided payload. The payload can
                either be plain text, or Speech Synthesis Markup Language (SSML). Allowed
                values: `"text"`, `"ssml"`. Default: `"text"`.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/speak` (operationId `SpeakTextToConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_SPEAK,
            path_params={"id": id},
            body={
                "payload": payload,
                "voice": voice,
                "call_control_ids": call_control_ids,
                "command_id": command_id,
                "language": language,
                "payload_type": payload_type,
                "region": region,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def stop(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Stop audio being played on the conference.

        Stop audio being played to all or some participants on a conference call.

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, optional): List of call control ids identifying participants
                the audio file should stop be played to. If not given, the audio will be stoped
                to the entire conference.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/stop` (operationId `StopConferenceAudio`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_STOP,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def unhold(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str],
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Unhold conference participants.

        Unhold a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, required): List of unique identifiers and tokens for
                controlling the call. Enter each call control ID to be unheld.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/unhold` (operationId `UnholdConferenceParticipants`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_UNHOLD,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def unmute(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Unmute conference participants.

        Unmute a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, optional): List of unique identifiers and tokens for
                controlling the call. Enter each call control ID to be unmuted. When empty all
                participants will be unmuted.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/unmute` (operationId `UnmuteConferenceParticipants`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_UNMUTE,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    def update(
        self,
        id: str,
        *,
        call_control_id: str,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"],
        command_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        whisper_call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Update conference participant.

        Update conference participant supervisor_role

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            supervisor_role (body, required): Sets the participant as a supervisor for the
                conference. A conference can have multiple supervisors. "barge" means the
                supervisor enters the conference as a normal participant. This is the same as
                "none". "monitor" means the supervisor is muted but can hear all participants.
                "whisper" means that only the specified "whisper_call_control_ids" can hear the
                supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`,
                `"none"`, `"whisper"`.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            whisper_call_control_ids (body, optional): Array of unique call_control_ids the
                supervisor can whisper to. If none provided, the supervisor will join the
                conference as a monitoring participant only.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/update` (operationId `UpdateConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_ACTIONS_UPDATE,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "supervisor_role": supervisor_role,
                "command_id": command_id,
                "region": region,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )


class ConferencesActionsResourceWithRawResponse:
    """`conferences.actions.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: ConferencesActionsResource) -> None:
        self._resource = resource
        self.end_conference = to_raw_response_wrapper(resource.end_conference)
        self.gather_dtmf_audio = to_raw_response_wrapper(resource.gather_dtmf_audio)
        self.hold = to_raw_response_wrapper(resource.hold)
        self.join = to_raw_response_wrapper(resource.join)
        self.leave = to_raw_response_wrapper(resource.leave)
        self.mute = to_raw_response_wrapper(resource.mute)
        self.play = to_raw_response_wrapper(resource.play)
        self.record_pause = to_raw_response_wrapper(resource.record_pause)
        self.record_resume = to_raw_response_wrapper(resource.record_resume)
        self.record_start = to_raw_response_wrapper(resource.record_start)
        self.record_stop = to_raw_response_wrapper(resource.record_stop)
        self.send_dtmf = to_raw_response_wrapper(resource.send_dtmf)
        self.speak = to_raw_response_wrapper(resource.speak)
        self.stop = to_raw_response_wrapper(resource.stop)
        self.unhold = to_raw_response_wrapper(resource.unhold)
        self.unmute = to_raw_response_wrapper(resource.unmute)
        self.update = to_raw_response_wrapper(resource.update)


class ConferencesActionsResourceWithStreamingResponse:
    """`conferences.actions.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: ConferencesActionsResource) -> None:
        self._resource = resource
        self.end_conference = to_streamed_response_wrapper(resource.end_conference)
        self.gather_dtmf_audio = to_streamed_response_wrapper(resource.gather_dtmf_audio)
        self.hold = to_streamed_response_wrapper(resource.hold)
        self.join = to_streamed_response_wrapper(resource.join)
        self.leave = to_streamed_response_wrapper(resource.leave)
        self.mute = to_streamed_response_wrapper(resource.mute)
        self.play = to_streamed_response_wrapper(resource.play)
        self.record_pause = to_streamed_response_wrapper(resource.record_pause)
        self.record_resume = to_streamed_response_wrapper(resource.record_resume)
        self.record_start = to_streamed_response_wrapper(resource.record_start)
        self.record_stop = to_streamed_response_wrapper(resource.record_stop)
        self.send_dtmf = to_streamed_response_wrapper(resource.send_dtmf)
        self.speak = to_streamed_response_wrapper(resource.speak)
        self.stop = to_streamed_response_wrapper(resource.stop)
        self.unhold = to_streamed_response_wrapper(resource.unhold)
        self.unmute = to_streamed_response_wrapper(resource.unmute)
        self.update = to_streamed_response_wrapper(resource.update)


class AsyncConferencesActionsResource(AsyncAPIResource):
    """`client.conferences.actions` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def with_raw_response(self) -> AsyncConferencesActionsResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncConferencesActionsResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConferencesActionsResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncConferencesActionsResourceWithStreamingResponse(self)

    async def end_conference(
        self,
        id: str,
        *,
        command_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """End a conference.

        End a conference and terminate all active participants.

        Args:
            id (path, required): Uniquely identifies the conference.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same conference.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/end` (operationId `EndConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_END_CONFERENCE,
            path_params={"id": id},
            body={
                "command_id": command_id,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def gather_dtmf_audio(
        self,
        id: str,
        *,
        call_control_id: str,
        audio_url: str | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        gather_id: str | NotGiven = NOT_GIVEN,
        initial_timeout_millis: int | NotGiven = NOT_GIVEN,
        inter_digit_timeout_millis: int | NotGiven = NOT_GIVEN,
        invalid_audio_url: str | NotGiven = NOT_GIVEN,
        invalid_media_name: str | NotGiven = NOT_GIVEN,
        maximum_digits: int | NotGiven = NOT_GIVEN,
        maximum_tries: int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        minimum_digits: int | NotGiven = NOT_GIVEN,
        stop_playback_on_dtmf: bool | NotGiven = NOT_GIVEN,
        terminating_digit: str | NotGiven = NOT_GIVEN,
        timeout_millis: int | NotGiven = NOT_GIVEN,
        valid_digits: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Gather DTMF using audio prompt in a conference.

        Play an audio file to a specific conference participant and gather DTMF input.

        Args:
            id (path, required): Uniquely identifies the conference.
            call_control_id (body, required): Unique identifier and token for controlling the
                call leg that will receive the gather prompt.
            audio_url (body, optional): The URL of the audio file to play as the gather prompt.
                Must be WAV or MP3 format.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. Must be a valid Base-64 encoded string.
            gather_id (body, optional): Identifier for this gather command. Will be included in
                the gather ended webhook. Maximum 100 characters.
            initial_timeout_millis (body, optional): Duration in milliseconds to wait for the
                first digit before timing out. Unit: milliseconds.
            inter_digit_timeout_millis (body, optional): Duration in milliseconds to wait
                between digits. Unit: milliseconds. Default: `5000`.
            invalid_audio_url (body, optional): URL of audio file to play when invalid input is
                received.
            invalid_media_name (body, optional): Name of media file to play when invalid input
                is received.
            maximum_digits (body, optional): Maximum number of digits to gather. Default: `128`.
                Minimum: 1.
            maximum_tries (body, optional): Maximum number of times to play the prompt if no
                input is received. Default: `3`. Minimum: 1.
            media_name (body, optional): The name of the media file uploaded to the Media
                Storage API to play as the gather prompt.
            minimum_digits (body, optional): Minimum number of digits to gather. Default: `1`.
                Minimum: 1.
            stop_playback_on_dtmf (body, optional): Whether to stop the audio playback when a
                DTMF digit is received. Default: `true`.
            terminating_digit (body, optional): Digit that terminates gathering. Default: `"#"`.
            timeout_millis (body, optional): Duration in milliseconds to wait for input before
                timing out. Unit: milliseconds. Default: `60000`.
            valid_digits (body, optional): Digits that are valid for gathering. All other digits
                will be ignored. Default: `"0123456789#*"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/gather_using_audio` (operationId `ConferenceGatherUsingAudio`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_GATHER_DTMF_AUDIO,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "audio_url": audio_url,
                "client_state": client_state,
                "gather_id": gather_id,
                "initial_timeout_millis": initial_timeout_millis,
                "inter_digit_timeout_millis": inter_digit_timeout_millis,
                "invalid_audio_url": invalid_audio_url,
                "invalid_media_name": invalid_media_name,
                "maximum_digits": maximum_digits,
                "maximum_tries": maximum_tries,
                "media_name": media_name,
                "minimum_digits": minimum_digits,
                "stop_playback_on_dtmf": stop_playback_on_dtmf,
                "terminating_digit": terminating_digit,
                "timeout_millis": timeout_millis,
                "valid_digits": valid_digits,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def hold(
        self,
        id: str,
        *,
        audio_url: str | NotGiven = NOT_GIVEN,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Hold conference participants.

        Hold a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            audio_url (body, optional): The URL of a file to be played to the participants when
                they are put on hold. media_name and audio_url cannot be used together in one
                request.
            call_control_ids (body, optional): List of unique identifiers and tokens for
                controlling the call. When empty all participants will be placed on hold.
            media_name (body, optional): The media_name of a file to be played to the
                participants when they are put on hold. The media_name must point to a file
                previously uploaded to api.telnyx.com/v2/media by the same user/organization.
                The file must either be a WAV or MP3 file.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/hold` (operationId `HoldConferenceParticipants`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_HOLD,
            path_params={"id": id},
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "media_name": media_name,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def join(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        hold: bool | NotGiven = NOT_GIVEN,
        hold_audio_url: str | NotGiven = NOT_GIVEN,
        hold_media_name: str | NotGiven = NOT_GIVEN,
        mute: bool | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        soft_end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        start_conference_on_enter: bool | NotGiven = NOT_GIVEN,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"] | NotGiven = NOT_GIVEN,
        whisper_call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Join a conference.

        Join an existing call leg to a conference. Issue the Join Conference command with the
        conference ID in the path and the `call_control_id` of the leg you wish to join to the
        conference as an attribute. The conference can have up to a certain amount of active
        participants, as set by the `max_participants` parameter in conference creation request.

        **Expected Webhooks:**

        - `conference.participant.joined`
        - `conference.participant.left`

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            beep_enabled (body, optional): Whether a beep sound should be played when the
                participant joins and/or leaves the conference. Can be used to override the
                conference-level setting. Allowed values: `"always"`, `"never"`, `"on_enter"`,
                `"on_exit"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string. Please note that the
                client_state will be updated for the participient call leg and the change will
                not affect conferencing webhooks unless the participient is the owner of the
                conference.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            end_conference_on_exit (body, optional): Whether the conference should end and all
                remaining participants be hung up after the participant leaves the conference.
                Defaults to "false".
            hold (body, optional): Whether the participant should be put on hold immediately
                after joining the conference. Defaults to "false".
            hold_audio_url (body, optional): The URL of a file to be played to the participant
                when they are put on hold after joining the conference. hold_media_name and
                hold_audio_url cannot be used together in one request. Takes effect only when
                "start_conference_on_create" is set to "false". This property takes effect only
                if "hold" is set to "true".
            hold_media_name (body, optional): The media_name of a file to be played to the
                participant when they are put on hold after joining the conference. The
                media_name must point to a file previously uploaded to api.telnyx.com/v2/media
                by the same user/organization. The file must either be a WAV or MP3 file. Takes
                effect only when "start_conference_on_create" is set to "false". This property
                takes effect only if "hold" is set to "true".
            mute (body, optional): Whether the participant should be muted immediately after
                joining the conference. Defaults to "false".
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            soft_end_conference_on_exit (body, optional): Whether the conference should end
                after the participant leaves the conference. NOTE this doesn't hang up the other
                participants. Defaults to "false".
            start_conference_on_enter (body, optional): Whether the conference should be started
                after the participant joins the conference. Defaults to "false".
            supervisor_role (body, optional): Sets the joining participant as a supervisor for
                the conference. A conference can have multiple supervisors. "barge" means the
                supervisor enters the conference as a normal participant. This is the same as
                "none". "monitor" means the supervisor is muted but can hear all participants.
                "whisper" means that only the specified "whisper_call_control_ids" can hear the
                supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`,
                `"none"`, `"whisper"`.
            whisper_call_control_ids (body, optional): Array of unique call_control_ids the
                joining supervisor can whisper to. If none provided, the supervisor will join
                the conference as a monitoring participant only.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/join` (operationId `JoinConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_JOIN,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "beep_enabled": beep_enabled,
                "client_state": client_state,
                "command_id": command_id,
                "end_conference_on_exit": end_conference_on_exit,
                "hold": hold,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "mute": mute,
                "region": region,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
                "start_conference_on_enter": start_conference_on_enter,
                "supervisor_role": supervisor_role,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def leave(
        self,
        id: str,
        *,
        call_control_id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Leave a conference.

        Removes a call leg from a conference and moves it back to parked state.

        **Expected Webhooks:**

        - `conference.participant.left`

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            beep_enabled (body, optional): Whether a beep sound should be played when the
                participant leaves the conference. Can be used to override the conference-level
                setting. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/leave` (operationId `LeaveConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_LEAVE,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "beep_enabled": beep_enabled,
                "command_id": command_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def mute(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Mute conference participants.

        Mute a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, optional): Array of unique identifiers and tokens for
                controlling the call. When empty all participants will be muted.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/mute` (operationId `MuteConferenceParticipants`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_MUTE,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def play(
        self,
        id: str,
        *,
        audio_url: str | NotGiven = NOT_GIVEN,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        loop: str | int | NotGiven = NOT_GIVEN,
        media_name: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Play audio to conference participants.

        Play audio to all or some participants on a conference call.

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            audio_url (body, optional): The URL of a file to be played back in the conference.
                media_name and audio_url cannot be used together in one request.
            call_control_ids (body, optional): List of call control ids identifying participants
                the audio file should be played to. If not given, the audio file will be played
                to the entire conference.
            loop (body, optional): The number of times the audio file should be played. If
                supplied, the value must be an integer between 1 and 100, or the special string
                `infinity` for an endless loop. Default: `1`.
            media_name (body, optional): The media_name of a file to be played back in the
                conference. The media_name must point to a file previously uploaded to
                api.telnyx.com/v2/media by the same user/organization. The file must either be a
                WAV or MP3 file.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/play` (operationId `PlayConferenceAudio`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_PLAY,
            path_params={"id": id},
            body={
                "audio_url": audio_url,
                "call_control_ids": call_control_ids,
                "loop": loop,
                "media_name": media_name,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def record_pause(
        self,
        id: str,
        *,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording pause.

        Pause conference recording.

        Args:
            id (path, required): Specifies the conference by id or name.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Use this field to pause specific recording.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_pause` (operationId `PauseConferenceRecording`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_PAUSE,
            path_params={"id": id},
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def record_resume(
        self,
        id: str,
        *,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording resume.

        Resume conference recording.

        Args:
            id (path, required): Specifies the conference by id or name.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Use this field to resume specific recording.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_resume` (operationId `ResumeConferenceRecording`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_RESUME,
            path_params={"id": id},
            body={
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def record_start(
        self,
        id: str,
        *,
        format: Literal["wav", "mp3"],
        channels: Literal["single", "dual"] | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        custom_file_name: str | NotGiven = NOT_GIVEN,
        play_beep: bool | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        trim: Literal["trim-silence"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording start.

        Start recording the conference. Recording will stop on conference end, or via the Stop
        Recording command.

        **Expected Webhooks:**

        - `conference.recording.saved`

        Args:
            id (path, required): Specifies the conference to record by id or name.
            format (body, required): The audio file format used when storing the conference
                recording. Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`.
            channels (body, optional): When `dual`, final audio file will be stereo recorded
                with the conference creator on the first channel, and the rest on the second
                channel. Allowed values: `"single"`, `"dual"`. Default: `"single"`.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `conference_id`.
            custom_file_name (body, optional): The custom recording file name to be used instead
                of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
            play_beep (body, optional): If enabled, a beep sound will be played at the start of
                a recording.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            trim (body, optional): When set to `trim-silence`, silence will be removed from the
                beginning and end of the recording.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_start` (operationId `StartConferenceRecording`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_START,
            path_params={"id": id},
            body={
                "format": format,
                "channels": channels,
                "command_id": command_id,
                "custom_file_name": custom_file_name,
                "play_beep": play_beep,
                "region": region,
                "trim": trim,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def record_stop(
        self,
        id: str,
        *,
        client_state: str | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        recording_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Conference recording stop.

        Stop recording the conference.

        **Expected Webhooks:**

        - `conference.recording.saved`

        Args:
            id (path, required): Specifies the conference to stop the recording for by id or
                name.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string.
            command_id (body, optional): Use this field to avoid duplicate commands. Telnyx will
                ignore any command with the same `command_id` for the same `call_control_id`.
            recording_id (body, optional): Uniquely identifies the resource.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/record_stop` (operationId `StopConferenceRecording`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_RECORD_STOP,
            path_params={"id": id},
            body={
                "client_state": client_state,
                "command_id": command_id,
                "recording_id": recording_id,
                "region": region,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def send_dtmf(
        self,
        id: str,
        *,
        digits: str,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        duration_millis: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Send DTMF to conference participants.

        Send DTMF tones to one or more conference participants.

        Args:
            id (path, required): Uniquely identifies the conference.
            digits (body, required): DTMF digits to send. Valid characters: 0-9, A-D, *, #, w
                (0.5s pause), W (1s pause).
            call_control_ids (body, optional): Array of participant call control IDs to send
                DTMF to. When empty, DTMF will be sent to all participants.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. Must be a valid Base-64 encoded string.
            duration_millis (body, optional): Duration of each DTMF digit in milliseconds. Unit:
                milliseconds. Default: `250`. Minimum: 100. Maximum: 500.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/send_dtmf` (operationId `ConferenceSendDTMF`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_SEND_DTMF,
            path_params={"id": id},
            body={
                "digits": digits,
                "call_control_ids": call_control_ids,
                "client_state": client_state,
                "duration_millis": duration_millis,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def speak(
        self,
        id: str,
        *,
        payload: str,
        voice: str,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        language: Literal[
            "arb",
            "cmn-CN",
            "cy-GB",
            "da-DK",
            "de-DE",
            "en-AU",
            "en-GB",
            "en-GB-WLS",
            "en-IN",
            "en-US",
            "es-ES",
            "es-MX",
            "es-US",
            "fr-CA",
            "fr-FR",
            "hi-IN",
            "is-IS",
            "it-IT",
            "ja-JP",
            "ko-KR",
            "nb-NO",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "ro-RO",
            "ru-RU",
            "sv-SE",
            "tr-TR",
        ]
        | NotGiven = NOT_GIVEN,
        payload_type: Literal["text", "ssml"] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        voice_settings: ElevenLabsVoiceSettings
        | ElevenLabsVoiceSettingsParam
        | TelnyxVoiceSettings
        | TelnyxVoiceSettingsParam
        | AWSVoiceSettings
        | AWSVoiceSettingsParam
        | MinimaxVoiceSettings
        | MinimaxVoiceSettingsParam
        | AzureVoiceSettings
        | AzureVoiceSettingsParam
        | RimeVoiceSettings
        | RimeVoiceSettingsParam
        | ResembleVoiceSettings
        | ResembleVoiceSettingsParam
        | InworldVoiceSettings
        | InworldVoiceSettingsParam
        | XAIVoiceSettings
        | XAIVoiceSettingsParam
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Speak text to conference participants.

        Convert text to speech and play it to all or some participants.

        Args:
            id (path, required): Specifies the conference by id or name.
            payload (body, required): The text or SSML to be converted into speech. There is a
                3,000 character limit.
            voice (body, required): Specifies the voice used in speech synthesis.

            - Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the
                provider will give default values for voice_id and model_id.

             **Supported Providers:**
            - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices,
                which provide more realistic, human-like speech, append `-Neural` to the
                `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available
                voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for
                compatibility.
            - **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-
                BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a
                complete list of voices, go to [Azure Voice
                Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings`
                to configure custom deployments, regions, or API keys.
            - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g.,
                `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is
                optional. To use ElevenLabs, you must provide your ElevenLabs API key as an
                integration identifier secret in `"voice_settings": {"api_key_ref":
                "<secret_identifier>"}`. See [integration secrets
                documentation](https://developers.telnyx.com/api/secrets-manager/integration-
                secrets/create-integration-secret) for details. Check [available
                voices](https://elevenlabs.io/docs/api-reference/get-voices).
            - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use
                `voice_settings` to configure voice_speed and other synthesis parameters.
                `Bayan` provides Arabic (multiple dialects) and English voices (e.g.,
                `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices
                (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
            - **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g.,
                `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`,
                `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to
                configure speed, volume, pitch, and language_boost.
            - **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported
                model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to
                configure voice_speed.
            - **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`).
                Only `Turbo` model is supported. Use `voice_settings` to configure precision,
                sample_rate, and format.
            - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`,
                `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`,
                `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`,
                `CREATIVE`), supported by `TTS2` only.
            - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g.,
                `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`,
                `s1`. `VoiceId` is a Fish Voice-Library reference ID.
            - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`,
                `rex`, `sal`, `leo`.

            For service_level basic, you may define the gender of the speaker (male or female).
            call_control_ids (body, optional): Call Control IDs of participants who will hear
                the spoken text. When empty all participants will hear the spoken text.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            language (body, optional): The language you want spoken. This parameter is ignored
                when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-
                GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`,
                `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`,
                `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`,
                `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`.
            payload_type (body, optional): The type of the provided payload. The payload can
                either be plain text, or Speech Synthesis Markup Language (SSML). Allowed
                values: `"text"`, `"ssml"`. Default: `"text"`.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            voice_settings (body, optional): The settings associated with the voice selected.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/speak` (operationId `SpeakTextToConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_SPEAK,
            path_params={"id": id},
            body={
                "payload": payload,
                "voice": voice,
                "call_control_ids": call_control_ids,
                "command_id": command_id,
                "language": language,
                "payload_type": payload_type,
                "region": region,
                "voice_settings": voice_settings,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    async def stop(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Stop audio being played on the conference.

        Stop audio being played to all or some participants on a conference call.

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, optional): List of call control ids identifying participants
                the audio file should stop be played to. If not given, the audio will be stoped
                to the entire conference.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/stop` (operationId `StopConferenceAudio`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_STOP,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def unhold(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str],
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Unhold conference participants.

        Unhold a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, required): List of unique identifiers and tokens for
                controlling the call. Enter each call control ID to be unheld.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/unhold` (operationId `UnholdConferenceParticipants`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_UNHOLD,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def unmute(
        self,
        id: str,
        *,
        call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Unmute conference participants.

        Unmute a list of participants in a conference call

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_ids (body, optional): List of unique identifiers and tokens for
                controlling the call. Enter each call control ID to be unmuted. When empty all
                participants will be unmuted.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `POST /conferences/{id}/actions/unmute` (operationId `UnmuteConferenceParticipants`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_UNMUTE,
            path_params={"id": id},
            body={
                "call_control_ids": call_control_ids,
                "region": region,
            },
            options=RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                retry_non_idempotent=retry_non_idempotent,
            ),
        )

    async def update(
        self,
        id: str,
        *,
        call_control_id: str,
        supervisor_role: Literal["barge", "monitor", "none", "whisper"],
        command_id: str | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        whisper_call_control_ids: SequenceNotStr[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceCommandResponse:
        """Update conference participant.

        Update conference participant supervisor_role

        Args:
            id (path, required): Uniquely identifies the conference by id or name.
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            supervisor_role (body, required): Sets the participant as a supervisor for the
                conference. A conference can have multiple supervisors. "barge" means the
                supervisor enters the conference as a normal participant. This is the same as
                "none". "monitor" means the supervisor is muted but can hear all participants.
                "whisper" means that only the specified "whisper_call_control_ids" can hear the
                supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`,
                `"none"`, `"whisper"`.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            region (body, optional): Region where the conference data is located. Defaults to
                the region defined in user's data locality settings (Europe or US). Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            whisper_call_control_ids (body, optional): Array of unique call_control_ids the
                supervisor can whisper to. If none provided, the supervisor will join the
                conference as a monitoring participant only.

        Returns:
            `ConferenceCommandResponse`: Successful response upon making a conference command.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences/{id}/actions/update` (operationId `UpdateConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_ACTIONS_UPDATE,
            path_params={"id": id},
            body={
                "call_control_id": call_control_id,
                "supervisor_role": supervisor_role,
                "command_id": command_id,
                "region": region,
                "whisper_call_control_ids": whisper_call_control_ids,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )


class AsyncConferencesActionsResourceWithRawResponse:
    """`conferences.actions.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncConferencesActionsResource) -> None:
        self._resource = resource
        self.end_conference = async_to_raw_response_wrapper(resource.end_conference)
        self.gather_dtmf_audio = async_to_raw_response_wrapper(resource.gather_dtmf_audio)
        self.hold = async_to_raw_response_wrapper(resource.hold)
        self.join = async_to_raw_response_wrapper(resource.join)
        self.leave = async_to_raw_response_wrapper(resource.leave)
        self.mute = async_to_raw_response_wrapper(resource.mute)
        self.play = async_to_raw_response_wrapper(resource.play)
        self.record_pause = async_to_raw_response_wrapper(resource.record_pause)
        self.record_resume = async_to_raw_response_wrapper(resource.record_resume)
        self.record_start = async_to_raw_response_wrapper(resource.record_start)
        self.record_stop = async_to_raw_response_wrapper(resource.record_stop)
        self.send_dtmf = async_to_raw_response_wrapper(resource.send_dtmf)
        self.speak = async_to_raw_response_wrapper(resource.speak)
        self.stop = async_to_raw_response_wrapper(resource.stop)
        self.unhold = async_to_raw_response_wrapper(resource.unhold)
        self.unmute = async_to_raw_response_wrapper(resource.unmute)
        self.update = async_to_raw_response_wrapper(resource.update)


class AsyncConferencesActionsResourceWithStreamingResponse:
    """`conferences.actions.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncConferencesActionsResource) -> None:
        self._resource = resource
        self.end_conference = async_to_streamed_response_wrapper(resource.end_conference)
        self.gather_dtmf_audio = async_to_streamed_response_wrapper(resource.gather_dtmf_audio)
        self.hold = async_to_streamed_response_wrapper(resource.hold)
        self.join = async_to_streamed_response_wrapper(resource.join)
        self.leave = async_to_streamed_response_wrapper(resource.leave)
        self.mute = async_to_streamed_response_wrapper(resource.mute)
        self.play = async_to_streamed_response_wrapper(resource.play)
        self.record_pause = async_to_streamed_response_wrapper(resource.record_pause)
        self.record_resume = async_to_streamed_response_wrapper(resource.record_resume)
        self.record_start = async_to_streamed_response_wrapper(resource.record_start)
        self.record_stop = async_to_streamed_response_wrapper(resource.record_stop)
        self.send_dtmf = async_to_streamed_response_wrapper(resource.send_dtmf)
        self.speak = async_to_streamed_response_wrapper(resource.speak)
        self.stop = async_to_streamed_response_wrapper(resource.stop)
        self.unhold = async_to_streamed_response_wrapper(resource.unhold)
        self.unmute = async_to_streamed_response_wrapper(resource.unmute)
        self.update = async_to_streamed_response_wrapper(resource.update)
