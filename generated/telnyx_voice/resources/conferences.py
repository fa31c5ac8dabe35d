"""`client.conferences`: 6 operation(s) of the Telnyx Voice API, sync and async."""

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
from telnyx_voice._types import NOT_GIVEN, Headers, NotGiven, RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    from telnyx_voice._pagination import (
        AsyncDefaultFlatPagination,
        AsyncPaginator,
        SyncDefaultFlatPagination,
    )
    from telnyx_voice.resources.conferences_actions import (
        AsyncConferencesActionsResource,
        AsyncConferencesActionsResourceWithRawResponse,
        AsyncConferencesActionsResourceWithStreamingResponse,
        ConferencesActionsResource,
        ConferencesActionsResourceWithRawResponse,
        ConferencesActionsResourceWithStreamingResponse,
    )
    from telnyx_voice.types.models import (
        Conference,
        ConferenceParticipantResource,
        ConferenceResponse,
        Participant,
    )
    from telnyx_voice.types.params import (
        ListConferenceParticipantsFilterParam,
        ListConferenceParticipantsPageParam,
        ListConferencesFilterParam,
        ListConferencesPageParam,
    )

__all__ = [
    "AsyncConferencesResource",
    "AsyncConferencesResourceWithRawResponse",
    "AsyncConferencesResourceWithStreamingResponse",
    "ConferencesResource",
    "ConferencesResourceWithRawResponse",
    "ConferencesResourceWithStreamingResponse",
]


