"""`CreateConferenceRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class CreateConferenceRequestBeepEnabled(LenientEnum):
    """
    Whether a beep sound should be played when participants join and/or leave the conference.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


class CreateConferenceRequestRegion(LenientEnum):
    """
    Sets the region where the conference data will be hosted. Defaults to the region defined in user's data locality settings (Europe or US).
    """

    AUSTRALIA = "Australia"
    EUROPE = "Europe"
    MIDDLE_EAST = "Middle East"
    US = "US"


if TYPE_CHECKING:
    CreateConferenceRequestBeepEnabledLike: TypeAlias = (
        CreateConferenceRequestBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
    CreateConferenceRequestRegionLike: TypeAlias = (
        CreateConferenceRequestRegion | Literal["Australia", "Europe", "Middle East", "US"]
    )
else:
    CreateConferenceRequestBeepEnabledLike = CreateConferenceRequestBeepEnabled
    CreateConferenceRequestRegionLike = CreateConferenceRequestRegion


class CreateConferenceRequest(BaseModel):
    beep_enabled: CreateConferenceRequestBeepEnabledLike | None = (
        CreateConferenceRequestBeepEnabled.NEVER
    )
    call_control_id: str
    """
    Unique identifier and token for controlling the call
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string. The client_state will be updated for the creator call leg and will be used for all webhooks related to the created conference.
    """
    comfort_noise: bool = True
    """
    Toggle background comfort noise.
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    duration_minutes: int | None = None
    """
    Time length (minutes) after which the conference will end.
    """
    hold_audio_url: str | None = None
    """
    The URL of a file to be played to participants joining the conference. The URL can point to either a WAV or MP3 file. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect only when "start_conference_on_create" is set to "false".
    """
    hold_media_name: str | None = None
    """
    The media_name of a file to be played to participants joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to "false".
    """
    max_participants: int | None = None
    """
    The maximum number of active conference participants to allow. Must be between 2 and 800. Defaults to 250
    """
    name: str
    """
    Name of the conference
    """
    region: CreateConferenceRequestRegionLike | None = None
    start_conference_on_create: bool | None = None
    """
    Whether the conference should be started on creation. If the conference isn't started all participants that join are automatically put on hold. Defaults to "true".
    """
