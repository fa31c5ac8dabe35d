"""`BridgeRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias
from uuid import UUID

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum


class BridgeRequestMuteDtmf(LenientEnum):
    """
    When enabled, DTMF tones are not passed to the call participant. The webhooks containing the DTMF information will be sent.
    """

    NONE = "none"
    BOTH = "both"
    SELF = "self"
    OPPOSITE = "opposite"


class BridgeRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class BridgeRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class BridgeRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class BridgeRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class BridgeRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class BridgeRequestRingtone(LenientEnum):
    """
    Specifies which country ringtone to play when `play_ringtone` is set to `true`. If not set, the US ringtone will be played.
    """

    AT = "at"
    AU = "au"
    BE = "be"
    BG = "bg"
    BR = "br"
    CH = "ch"
    CL = "cl"
    CN = "cn"
    CZ = "cz"
    DE = "de"
    DK = "dk"
    EE = "ee"
    ES = "es"
    FI = "fi"
    FR = "fr"
    GR = "gr"
    HU = "hu"
    IL = "il"
    IN = "in"
    IT = "it"
    JP = "jp"
    LT = "lt"
    MX = "mx"
    MY = "my"
    NL = "nl"
    NO = "no"
    NZ = "nz"
    PH = "ph"
    PL = "pl"
    PT = "pt"
    RU = "ru"
    SE = "se"
    SG = "sg"
    TH = "th"
    TW = "tw"
    UK = "uk"
    US_OLD = "us-old"
    US = "us"
    VE = "ve"
    ZA = "za"


if TYPE_CHECKING:
    BridgeRequestMuteDtmfLike: TypeAlias = (
        BridgeRequestMuteDtmf | Literal["none", "both", "self", "opposite"]
    )
    BridgeRequestRecordChannelsLike: TypeAlias = (
        BridgeRequestRecordChannels | Literal["single", "dual"]
    )
    BridgeRequestRecordFormatLike: TypeAlias = BridgeRequestRecordFormat | Literal["wav", "mp3"]
    BridgeRequestRecordLike: TypeAlias = BridgeRequestRecord | Literal["record-from-answer"]
    BridgeRequestRecordTrackLike: TypeAlias = (
        BridgeRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    BridgeRequestRecordTrimLike: TypeAlias = BridgeRequestRecordTrim | Literal["trim-silence"]
    BridgeRequestRingtoneLike: TypeAlias = (
        BridgeRequestRingtone
        | Literal[
            "at",
            "au",
            "be",
            "bg",
            "br",
            "ch",
            "cl",
            "cn",
            "cz",
            "de",
            "dk",
            "ee",
            "es",
            "fi",
            "fr",
            "gr",
            "hu",
            "il",
            "in",
            "it",
            "jp",
            "lt",
            "mx",
            "my",
            "nl",
            "no",
            "nz",
            "ph",
            "pl",
            "pt",
            "ru",
            "se",
            "sg",
            "th",
            "tw",
            "uk",
            "us-old",
            "us",
            "ve",
            "za",
        ]
    )
else:
    BridgeRequestMuteDtmfLike = BridgeRequestMuteDtmf
    BridgeRequestRecordChannelsLike = BridgeRequestRecordChannels
    BridgeRequestRecordFormatLike = BridgeRequestRecordFormat
    BridgeRequestRecordLike = BridgeRequestRecord
    BridgeRequestRecordTrackLike = BridgeRequestRecordTrack
    BridgeRequestRecordTrimLike = BridgeRequestRecordTrim
    BridgeRequestRingtoneLike = BridgeRequestRingtone


class BridgeRequest(BaseModel):
    call_control_id: str
    """
    The Call Control ID of the call you want to bridge with, can't be used together with queue parameter or video_room_id parameter.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    hold_after_unbridge: bool | None = None
    """
    Specifies behavior after the bridge ends. If set to `true`, the current leg will be put on hold after unbridge instead of being hung up.
    """
    mute_dtmf: BridgeRequestMuteDtmfLike | None = BridgeRequestMuteDtmf.NONE
    park_after_unbridge: str | None = None
    """
    Specifies behavior after the bridge ends (i.e. the opposite leg either hangs up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg.
    """
    play_ringtone: bool = False
    """
    Specifies whether to play a ringtone if the call you want to bridge with has not yet been answered.
    """
    prevent_double_bridge: bool = False
    """
    When set to `true`, it prevents bridging if the target call is already bridged to another call. Disabled by default.
    """
    queue: str | None = None
    """
    The name of the queue you want to bridge with, can't be used together with call_control_id parameter or video_room_id parameter. Bridging with a queue means bridging with the first call in the queue. The call will always be removed from the queue regardless of whether bridging succeeds. Returns an error when the queue is empty.
    """
    record: BridgeRequestRecordLike | None = None
    record_channels: BridgeRequestRecordChannelsLike | None = BridgeRequestRecordChannels.DUAL
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: BridgeRequestRecordFormatLike | None = BridgeRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: BridgeRequestRecordTrackLike | None = BridgeRequestRecordTrack.BOTH
    record_trim: BridgeRequestRecordTrimLike | None = None
    ringtone: BridgeRequestRingtoneLike | None = BridgeRequestRingtone.US
    video_room_context: str | None = None
    """
    The additional parameter that will be passed to the video conference. It is a text field and the user can decide how to use it. For example, you can set the participant name or pass JSON text. It can be used only with video_room_id parameter.
    """
    video_room_id: UUID | None = None
    """
    The ID of the video room you want to bridge with, can't be used together with call_control_id parameter or queue parameter.
    """