class ConferencesResource(SyncAPIResource):
    """`client.conferences` (sync).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def actions(self) -> ConferencesActionsResource:
        from telnyx_voice.resources.conferences_actions import ConferencesActionsResource

        return ConferencesActionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ConferencesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return ConferencesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConferencesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return ConferencesResourceWithStreamingResponse(self)

    def create(
        self,
        *,
        call_control_id: str,
        name: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        comfort_noise: bool | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        duration_minutes: int | NotGiven = NOT_GIVEN,
        hold_audio_url: str | NotGiven = NOT_GIVEN,
        hold_media_name: str | NotGiven = NOT_GIVEN,
        max_participants: int | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        start_conference_on_create: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceResponse:
        """Create conference.

        Create a conference from an existing call leg using a `call_control_id` and a conference
        name. Upon creating the conference, the call will be automatically bridged to the
        conference. Conferences will expire after all participants have left the conference or
        after 4 hours regardless of the number of active participants.

        **Expected Webhooks:**

        - `conference.created`
        - `conference.participant.joined`
        - `conference.participant.left`
        - `conference.ended`
        - `conference.recording.saved`
        - `conference.floor.changed`

        Args:
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            name (body, required): Name of the conference.
            beep_enabled (body, optional): Whether a beep sound should be played when
                participants join and/or leave the conference. Allowed values: `"always"`,
                `"never"`, `"on_enter"`, `"on_exit"`. Default: `"never"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string. The client_state will be
                updated for the creator call leg and will be used for all webhooks related to
                the created conference.
            comfort_noise (body, optional): Toggle background comfort noise. Default: `true`.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            duration_minutes (body, optional): Time length (minutes) after which the conference
                will end.
            hold_audio_url (body, optional): The URL of a file to be played to participants
                joining the conference. The URL can point to either a WAV or MP3 file.
                hold_media_name and hold_audio_url cannot be used together in one request. Takes
                effect only when "start_conference_on_create" is set to "false".
            hold_media_name (body, optional): The media_name of a file to be played to
                participants joining the conference. The media_name must point to a file
                previously uploaded to api.telnyx.com/v2/media by the same user/organization.
                The file must either be a WAV or MP3 file. Takes effect only when
                "start_conference_on_create" is set to "false".
            max_participants (body, optional): The maximum number of active conference
                participants to allow. Must be between 2 and 800. Defaults to 250.
            region (body, optional): Sets the region where the conference data will be hosted.
                Defaults to the region defined in user's data locality settings (Europe or US).
                Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            start_conference_on_create (body, optional): Whether the conference should be
                started on creation. If the conference isn't started all participants that join
                are automatically put on hold. Defaults to "true".

        Returns:
            `ConferenceResponse`: Successful response with details about a conference.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences` (operationId `CreateConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_CREATE,
            body={
                "call_control_id": call_control_id,
                "name": name,
                "beep_enabled": beep_enabled,
                "client_state": client_state,
                "comfort_noise": comfort_noise,
                "command_id": command_id,
                "duration_minutes": duration_minutes,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "max_participants": max_participants,
                "region": region,
                "start_conference_on_create": start_conference_on_create,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def list(
        self,
        *,
        filter: ListConferencesFilterParam | NotGiven = NOT_GIVEN,
        page: ListConferencesPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncDefaultFlatPagination[Conference]:
        """List conferences.

        Lists conferences. Conferences are created on demand, and will expire after all
        participants have left the conference or after 4 hours regardless of the number of
        active participants. Conferences are listed in descending order by `expires_at`.

        Args:
            filter (query, optional): Consolidated filter parameter (deepObject style).
                Originally: filter[application_name][contains],
                filter[outbound.outbound_voice_profile_id], filter[leg_id],
                filter[application_session_id], filter[connection_id], filter[product],
                filter[failed], filter[from], filter[to], filter[name], filter[type],
                filter[occurred_at][eq/gt/gte/lt/lte], filter[status].
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.
            region (query, optional): Region where the conference data is located. Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            A page of `Conference` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `responsive` (the spec's `x-latency-category`), default
        timeout 30 s (5 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"responsive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences` (operationId `ListConferences`).
        """
        return self._client.request_page(
            _operations.CONFERENCES_LIST,
            query={
                "filter": filter,
                "page": page,
                "page[number]": page_number,
                "page[size]": page_size,
                "region": region,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_participants(
        self,
        conference_id: str,
        *,
        filter: ListConferenceParticipantsFilterParam | NotGiven = NOT_GIVEN,
        page: ListConferenceParticipantsPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncDefaultFlatPagination[Participant]:
        """List conference participants.

        Lists conference participants

        Args:
            conference_id (path, required): Uniquely identifies the conference by id.
            filter (query, optional): Consolidated filter parameter (deepObject style).
                Originally: filter[muted], filter[on_hold], filter[whispering].
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.
            region (query, optional): Region where the conference data is located. Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            A page of `Participant` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences/{conference_id}/participants` (operationId `ListConferenceParticipants`).
        """
        return self._client.request_page(
            _operations.CONFERENCES_LIST_PARTICIPANTS,
            path_params={"conference_id": conference_id},
            query={
                "filter": filter,
                "page": page,
                "page[number]": page_number,
                "page[size]": page_size,
                "region": region,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def retrieve(
        self,
        id: str,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConferenceResponse:
        """Retrieve a conference.

        Retrieve an existing conference

        Args:
            id (path, required): Uniquely identifies the conference by id.
            region (query, optional): Region where the conference data is located. Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceResponse`: Successful response with details about a conference.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences/{id}` (operationId `RetrieveConference`).
        """
        return self._client.request(
            _operations.CONFERENCES_RETRIEVE,
            path_params={"id": id},
            query={"region": region},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def retrieve_participant(
        self,
        participant_id: str,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConferenceParticipantResource:
        """Retrieve a conference participant.

        Retrieve details of a specific conference participant by their ID or label.

        Args:
            id (path, required): Uniquely identifies the conference.
            participant_id (path, required): Uniquely identifies the participant by their ID or
                label.

        Returns:
            `ConferenceParticipantResource`: Successful response

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences/{id}/participants/{participant_id}` (operationId `RetrieveConferenceParticipant`).
        """
        return self._client.request(
            _operations.CONFERENCES_RETRIEVE_PARTICIPANT,
            path_params={"id": id, "participant_id": participant_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update_participant(
        self,
        participant_id: str,
        *,
        id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        soft_end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceParticipantResource:
        """Update a conference participant.

        Update properties of a conference participant.

        Args:
            id (path, required): Uniquely identifies the conference.
            participant_id (path, required): Uniquely identifies the participant.
            beep_enabled (body, optional): Whether entry/exit beeps are enabled for this
                participant. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`.
            end_conference_on_exit (body, optional): Whether the conference should end when this
                participant exits.
            soft_end_conference_on_exit (body, optional): Whether the conference should soft-end
                when this participant exits. A soft end will stop new participants from joining
                but allow existing participants to remain.

        Returns:
            `ConferenceParticipantResource`: Successful response

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `PATCH /conferences/{id}/participants/{participant_id}` (operationId `UpdateConferenceParticipant`).
        """
        return self._client.request(
            _operations.CONFERENCES_UPDATE_PARTICIPANT,
            path_params={"id": id, "participant_id": participant_id},
            body={
                "beep_enabled": beep_enabled,
                "end_conference_on_exit": end_conference_on_exit,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
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


class ConferencesResourceWithRawResponse:
    """`conferences.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: ConferencesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.list = to_raw_response_wrapper(resource.list)
        self.list_participants = to_raw_response_wrapper(resource.list_participants)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.retrieve_participant = to_raw_response_wrapper(resource.retrieve_participant)
        self.update_participant = to_raw_response_wrapper(resource.update_participant)

    @cached_property
    def actions(self) -> ConferencesActionsResourceWithRawResponse:
        return ConferencesActionsResourceWithRawResponse(self._resource.actions)


class ConferencesResourceWithStreamingResponse:
    """`conferences.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: ConferencesResource) -> None:
        self._resource = resource
        self.create = to_streamed_response_wrapper(resource.create)
        self.list = to_streamed_response_wrapper(resource.list)
        self.list_participants = to_streamed_response_wrapper(resource.list_participants)
        self.retrieve = to_streamed_response_wrapper(resource.retrieve)
        self.retrieve_participant = to_streamed_response_wrapper(resource.retrieve_participant)
        self.update_participant = to_streamed_response_wrapper(resource.update_participant)

    @cached_property
    def actions(self) -> ConferencesActionsResourceWithStreamingResponse:
        return ConferencesActionsResourceWithStreamingResponse(self._resource.actions)


class AsyncConferencesResource(AsyncAPIResource):
    """`client.conferences` (async).

    Every method raises `RequestValidationError` when an argument does not match the
    request schema (nothing is sent), an `APIStatusError` subclass per status code when
    Telnyx answers with an error, and `APIConnectionError` (or `APITimeoutError`) when the
    request could not be completed after its retries.
    """

    @cached_property
    def actions(self) -> AsyncConferencesActionsResource:
        from telnyx_voice.resources.conferences_actions import AsyncConferencesActionsResource

        return AsyncConferencesActionsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncConferencesResourceWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers, `.parse()`)."""
        return AsyncConferencesResourceWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConferencesResourceWithStreamingResponse:
        """The same methods, returning a context manager whose response body is read only
        when asked (`iter_bytes()`, `read()`, `parse()`, ...) and closed on exit."""
        return AsyncConferencesResourceWithStreamingResponse(self)

    async def create(
        self,
        *,
        call_control_id: str,
        name: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        client_state: str | NotGiven = NOT_GIVEN,
        comfort_noise: bool | NotGiven = NOT_GIVEN,
        command_id: str | NotGiven = NOT_GIVEN,
        duration_minutes: int | NotGiven = NOT_GIVEN,
        hold_audio_url: str | NotGiven = NOT_GIVEN,
        hold_media_name: str | NotGiven = NOT_GIVEN,
        max_participants: int | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        start_conference_on_create: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        hedge_after: float | None | NotGiven = NOT_GIVEN,
    ) -> ConferenceResponse:
        """Create conference.

        Create a conference from an existing call leg using a `call_control_id` and a conference
        name. Upon creating the conference, the call will be automatically bridged to the
        conference. Conferences will expire after all participants have left the conference or
        after 4 hours regardless of the number of active participants.

        **Expected Webhooks:**

        - `conference.created`
        - `conference.participant.joined`
        - `conference.participant.left`
        - `conference.ended`
        - `conference.recording.saved`
        - `conference.floor.changed`

        Args:
            call_control_id (body, required): Unique identifier and token for controlling the
                call.
            name (body, required): Name of the conference.
            beep_enabled (body, optional): Whether a beep sound should be played when
                participants join and/or leave the conference. Allowed values: `"always"`,
                `"never"`, `"on_enter"`, `"on_exit"`. Default: `"never"`.
            client_state (body, optional): Use this field to add state to every subsequent
                webhook. It must be a valid Base-64 encoded string. The client_state will be
                updated for the creator call leg and will be used for all webhooks related to
                the created conference.
            comfort_noise (body, optional): Toggle background comfort noise. Default: `true`.
            command_id (body, optional): Use this field to avoid execution of duplicate
                commands. Telnyx will ignore subsequent commands with the same `command_id` as
                one that has already been executed.
            duration_minutes (body, optional): Time length (minutes) after which the conference
                will end.
            hold_audio_url (body, optional): The URL of a file to be played to participants
                joining the conference. The URL can point to either a WAV or MP3 file.
                hold_media_name and hold_audio_url cannot be used together in one request. Takes
                effect only when "start_conference_on_create" is set to "false".
            hold_media_name (body, optional): The media_name of a file to be played to
                participants joining the conference. The media_name must point to a file
                previously uploaded to api.telnyx.com/v2/media by the same user/organization.
                The file must either be a WAV or MP3 file. Takes effect only when
                "start_conference_on_create" is set to "false".
            max_participants (body, optional): The maximum number of active conference
                participants to allow. Must be between 2 and 800. Defaults to 250.
            region (body, optional): Sets the region where the conference data will be hosted.
                Defaults to the region defined in user's data locality settings (Europe or US).
                Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.
            start_conference_on_create (body, optional): Whether the conference should be
                started on creation. If the conference isn't started all participants that join
                are automatically put on hold. Defaults to "true".

        Returns:
            `ConferenceResponse`: Successful response with details about a conference.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Retries are idempotent: unless `command_id` is given, one is generated per call and
        reused on every retry, so Telnyx executes the command at most once. `hedge_after=`
        (seconds; default the client's, off unless set): when no response has arrived by then,
        the identical request (same `command_id`) is sent again, up to the client's `max_hedges`
        times, and the first successful answer is used.

        Source: `POST /conferences` (operationId `CreateConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_CREATE,
            body={
                "call_control_id": call_control_id,
                "name": name,
                "beep_enabled": beep_enabled,
                "client_state": client_state,
                "comfort_noise": comfort_noise,
                "command_id": command_id,
                "duration_minutes": duration_minutes,
                "hold_audio_url": hold_audio_url,
                "hold_media_name": hold_media_name,
                "max_participants": max_participants,
                "region": region,
                "start_conference_on_create": start_conference_on_create,
            },
            options=RequestOptions(
                extra_headers, extra_query, extra_body, timeout, max_retries, hedge_after
            ),
        )

    def list(
        self,
        *,
        filter: ListConferencesFilterParam | NotGiven = NOT_GIVEN,
        page: ListConferencesPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Conference, AsyncDefaultFlatPagination[Conference]]:
        """List conferences.

        Lists conferences. Conferences are created on demand, and will expire after all
        participants have left the conference or after 4 hours regardless of the number of
        active participants. Conferences are listed in descending order by `expires_at`.

        Args:
            filter (query, optional): Consolidated filter parameter (deepObject style).
                Originally: filter[application_name][contains],
                filter[outbound.outbound_voice_profile_id], filter[leg_id],
                filter[application_session_id], filter[connection_id], filter[product],
                filter[failed], filter[from], filter[to], filter[name], filter[type],
                filter[occurred_at][eq/gt/gte/lt/lte], filter[status].
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.
            region (query, optional): Region where the conference data is located. Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            A page of `Conference` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `responsive` (the spec's `x-latency-category`), default
        timeout 30 s (5 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"responsive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences` (operationId `ListConferences`).
        """
        return self._client.request_page(
            _operations.CONFERENCES_LIST,
            query={
                "filter": filter,
                "page": page,
                "page[number]": page_number,
                "page[size]": page_size,
                "region": region,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_participants(
        self,
        conference_id: str,
        *,
        filter: ListConferenceParticipantsFilterParam | NotGiven = NOT_GIVEN,
        page: ListConferenceParticipantsPageParam | NotGiven = NOT_GIVEN,
        page_number: int | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Participant, AsyncDefaultFlatPagination[Participant]]:
        """List conference participants.

        Lists conference participants

        Args:
            conference_id (path, required): Uniquely identifies the conference by id.
            filter (query, optional): Consolidated filter parameter (deepObject style).
                Originally: filter[muted], filter[on_hold], filter[whispering].
            page (query, optional): Consolidated page parameter (deepObject style). Originally:
                page[after], page[before], page[limit], page[size], page[number].
            page_number (query, optional, sent as 'page[number]'): The page number to load.
                Default: `1`. Minimum: 1. The same as `page={'number': ...}`.
            page_size (query, optional, sent as 'page[size]'): The size of the page. Default:
                `20`. Minimum: 1. Maximum: 250. The same as `page={'size': ...}`.
            region (query, optional): Region where the conference data is located. Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            A page of `Participant` items; iterating it fetches the following pages (page_number
                pagination).

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences/{conference_id}/participants` (operationId `ListConferenceParticipants`).
        """
        return self._client.request_page(
            _operations.CONFERENCES_LIST_PARTICIPANTS,
            path_params={"conference_id": conference_id},
            query={
                "filter": filter,
                "page": page,
                "page[number]": page_number,
                "page[size]": page_size,
                "region": region,
            },
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def retrieve(
        self,
        id: str,
        *,
        region: Literal["Australia", "Europe", "Middle East", "US"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConferenceResponse:
        """Retrieve a conference.

        Retrieve an existing conference

        Args:
            id (path, required): Uniquely identifies the conference by id.
            region (query, optional): Region where the conference data is located. Allowed
                values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`.

        Returns:
            `ConferenceResponse`: Successful response with details about a conference.

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences/{id}` (operationId `RetrieveConference`).
        """
        return await self._client.request(
            _operations.CONFERENCES_RETRIEVE,
            path_params={"id": id},
            query={"region": region},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def retrieve_participant(
        self,
        participant_id: str,
        *,
        id: str,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConferenceParticipantResource:
        """Retrieve a conference participant.

        Retrieve details of a specific conference participant by their ID or label.

        Args:
            id (path, required): Uniquely identifies the conference.
            participant_id (path, required): Uniquely identifies the participant by their ID or
                label.

        Returns:
            `ConferenceParticipantResource`: Successful response

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Source: `GET /conferences/{id}/participants/{participant_id}` (operationId `RetrieveConferenceParticipant`).
        """
        return await self._client.request(
            _operations.CONFERENCES_RETRIEVE_PARTICIPANT,
            path_params={"id": id, "participant_id": participant_id},
            options=RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update_participant(
        self,
        participant_id: str,
        *,
        id: str,
        beep_enabled: Literal["always", "never", "on_enter", "on_exit"] | NotGiven = NOT_GIVEN,
        end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        soft_end_conference_on_exit: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_non_idempotent: bool | NotGiven = NOT_GIVEN,
    ) -> ConferenceParticipantResource:
        """Update a conference participant.

        Update properties of a conference participant.

        Args:
            id (path, required): Uniquely identifies the conference.
            participant_id (path, required): Uniquely identifies the participant.
            beep_enabled (body, optional): Whether entry/exit beeps are enabled for this
                participant. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`.
            end_conference_on_exit (body, optional): Whether the conference should end when this
                participant exits.
            soft_end_conference_on_exit (body, optional): Whether the conference should soft-end
                when this participant exits. A soft end will stop new participants from joining
                but allow existing participants to remain.

        Returns:
            `ConferenceParticipantResource`: Successful response

        Deadline: latency category `interactive` (the spec's `x-latency-category`), default
        timeout 5 s (2 s to connect); `timeout=` overrides it for this call, the client's
        `timeouts={"interactive": ...}` or `timeout=` (also in `with_options`) for every call.

        Not idempotent: retried only when the request surely did not reach Telnyx (a connection
        that failed to open), unless `retry_non_idempotent=True` is given here or on the client.

        Source: `PATCH /conferences/{id}/participants/{participant_id}` (operationId `UpdateConferenceParticipant`).
        """
        return await self._client.request(
            _operations.CONFERENCES_UPDATE_PARTICIPANT,
            path_params={"id": id, "participant_id": participant_id},
            body={
                "beep_enabled": beep_enabled,
                "end_conference_on_exit": end_conference_on_exit,
                "soft_end_conference_on_exit": soft_end_conference_on_exit,
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


class AsyncConferencesResourceWithRawResponse:
    """`conferences.with_raw_response`: each method returns the raw response."""

    def __init__(self, resource: AsyncConferencesResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.list_participants = async_to_raw_response_wrapper(resource.list_participants)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.retrieve_participant = async_to_raw_response_wrapper(resource.retrieve_participant)
        self.update_participant = async_to_raw_response_wrapper(resource.update_participant)

    @cached_property
    def actions(self) -> AsyncConferencesActionsResourceWithRawResponse:
        return AsyncConferencesActionsResourceWithRawResponse(self._resource.actions)


class AsyncConferencesResourceWithStreamingResponse:
    """`conferences.with_streaming_response`: each method returns a context manager of the streamed response."""

    def __init__(self, resource: AsyncConferencesResource) -> None:
        self._resource = resource
        self.create = async_to_streamed_response_wrapper(resource.create)
        self.list = async_to_streamed_response_wrapper(resource.list)
        self.list_participants = async_to_streamed_response_wrapper(resource.list_participants)
        self.retrieve = async_to_streamed_response_wrapper(resource.retrieve)
        self.retrieve_participant = async_to_streamed_response_wrapper(
            resource.retrieve_participant
        )
        self.update_participant = async_to_streamed_response_wrapper(resource.update_participant)

    @cached_property
    def actions(self) -> AsyncConferencesActionsResourceWithStreamingResponse:
        return AsyncConferencesActionsResourceWithStreamingResponse(self._resource.actions)
