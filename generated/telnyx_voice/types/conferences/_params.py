"""The official SDK's `...Params` TypedDicts of `telnyx_voice.types.conferences`.

Each holds the keyword arguments of one method (`total=False`; required ones are
`Required[...]`), so `client.<method>(<positional>, **params)` works as with `telnyx`.
"""

from typing import Literal

from typing_extensions import Required, TypedDict

from telnyx_voice._types import SequenceNotStr
from telnyx_voice.types.models import (
    AWSVoiceSettings,
    AzureVoiceSettings,
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
    "ActionEndConferenceParams",
    "ActionGatherDtmfAudioParams",
    "ActionHoldParams",
    "ActionJoinParams",
    "ActionLeaveParams",
    "ActionMuteParams",
    "ActionPlayParams",
    "ActionRecordPauseParams",
    "ActionRecordResumeParams",
    "ActionRecordStartParams",
    "ActionRecordStopParams",
    "ActionSendDtmfParams",
    "ActionSpeakParams",
    "ActionStopParams",
    "ActionUnholdParams",
    "ActionUnmuteParams",
    "ActionUpdateParams",
]


class ActionEndConferenceParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.end_conference(id, **params)`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same conference."""


class ActionGatherDtmfAudioParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.gather_dtmf_audio(id, **params)`."""

    call_control_id: Required[str]
    """Unique identifier and token for controlling the call leg that will receive the gather prompt."""

    audio_url: str
    """The URL of the audio file to play as the gather prompt. Must be WAV or MP3 format."""

    client_state: str
    """Use this field to add state to every subsequent webhook. Must be a valid Base-64 encoded string."""

    gather_id: str
    """Identifier for this gather command. Will be included in the gather ended webhook. Maximum 100 characters."""

    initial_timeout_millis: int
    """Duration in milliseconds to wait for the first digit before timing out. Unit: milliseconds."""

    inter_digit_timeout_millis: int
    """Duration in milliseconds to wait between digits. Unit: milliseconds. Default: `5000`."""

    invalid_audio_url: str
    """URL of audio file to play when invalid input is received."""

    invalid_media_name: str
    """Name of media file to play when invalid input is received."""

    maximum_digits: int
    """Maximum number of digits to gather. Default: `128`. Minimum: 1."""

    maximum_tries: int
    """Maximum number of times to play the prompt if no input is received. Default: `3`. Minimum: 1."""

    media_name: str
    """The name of the media file uploaded to the Media Storage API to play as the gather prompt."""

    minimum_digits: int
    """Minimum number of digits to gather. Default: `1`. Minimum: 1."""

    stop_playback_on_dtmf: bool
    """Whether to stop the audio playback when a DTMF digit is received. Default: `true`."""

    terminating_digit: str
    """Digit that terminates gathering. Default: `"#"`."""

    timeout_millis: int
    """Duration in milliseconds to wait for input before timing out. Unit: milliseconds. Default: `60000`."""

    valid_digits: str
    """Digits that are valid for gathering. All other digits will be ignored. Default: `"0123456789#*"`."""


class ActionHoldParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.hold(id, **params)`."""

    audio_url: str
    """The URL of a file to be played to the participants when they are put on hold. media_name and audio_url cannot be used together in one request."""

    call_control_ids: SequenceNotStr[str]
    """List of unique identifiers and tokens for controlling the call. When empty all participants will be placed on hold."""

    media_name: str
    """The media_name of a file to be played to the participants when they are put on hold. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionJoinParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.join(id, **params)`."""

    call_control_id: Required[str]
    """Unique identifier and token for controlling the call."""

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"]
    """Whether a beep sound should be played when the participant joins and/or leaves the conference. Can be used to override the conference-level setting. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string. Please note that the client_state will be updated for the participient call leg and the change will not affect conferencing webhooks unless the participient is the owner of the conference."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    end_conference_on_exit: bool
    """Whether the conference should end and all remaining participants be hung up after the participant leaves the conference. Defaults to "false"."""

    hold: bool
    """Whether the participant should be put on hold immediately after joining the conference. Defaults to "false"."""

    hold_audio_url: str
    """The URL of a file to be played to the participant when they are put on hold after joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true"."""

    hold_media_name: str
    """The media_name of a file to be played to the participant when they are put on hold after joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true"."""

    mute: bool
    """Whether the participant should be muted immediately after joining the conference. Defaults to "false"."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""

    soft_end_conference_on_exit: bool
    """Whether the conference should end after the participant leaves the conference. NOTE this doesn't hang up the other participants. Defaults to "false"."""

    start_conference_on_enter: bool
    """Whether the conference should be started after the participant joins the conference. Defaults to "false"."""

    supervisor_role: Literal["barge", "monitor", "none", "whisper"]
    """Sets the joining participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`, `"none"`, `"whisper"`."""

    whisper_call_control_ids: SequenceNotStr[str]
    """Array of unique call_control_ids the joining supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only."""


class ActionLeaveParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.leave(id, **params)`."""

    call_control_id: Required[str]
    """Unique identifier and token for controlling the call."""

    beep_enabled: Literal["always", "never", "on_enter", "on_exit"]
    """Whether a beep sound should be played when the participant leaves the conference. Can be used to override the conference-level setting. Allowed values: `"always"`, `"never"`, `"on_enter"`, `"on_exit"`."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionMuteParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.mute(id, **params)`."""

    call_control_ids: SequenceNotStr[str]
    """Array of unique identifiers and tokens for controlling the call. When empty all participants will be muted."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionPlayParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.play(id, **params)`."""

    audio_url: str
    """The URL of a file to be played back in the conference. media_name and audio_url cannot be used together in one request."""

    call_control_ids: SequenceNotStr[str]
    """List of call control ids identifying participants the audio file should be played to. If not given, the audio file will be played to the entire conference."""

    loop: str | int
    """The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop. Default: `1`."""

    media_name: str
    """The media_name of a file to be played back in the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionRecordPauseParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_pause(id, **params)`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Use this field to pause specific recording."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionRecordResumeParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_resume(id, **params)`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Use this field to resume specific recording."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionRecordStartParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_start(id, **params)`."""

    format: Required[Literal["wav", "mp3"]]
    """The audio file format used when storing the conference recording. Can be either `mp3` or `wav`. Allowed values: `"wav"`, `"mp3"`."""

    channels: Literal["single", "dual"]
    """When `dual`, final audio file will be stereo recorded with the conference creator on the first channel, and the rest on the second channel. Allowed values: `"single"`, `"dual"`. Default: `"single"`."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `conference_id`."""

    custom_file_name: str
    """The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix."""

    play_beep: bool
    """If enabled, a beep sound will be played at the start of a recording."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""

    trim: Literal["trim-silence"]
    """When set to `trim-silence`, silence will be removed from the beginning and end of the recording."""


class ActionRecordStopParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.record_stop(id, **params)`."""

    client_state: str
    """Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string."""

    command_id: str
    """Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`."""

    recording_id: str
    """Uniquely identifies the resource."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionSendDtmfParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.send_dtmf(id, **params)`."""

    digits: Required[str]
    """DTMF digits to send. Valid characters: 0-9, A-D, *, #, w (0.5s pause), W (1s pause)."""

    call_control_ids: SequenceNotStr[str]
    """Array of participant call control IDs to send DTMF to. When empty, DTMF will be sent to all participants."""

    client_state: str
    """Use this field to add state to every subsequent webhook. Must be a valid Base-64 encoded string."""

    duration_millis: int
    """Duration of each DTMF digit in milliseconds. Unit: milliseconds. Default: `250`. Minimum: 100. Maximum: 500."""


class ActionSpeakParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.speak(id, **params)`."""

    payload: Required[str]
    """The text or SSML to be converted into speech. There is a 3,000 character limit."""

    voice: Required[str]
    """Specifies the voice used in speech synthesis.

- Define voices using the format `<Provider>.<Model>.<VoiceId>`. Specifying only the provider will give default values for voice_id and model_id.

 **Supported Providers:**
- **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
- **Azure:** Use `Azure.<VoiceId>` (e.g., `Azure.en-CA-ClaraNeural`, `Azure.en-US-BrianMultilingualNeural`, `Azure.en-US-Ava:DragonHDLatestNeural`). For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery). Use `voice_settings` to configure custom deployments, regions, or API keys.
- **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration identifier secret in `"voice_settings": {"api_key_ref": "<secret_identifier>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
- **Telnyx:** Use `Telnyx.<model_id>.<voice_id>` (e.g., `Telnyx.KokoroTTS.af`). Use `voice_settings` to configure voice_speed and other synthesis parameters. `Bayan` provides Arabic (multiple dialects) and English voices (e.g., `Telnyx.Bayan.Ahmed`, `Telnyx.Bayan.Amanda`). `Sukhan` provides Urdu voices (e.g., `Telnyx.Sukhan.urdu-professor`); `voice_speed` is not supported.
- **Minimax:** Use `Minimax.<ModelId>.<VoiceId>` (e.g., `Minimax.speech-02-hd.Wise_Woman`). Supported models: `speech-02-turbo`, `speech-02-hd`, `speech-2.6-turbo`, `speech-2.8-turbo`. Use `voice_settings` to configure speed, volume, pitch, and language_boost.
- **Rime:** Use `Rime.<model_id>.<voice_id>` (e.g., `Rime.Arcana.cove`). Supported model_ids: `Arcana`, `Mist`, `ArcanaV3`, `Coda`. Use `voice_settings` to configure voice_speed.
- **Resemble:** Use `Resemble.Turbo.<voice_id>` (e.g., `Resemble.Turbo.my_voice`). Only `Turbo` model is supported. Use `voice_settings` to configure precision, sample_rate, and format.
- **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`. Use `voice_settings` to configure `delivery_mode` (`STABLE`, `BALANCED`, `CREATIVE`), supported by `TTS2` only.
- **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
- **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.

For service_level basic, you may define the gender of the speaker (male or female)."""

    call_control_ids: SequenceNotStr[str]
    """Call Control IDs of participants who will hear the spoken text. When empty all participants will hear the spoken text."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

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
    """The language you want spoken. This parameter is ignored when a `Polly.*` voice is specified. Allowed values: `"arb"`, `"cmn-CN"`, `"cy-GB"`, `"da-DK"`, `"de-DE"`, `"en-AU"`, `"en-GB"`, `"en-GB-WLS"`, `"en-IN"`, `"en-US"`, `"es-ES"`, `"es-MX"`, `"es-US"`, `"fr-CA"`, `"fr-FR"`, `"hi-IN"`, `"is-IS"`, `"it-IT"`, `"ja-JP"`, `"ko-KR"`, `"nb-NO"`, `"nl-NL"`, `"pl-PL"`, `"pt-BR"`, `"pt-PT"`, `"ro-RO"`, `"ru-RU"`, `"sv-SE"`, `"tr-TR"`."""

    payload_type: Literal["text", "ssml"]
    """The type of the provided payload. The payload can either be plain text, or Speech Synthesis Markup Language (SSML). Allowed values: `"text"`, `"ssml"`. Default: `"text"`."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""

    voice_settings: (
        ElevenLabsVoiceSettings
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
    )
    """The settings associated with the voice selected."""


class ActionStopParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.stop(id, **params)`."""

    call_control_ids: SequenceNotStr[str]
    """List of call control ids identifying participants the audio file should stop be played to. If not given, the audio will be stoped to the entire conference."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionUnholdParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.unhold(id, **params)`."""

    call_control_ids: Required[SequenceNotStr[str]]
    """List of unique identifiers and tokens for controlling the call. Enter each call control ID to be unheld."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionUnmuteParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.unmute(id, **params)`."""

    call_control_ids: SequenceNotStr[str]
    """List of unique identifiers and tokens for controlling the call. Enter each call control ID to be unmuted. When empty all participants will be unmuted."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""


class ActionUpdateParams(TypedDict, total=False):
    """The keyword arguments of `client.conferences.actions.update(id, **params)`."""

    call_control_id: Required[str]
    """Unique identifier and token for controlling the call."""

    supervisor_role: Required[Literal["barge", "monitor", "none", "whisper"]]
    """Sets the participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none". Allowed values: `"barge"`, `"monitor"`, `"none"`, `"whisper"`."""

    command_id: str
    """Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed."""

    region: Literal["Australia", "Europe", "Middle East", "US"]
    """Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US). Allowed values: `"Australia"`, `"Europe"`, `"Middle East"`, `"US"`."""

    whisper_call_control_ids: SequenceNotStr[str]
    """Array of unique call_control_ids the supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only."""
