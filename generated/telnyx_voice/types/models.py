"""Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias
from uuid import UUID

from pydantic import AnyUrl, AwareDatetime, ConfigDict, Field, RootModel

from telnyx_voice._models import BaseModel, LenientEnum, LenientIntEnum, WebhookEventModel


class AIAssistantJoinParticipantOnHangup(LenientEnum):
    """
    Determines what happens to the conversation when this participant hangs up.
    """

    CONTINUE_CONVERSATION = "continue_conversation"
    END_CONVERSATION = "end_conversation"


class AIAssistantJoinParticipantRole(LenientEnum):
    """
    The role of the participant in the conversation.
    """

    USER = "user"


class AWSVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    AWS = "aws"


class ActiveCallRecordType(LenientEnum):
    CALL = "call"


class AnswerRequestPreferredCodecs(LenientEnum):
    """
    The list of comma-separated codecs in a preferred order for the forked media to be received.
    """

    G722_PCMU_PCMA_G729_OPUS_VP8_H264 = "G722,PCMU,PCMA,G729,OPUS,VP8,H264"


class AnswerRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class AnswerRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class AnswerRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class AnswerRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class AnswerRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class AnswerRequestStreamTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class AnswerRequestWebhookUrlMethod(LenientEnum):
    """
    HTTP request type used for `webhook_url`.
    """

    POST = "POST"
    GET = "GET"


class AnswerRequestWebhookUrlsMethod(LenientEnum):
    """
    HTTP request method to invoke `webhook_urls`.
    """

    POST = "POST"
    GET = "GET"


class AssistantMessageRole(LenientEnum):
    """
    The role of the messages author, in this case `assistant`.
    """

    ASSISTANT = "assistant"


class AzureTranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition
    """

    AF = "af"
    AM = "am"
    AR = "ar"
    BG = "bg"
    BN = "bn"
    BS = "bs"
    CA = "ca"
    CS = "cs"
    CY = "cy"
    DA = "da"
    DE = "de"
    EL = "el"
    EN = "en"
    ES = "es"
    ET = "et"
    EU = "eu"
    FA = "fa"
    FI = "fi"
    FR = "fr"
    GA = "ga"
    GL = "gl"
    GU = "gu"
    HE = "he"
    HI = "hi"
    HR = "hr"
    HU = "hu"
    HY = "hy"
    ID = "id"
    IS = "is"
    IT = "it"
    JA = "ja"
    KA = "ka"
    KK = "kk"
    KM = "km"
    KN = "kn"
    KO = "ko"
    LO = "lo"
    LT = "lt"
    LV = "lv"
    MK = "mk"
    ML = "ml"
    MN = "mn"
    MR = "mr"
    MS = "ms"
    MT = "mt"
    MY = "my"
    NB = "nb"
    NE = "ne"
    NL = "nl"
    PL = "pl"
    PS = "ps"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SI = "si"
    SK = "sk"
    SL = "sl"
    SO = "so"
    SQ = "sq"
    SR = "sr"
    SV = "sv"
    SW = "sw"
    TA = "ta"
    TE = "te"
    TH = "th"
    TR = "tr"
    UK = "uk"
    UR = "ur"
    UZ = "uz"
    VI = "vi"
    WUU = "wuu"
    YUE = "yue"
    ZH = "zh"
    ZU = "zu"
    AUTO = "auto"


class AzureTranscriptionRegion(LenientEnum):
    """
    Azure region to use for speech recognition
    """

    AUSTRALIAEAST = "australiaeast"
    CENTRALINDIA = "centralindia"
    EASTUS = "eastus"
    NORTHCENTRALUS = "northcentralus"
    WESTEUROPE = "westeurope"
    WESTUS2 = "westus2"


class AzureVoiceSettingsEffect(LenientEnum):
    """
    Audio effect to apply.
    """

    EQ_CAR = "eq_car"
    EQ_TELECOMHP8K = "eq_telecomhp8k"


class AzureVoiceSettingsGender(LenientEnum):
    """
    Voice gender filter.
    """

    MALE = "Male"
    FEMALE = "Female"


class AzureVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    AZURE = "azure"


class BookAppointmentToolType(LenientEnum):
    BOOK_APPOINTMENT = "book_appointment"


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


class CallAIGatherEndedPayloadMessageHistoryItemRole(LenientEnum):
    """
    The role of the message sender
    """

    ASSISTANT = "assistant"
    USER = "user"


class CallAIGatherEndedPayloadStatus(LenientEnum):
    """
    Reflects how command ended.
    """

    VALID = "valid"
    INVALID = "invalid"


class CallAIGatherEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole(LenientEnum):
    """
    The role of the message sender
    """

    ASSISTANT = "assistant"
    USER = "user"


class CallAIGatherMessageHistoryUpdatedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallAIGatherPartialResultsPayloadMessageHistoryItemRole(LenientEnum):
    """
    The role of the message sender
    """

    ASSISTANT = "assistant"
    USER = "user"


class CallAIGatherPartialResultsRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallAnsweredPayloadState(LenientEnum):
    """
    State received from a command.
    """

    ANSWERED = "answered"


class CallAnsweredRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallAssistantRequestExternalLlmAuthenticationMethod(LenientEnum):
    """
    Authentication method used when connecting to the external LLM endpoint.
    """

    TOKEN = "token"
    CERTIFICATE = "certificate"


class CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod(LenientEnum):
    """
    Authentication method used when connecting to the external LLM endpoint.
    """

    TOKEN = "token"
    CERTIFICATE = "certificate"


class CallBridgedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallControlRetrievalToolType(LenientEnum):
    RETRIEVAL = "retrieval"


class CallControlWebhookToolParamsBodyParametersType(LenientEnum):
    OBJECT = "object"


class CallControlWebhookToolParamsMethod(LenientEnum):
    """
    The HTTP method to be used when calling the external tool.
    """

    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    DELETE = "DELETE"
    PATCH = "PATCH"


class CallControlWebhookToolParamsPathParametersType(LenientEnum):
    OBJECT = "object"


class CallControlWebhookToolParamsQueryParametersType(LenientEnum):
    OBJECT = "object"


class CallConversationEndedPayloadCallingPartyType(LenientEnum):
    """
    The type of calling party connection.
    """

    PSTN = "pstn"
    SIP = "sip"


class CallConversationEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallConversationInsightsGeneratedPayloadCallingPartyType(LenientEnum):
    """
    The type of calling party connection.
    """

    PSTN = "pstn"
    SIP = "sip"


class CallConversationInsightsGeneratedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallCostPayloadStatus(LenientEnum):
    """
    The status of the cost calculation (`success` or `error`).
    """

    SUCCESS = "success"
    ERROR = "error"


class CallCostRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallDeepfakeDetectionErrorPayloadErrorMessage(LenientEnum):
    """
    The error that occurred. 'detection_timeout' = no DFD response received, 'rtp_timeout' = no RTP audio received, 'dfd_connection_error'/'dfd_stream_error' = service connectivity issues.
    """

    DETECTION_TIMEOUT = "detection_timeout"
    RTP_TIMEOUT = "rtp_timeout"
    DFD_CONNECTION_ERROR = "dfd_connection_error"
    DFD_STREAM_ERROR = "dfd_stream_error"


class CallDeepfakeDetectionErrorRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallDeepfakeDetectionResultPayloadResult(LenientEnum):
    """
    Detection outcome. 'real' = human voice, 'fake' = AI-generated voice, 'silence_timeout' = no analyzable speech detected before timeout.
    """

    REAL = "real"
    FAKE = "fake"
    SILENCE_TIMEOUT = "silence_timeout"


class CallDeepfakeDetectionResultRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallDtmfReceivedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallEnqueuedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallForkStartedPayloadStreamType(LenientEnum):
    """
    Type of media streamed. It can be either 'raw' or 'decrypted'.
    """

    DECRYPTED = "decrypted"


class CallForkStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallForkStoppedPayloadStreamType(LenientEnum):
    """
    Type of media streamed. It can be either 'raw' or 'decrypted'.
    """

    DECRYPTED = "decrypted"


class CallForkStoppedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallGatherEndedPayloadStatus(LenientEnum):
    """
    Reflects how command ended.
    """

    VALID = "valid"
    INVALID = "invalid"
    CALL_HANGUP = "call_hangup"
    CANCELLED = "cancelled"
    CANCELLED_AMD = "cancelled_amd"
    TIMEOUT = "timeout"


class CallGatherEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallHangupPayloadHangupCause(LenientEnum):
    """
    The reason the call was ended (`call_rejected`, `normal_clearing`, `originator_cancel`, `timeout`, `time_limit`, `user_busy`, `not_found`, `no_answer` or `unspecified`).
    """

    CALL_REJECTED = "call_rejected"
    NORMAL_CLEARING = "normal_clearing"
    ORIGINATOR_CANCEL = "originator_cancel"
    TIMEOUT = "timeout"
    TIME_LIMIT = "time_limit"
    USER_BUSY = "user_busy"
    NOT_FOUND = "not_found"
    NO_ANSWER = "no_answer"
    UNSPECIFIED = "unspecified"


class CallHangupPayloadHangupSource(LenientEnum):
    """
    The party who ended the call (`callee`, `caller`, `unknown`).
    """

    CALLER = "caller"
    CALLEE = "callee"
    UNKNOWN = "unknown"


class CallHangupPayloadState(LenientEnum):
    """
    State received from a command.
    """

    HANGUP = "hangup"


class CallHangupRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallHoldRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallInitiatedPayloadDirection(LenientEnum):
    """
    Whether the call is `incoming` or `outgoing`.
    """

    INCOMING = "incoming"
    OUTGOING = "outgoing"


class CallInitiatedPayloadState(LenientEnum):
    """
    State received from a command.
    """

    PARKED = "parked"
    BRIDGING = "bridging"


class CallInitiatedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallLeftQueuePayloadReason(LenientEnum):
    """
    The reason for leaving the queue
    """

    BRIDGED = "bridged"
    BRIDGING_IN_PROCESS = "bridging-in-process"
    HANGUP = "hangup"
    LEAVE = "leave"
    TIMEOUT = "timeout"


class CallLeftQueueRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallMachineDetectionEndedPayloadResult(LenientEnum):
    """
    Answering machine detection result.
    """

    HUMAN = "human"
    MACHINE = "machine"
    NOT_SURE = "not_sure"


class CallMachineDetectionEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallMachineGreetingEndedPayloadResult(LenientEnum):
    """
    Answering machine greeting ended result.
    """

    BEEP_DETECTED = "beep_detected"
    ENDED = "ended"
    NOT_SURE = "not_sure"


class CallMachineGreetingEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallMachinePremiumDetectionEndedPayloadResult(LenientEnum):
    """
    Premium Answering Machine Detection result.
    """

    HUMAN_RESIDENCE = "human_residence"
    HUMAN_BUSINESS = "human_business"
    MACHINE = "machine"
    SILENCE = "silence"
    FAX_DETECTED = "fax_detected"
    NOT_SURE = "not_sure"


class CallMachinePremiumDetectionEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallMachinePremiumGreetingEndedPayloadResult(LenientEnum):
    """
    Premium Answering Machine Greeting Ended result.
    """

    BEEP_DETECTED = "beep_detected"
    NO_BEEP_DETECTED = "no_beep_detected"


class CallMachinePremiumGreetingEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallPlaybackEndedPayloadStatus(LenientEnum):
    """
    Reflects how command ended.
    """

    FILE_NOT_FOUND = "file_not_found"
    CALL_HANGUP = "call_hangup"
    UNKNOWN = "unknown"
    CANCELLED = "cancelled"
    CANCELLED_AMD = "cancelled_amd"
    COMPLETED = "completed"
    FAILED = "failed"


class CallPlaybackEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallPlaybackStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallRecordType(LenientEnum):
    CALL = "call"


class CallRecordingErrorPayloadReason(LenientEnum):
    """
    Indication that there was a problem recording the call.
    """

    FAILED_TO_AUTHORIZE_WITH_STORAGE_USING_CUSTOM_CREDENTIALS = (
        "Failed to authorize with storage using custom credentials"
    )
    INVALID_CREDENTIALS_JSON = "Invalid credentials json"
    UNSUPPORTED_BACKEND = "Unsupported backend"
    INTERNAL_SERVER_ERROR = "Internal server error"


class CallRecordingErrorRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallRecordingSavedPayloadChannels(LenientEnum):
    """
    Whether recording was recorded in `single` or `dual` channel.
    """

    SINGLE = "single"
    DUAL = "dual"


class CallRecordingSavedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallRecordingTranscriptionSavedPayloadCallingPartyType(LenientEnum):
    """
    The type of calling party connection.
    """

    PSTN = "pstn"
    SIP = "sip"


class CallRecordingTranscriptionSavedPayloadStatus(LenientEnum):
    """
    The transcription status.
    """

    COMPLETED = "completed"


class CallRecordingTranscriptionSavedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallReferCompletedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallReferFailedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallReferStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallRequestAnsweringMachineDetection(LenientEnum):
    """
    Enables Answering Machine Detection. Telnyx offers Premium and Standard detections. With Premium detection, when a call is answered, Telnyx runs real-time detection and sends a `call.machine.premium.detection.ended` webhook with one of the following results: `human_residence`, `human_business`, `machine`, `silence` or `fax_detected`. If we detect a beep, we also send a `call.machine.premium.greeting.ended` webhook with the result of `beep_detected`. If we detect a beep before `call.machine.premium.detection.ended` we only send `call.machine.premium.greeting.ended`, and if we detect a beep after `call.machine.premium.detection.ended`, we send both webhooks. With Standard detection, when a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and sends an `call.machine.detection.ended` webhook with the analysis result. If `greeting_end` or `detect_words` is used and a `machine` is detected, you will receive another `call.machine.greeting.ended` webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive `call.machine.greeting.ended` if a beep is detected.
    """

    PREMIUM = "premium"
    DETECT = "detect"
    DETECT_BEEP = "detect_beep"
    DETECT_WORDS = "detect_words"
    GREETING_END = "greeting_end"
    DISABLED = "disabled"


class CallRequestConferenceConfigBeepEnabled(LenientEnum):
    """
    Whether a beep sound should be played when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


class CallRequestConferenceConfigSupervisorRole(LenientEnum):
    """
    Sets the joining participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none".
    """

    BARGE = "barge"
    MONITOR = "monitor"
    NONE = "none"
    WHISPER = "whisper"


class CallRequestMediaEncryption(LenientEnum):
    """
    Defines whether media should be encrypted on the call. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
    """

    DISABLED = "disabled"
    SRTP = "SRTP"
    DTLS = "DTLS"


class CallRequestPrivacy(LenientEnum):
    """
    Indicates the privacy level to be used for the call. When set to `id`, caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted, caller ID will be shown normally.
    """

    ID = "id"
    NONE = "none"


class CallRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class CallRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class CallRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class CallRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class CallRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class CallRequestSipRegion(LenientEnum):
    """
    Defines the SIP region to be used for the call.
    """

    US = "US"
    EUROPE = "Europe"
    CANADA = "Canada"
    AUSTRALIA = "Australia"
    MIDDLE_EAST = "Middle East"


class CallRequestSipTransportProtocol(LenientEnum):
    """
    Defines SIP transport protocol to be used on the call.
    """

    UDP = "UDP"
    TCP = "TCP"
    TLS = "TLS"


class CallRequestStreamTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class CallRequestSupervisorRole(LenientEnum):
    """
    The role of the supervisor call. 'barge' means that supervisor call hears and is being heard by both ends of the call (caller & callee). 'whisper' means that only supervised_call_control_id hears supervisor but supervisor can hear everything. 'monitor' means that nobody can hear supervisor call, but supervisor can hear everything on the call.
    """

    BARGE = "barge"
    WHISPER = "whisper"
    MONITOR = "monitor"


class CallRequestWebhookUrlMethod(LenientEnum):
    """
    HTTP request type used for `webhook_url`.
    """

    POST = "POST"
    GET = "GET"


class CallRequestWebhookUrlsMethod(LenientEnum):
    """
    HTTP request method to invoke `webhook_urls`.
    """

    POST = "POST"
    GET = "GET"


class CallSiprecFailedRecordType(LenientEnum):
    """
    Identifies the resource.
    """

    EVENT = "event"


class CallSiprecStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallSiprecStoppedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallSpeakEndedPayloadStatus(LenientEnum):
    """
    Reflects how the command ended.
    """

    COMPLETED = "completed"
    CALL_HANGUP = "call_hangup"
    CANCELLED_AMD = "cancelled_amd"


class CallSpeakEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallSpeakStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallStreamingFailedPayloadStreamParamsTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class CallStreamingFailedPayloadStreamType(LenientEnum):
    """
    The type of stream connection the stream is performing.
    """

    WEBSOCKET = "websocket"
    DIALOGFLOW = "dialogflow"


class CallStreamingFailedRecordType(LenientEnum):
    """
    Identifies the resource.
    """

    EVENT = "event"


class CallStreamingStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallStreamingStoppedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallUnholdRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class CallWithRecordingIdRecordType(LenientEnum):
    CALL = "call"


class CheckAvailabilityToolType(LenientEnum):
    CHECK_AVAILABILITY = "check_availability"


class ConferenceCreatedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceEndReason(LenientEnum):
    """
    Reason why the conference ended
    """

    ALL_LEFT = "all_left"
    ENDED_VIA_API = "ended_via_api"
    HOST_LEFT = "host_left"
    TIME_EXCEEDED = "time_exceeded"


class ConferenceEndedPayloadReason(LenientEnum):
    """
    Reason the conference ended.
    """

    ALL_LEFT = "all_left"
    HOST_LEFT = "host_left"
    TIME_EXCEEDED = "time_exceeded"


class ConferenceEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceFloorChangedEventRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantJoinedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantLeftRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantPlaybackEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantPlaybackStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantSpeakEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantSpeakStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceParticipantStatus(LenientEnum):
    """
    Status of the participant.
    """

    JOINING = "joining"
    JOINED = "joined"
    LEFT = "left"


class ConferencePlaybackEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferencePlaybackStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceRecordType(LenientEnum):
    CONFERENCE = "conference"


class ConferenceRecordingSavedPayloadChannels(LenientEnum):
    """
    Whether recording was recorded in `single` or `dual` channel.
    """

    SINGLE = "single"
    DUAL = "dual"


class ConferenceRecordingSavedPayloadFormat(LenientEnum):
    """
    The audio file format used when storing the call recording. Can be either `mp3` or `wav`.
    """

    WAV = "wav"
    MP3 = "mp3"


class ConferenceRecordingSavedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceRegion(LenientEnum):
    """
    Region where the conference data is located. Defaults to the region defined in user's data locality settings (Europe or US).
    """

    AUSTRALIA = "Australia"
    EUROPE = "Europe"
    MIDDLE_EAST = "Middle East"
    US = "US"


class ConferenceSpeakEndedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceSpeakRequestLanguage(LenientEnum):
    """
    The language you want spoken. This parameter is ignored when a `Polly.*` voice is specified.
    """

    ARB = "arb"
    CMN_CN = "cmn-CN"
    CY_GB = "cy-GB"
    DA_DK = "da-DK"
    DE_DE = "de-DE"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_GB_WLS = "en-GB-WLS"
    EN_IN = "en-IN"
    EN_US = "en-US"
    ES_ES = "es-ES"
    ES_MX = "es-MX"
    ES_US = "es-US"
    FR_CA = "fr-CA"
    FR_FR = "fr-FR"
    HI_IN = "hi-IN"
    IS_IS = "is-IS"
    IT_IT = "it-IT"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    NB_NO = "nb-NO"
    NL_NL = "nl-NL"
    PL_PL = "pl-PL"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RO_RO = "ro-RO"
    RU_RU = "ru-RU"
    SV_SE = "sv-SE"
    TR_TR = "tr-TR"


class ConferenceSpeakRequestPayloadType(LenientEnum):
    """
    The type of the provided payload. The payload can either be plain text, or Speech Synthesis Markup Language (SSML).
    """

    TEXT = "text"
    SSML = "ssml"


class ConferenceSpeakStartedRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class ConferenceStatus(LenientEnum):
    """
    Status of the conference
    """

    INIT = "init"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class ConversationRelayEmbeddedConfigTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. For Conversation Relay, use this field with `transcription_engine_config`; the `transcription` object is not supported.
    """

    GOOGLE = "Google"
    TELNYX = "Telnyx"
    DEEPGRAM = "Deepgram"
    AZURE = "Azure"
    X_AI = "xAI"
    ASSEMBLY_AI = "AssemblyAI"
    SPEECHMATICS = "Speechmatics"
    SONIOX = "Soniox"
    A = "A"
    B = "B"


class ConversationRelayInterruptible(LenientEnum):
    """
    Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only.
    """

    NONE = "none"
    ANY = "any"
    SPEECH = "speech"
    DTMF = "dtmf"


class ConversationRelayLanguageTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. When provided in a Conversation Relay language entry, Telnyx derives `transcription_provider` and `speech_model` for that language.
    """

    GOOGLE = "Google"
    TELNYX = "Telnyx"
    DEEPGRAM = "Deepgram"
    AZURE = "Azure"
    X_AI = "xAI"
    ASSEMBLY_AI = "AssemblyAI"
    SPEECHMATICS = "Speechmatics"
    SONIOX = "Soniox"
    A = "A"
    B = "B"


class ConversationRelayStartRequestTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility. For Conversation Relay, use this field with `transcription_engine_config`; the `transcription` object is not supported.
    """

    GOOGLE = "Google"
    TELNYX = "Telnyx"
    DEEPGRAM = "Deepgram"
    AZURE = "Azure"
    X_AI = "xAI"
    ASSEMBLY_AI = "AssemblyAI"
    SPEECHMATICS = "Speechmatics"
    SONIOX = "Soniox"
    A = "A"
    B = "B"


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


class DeepgramNova2ConfigTranscriptionEngine(LenientEnum):
    DEEPGRAM = "Deepgram"


class DeepgramNova2ConfigTranscriptionModel(LenientEnum):
    DEEPGRAM_NOVA_2 = "deepgram/nova-2"


class DeepgramNova2TranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition with nova-2 model
    """

    BG = "bg"
    CA = "ca"
    ZH = "zh"
    ZH_CN = "zh-CN"
    ZH_HANS = "zh-Hans"
    ZH_TW = "zh-TW"
    ZH_HANT = "zh-Hant"
    ZH_HK = "zh-HK"
    CS = "cs"
    DA = "da"
    DA_DK = "da-DK"
    NL = "nl"
    EN = "en"
    EN_US = "en-US"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_NZ = "en-NZ"
    EN_IN = "en-IN"
    ET = "et"
    FI = "fi"
    NL_BE = "nl-BE"
    FR = "fr"
    FR_CA = "fr-CA"
    DE = "de"
    DE_CH = "de-CH"
    EL = "el"
    HI = "hi"
    HU = "hu"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    KO_KR = "ko-KR"
    LV = "lv"
    LT = "lt"
    MS = "ms"
    NO = "no"
    PL = "pl"
    PT = "pt"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RO = "ro"
    RU = "ru"
    SK = "sk"
    ES = "es"
    ES_419 = "es-419"
    SV = "sv"
    SV_SE = "sv-SE"
    TH = "th"
    TH_TH = "th-TH"
    TR = "tr"
    UK = "uk"
    VI = "vi"
    AUTO_DETECT = "auto_detect"


class DeepgramNova3ConfigTranscriptionEngine(LenientEnum):
    DEEPGRAM = "Deepgram"


class DeepgramNova3ConfigTranscriptionModel(LenientEnum):
    DEEPGRAM_NOVA_3 = "deepgram/nova-3"


class DeepgramNova3TranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition with nova-3 model
    """

    EN = "en"
    EN_US = "en-US"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_IN = "en-IN"
    EN_NZ = "en-NZ"
    DE = "de"
    NL = "nl"
    SV = "sv"
    SV_SE = "sv-SE"
    DA = "da"
    DA_DK = "da-DK"
    ES = "es"
    ES_419 = "es-419"
    FR = "fr"
    FR_CA = "fr-CA"
    PT = "pt"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    AUTO_DETECT = "auto_detect"


class DeveloperMessageRole(LenientEnum):
    """
    The role of the messages author, in this case developer.
    """

    DEVELOPER = "developer"


class ElevenLabsVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    ELEVENLABS = "elevenlabs"


class GatherUsingAIRequestMessageHistoryItemRole(LenientEnum):
    """
    The role of the message sender
    """

    ASSISTANT = "assistant"
    USER = "user"


class GatherUsingSpeakRequestLanguage(LenientEnum):
    """
    The language you want spoken. This parameter is ignored when a `Polly.*` voice is specified.
    """

    ARB = "arb"
    CMN_CN = "cmn-CN"
    CY_GB = "cy-GB"
    DA_DK = "da-DK"
    DE_DE = "de-DE"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_GB_WLS = "en-GB-WLS"
    EN_IN = "en-IN"
    EN_US = "en-US"
    ES_ES = "es-ES"
    ES_MX = "es-MX"
    ES_US = "es-US"
    FR_CA = "fr-CA"
    FR_FR = "fr-FR"
    HI_IN = "hi-IN"
    IS_IS = "is-IS"
    IT_IT = "it-IT"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    NB_NO = "nb-NO"
    NL_NL = "nl-NL"
    PL_PL = "pl-PL"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RO_RO = "ro-RO"
    RU_RU = "ru-RU"
    SV_SE = "sv-SE"
    TR_TR = "tr-TR"


class GatherUsingSpeakRequestPayloadType(LenientEnum):
    """
    The type of the provided payload. The payload can either be plain text, or Speech Synthesis Markup Language (SSML).
    """

    TEXT = "text"
    SSML = "ssml"


class GatherUsingSpeakRequestServiceLevel(LenientEnum):
    """
    This parameter impacts speech quality, language options and payload types. When using `basic`, only the `en-US` language and payload type `text` are allowed.
    """

    BASIC = "basic"
    PREMIUM = "premium"


class GoogleTranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition
    """

    AF = "af"
    SQ = "sq"
    AM = "am"
    AR = "ar"
    HY = "hy"
    AZ = "az"
    EU = "eu"
    BN = "bn"
    BS = "bs"
    BG = "bg"
    MY = "my"
    CA = "ca"
    YUE = "yue"
    ZH = "zh"
    HR = "hr"
    CS = "cs"
    DA = "da"
    NL = "nl"
    EN = "en"
    ET = "et"
    FIL = "fil"
    FI = "fi"
    FR = "fr"
    GL = "gl"
    KA = "ka"
    DE = "de"
    EL = "el"
    GU = "gu"
    IW = "iw"
    HI = "hi"
    HU = "hu"
    IS = "is"
    ID = "id"
    IT = "it"
    JA = "ja"
    JV = "jv"
    KN = "kn"
    KK = "kk"
    KM = "km"
    KO = "ko"
    LO = "lo"
    LV = "lv"
    LT = "lt"
    MK = "mk"
    MS = "ms"
    ML = "ml"
    MR = "mr"
    MN = "mn"
    NE = "ne"
    NO = "no"
    FA = "fa"
    PL = "pl"
    PT = "pt"
    PA = "pa"
    RO = "ro"
    RU = "ru"
    RW = "rw"
    SR = "sr"
    SI = "si"
    SK = "sk"
    SL = "sl"
    SS = "ss"
    ST = "st"
    ES = "es"
    SU = "su"
    SW = "sw"
    SV = "sv"
    TA = "ta"
    TE = "te"
    TH = "th"
    TN = "tn"
    TR = "tr"
    TS = "ts"
    UK = "uk"
    UR = "ur"
    UZ = "uz"
    VE = "ve"
    VI = "vi"
    XH = "xh"
    ZU = "zu"


class HangupToolType(LenientEnum):
    HANGUP = "hangup"


class InworldVoiceSettingsDeliveryMode(LenientEnum):
    """
    Controls the expressiveness and consistency of the Inworld `TTS2` model's speech synthesis. `STABLE` favors consistent, predictable output, `CREATIVE` allows more expressive variation, and `BALANCED` sits in between. Optional and only supported by `TTS2`; when omitted, the provider default applies.
    """

    STABLE = "STABLE"
    BALANCED = "BALANCED"
    CREATIVE = "CREATIVE"


class InworldVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    INWORLD = "inworld"


class JoinConferenceRequestBeepEnabled(LenientEnum):
    """
    Whether a beep sound should be played when the participant joins and/or leaves the conference. Can be used to override the conference-level setting.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


class JoinConferenceRequestSupervisorRole(LenientEnum):
    """
    Sets the joining participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none".
    """

    BARGE = "barge"
    MONITOR = "monitor"
    NONE = "none"
    WHISPER = "whisper"


class LeaveConferenceRequestBeepEnabled(LenientEnum):
    """
    Whether a beep sound should be played when the participant leaves the conference. Can be used to override the conference-level setting.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


class MinimaxVoiceSettingsLanguageBoost(Enum):
    """
    Enhances recognition for specific languages and dialects during MiniMax TTS synthesis. Default is null (no boost). Set to 'auto' for automatic language detection.
    """

    NONE_TYPE_NONE = None
    AUTO = "auto"
    CHINESE = "Chinese"
    CHINESE_YUE = "Chinese,Yue"
    ENGLISH = "English"
    ARABIC = "Arabic"
    RUSSIAN = "Russian"
    SPANISH = "Spanish"
    FRENCH = "French"
    PORTUGUESE = "Portuguese"
    GERMAN = "German"
    TURKISH = "Turkish"
    DUTCH = "Dutch"
    UKRAINIAN = "Ukrainian"
    VIETNAMESE = "Vietnamese"
    INDONESIAN = "Indonesian"
    JAPANESE = "Japanese"
    ITALIAN = "Italian"
    KOREAN = "Korean"
    THAI = "Thai"
    POLISH = "Polish"
    ROMANIAN = "Romanian"
    GREEK = "Greek"
    CZECH = "Czech"
    FINNISH = "Finnish"
    HINDI = "Hindi"
    BULGARIAN = "Bulgarian"
    DANISH = "Danish"
    HEBREW = "Hebrew"
    MALAY = "Malay"
    PERSIAN = "Persian"
    SLOVAK = "Slovak"
    SWEDISH = "Swedish"
    CROATIAN = "Croatian"
    FILIPINO = "Filipino"
    HUNGARIAN = "Hungarian"
    NORWEGIAN = "Norwegian"
    SLOVENIAN = "Slovenian"
    CATALAN = "Catalan"
    NYNORSK = "Nynorsk"
    TAMIL = "Tamil"
    AFRIKAANS = "Afrikaans"


class MinimaxVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    MINIMAX = "minimax"


class NoiseSuppressionDirection(LenientEnum):
    """
    The direction of the audio stream to be noise suppressed.
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"
    BOTH = "both"


class NoiseSuppressionEngine(LenientEnum):
    """
    The engine to use for noise suppression.
    For backward compatibility, engines A, B, C, and D are also supported, but are deprecated:
     A - Denoiser
     B - DeepFilterNet
     C - Krisp
     D - AiCoustics
    """

    DENOISER = "Denoiser"
    DEEP_FILTER_NET = "DeepFilterNet"
    KRISP = "Krisp"
    AI_COUSTICS = "AiCoustics"
    AIC_L_QUAIL = "aic_l_quail"
    AIC_L_ROOK = "aic_l_rook"
    AIC_S_QUAIL = "aic_s_quail"
    AIC_S_ROOK = "aic_s_rook"
    QUAIL_VOICE_FOCUS_S = "quail_voice_focus_s"
    QUAIL_VOICE_FOCUS_XS = "quail_voice_focus_xs"


class NoiseSuppressionEngineConfigFamily(LenientEnum):
    """
    AiCoustics model family. 'sparrow' optimized for human-to-human calls, 'quail' optimized for Voice AI/STT. Only applicable for AiCoustics.
    """

    SPARROW = "sparrow"
    QUAIL = "quail"


class NoiseSuppressionEngineConfigMode(LenientEnum):
    """
    Processing mode. Only applicable for DeepFilterNet.
    """

    STANDARD = "standard"
    ADVANCED = "advanced"


class NoiseSuppressionEngineConfigModel(LenientEnum):
    """
    The Krisp model to use. Only applicable for Krisp.
    """

    KRISP_VIVA_TEL_V2_KEF = "krisp-viva-tel-v2.kef"
    KRISP_VIVA_TEL_LITE_V1_KEF = "krisp-viva-tel-lite-v1.kef"
    KRISP_VIVA_PRO_V1_KEF = "krisp-viva-pro-v1.kef"
    KRISP_VIVA_SS_V1_KEF = "krisp-viva-ss-v1.kef"


class NoiseSuppressionEngineConfigSize(LenientEnum):
    """
    AiCoustics model size. 's' and 'l' work with both families. 'xs' and 'xxs' are sparrow-only. 'vf_l' and 'vf_1_1_l' are quail-only. Only applicable for AiCoustics.
    """

    S = "s"
    L = "l"
    XS = "xs"
    XXS = "xxs"
    VF_L = "vf_l"
    VF_1_1_L = "vf_1_1_l"


class ParticipantRecordType(LenientEnum):
    PARTICIPANT = "participant"


class ParticipantStatus(LenientEnum):
    """
    The status of the participant with respect to the lifecycle within the conference
    """

    JOINING = "joining"
    JOINED = "joined"
    LEFT = "left"


class PlayAudioUrlRequestAudioType(LenientEnum):
    """
    Specifies the type of audio provided in `audio_url` or `playback_content`.
    """

    MP3 = "mp3"
    WAV = "wav"


class QueueCallRecordType(LenientEnum):
    QUEUE_CALL = "queue_call"


class QueueRecordType(LenientEnum):
    QUEUE = "queue"


class RejectRequestCause(LenientEnum):
    """
    Cause for call rejection.
    """

    CALL_REJECTED = "CALL_REJECTED"
    USER_BUSY = "USER_BUSY"


class ResembleSampleRate(LenientEnum):
    """
    Audio sample rate in Hz.
    """

    FIELD_8000 = "8000"
    FIELD_16000 = "16000"
    FIELD_22050 = "22050"
    FIELD_32000 = "32000"
    FIELD_44100 = "44100"
    FIELD_48000 = "48000"


class ResembleVoiceSettingsFormat(LenientEnum):
    """
    Output audio format.
    """

    WAV = "wav"
    MP3 = "mp3"


class ResembleVoiceSettingsPrecision(LenientEnum):
    """
    Audio precision format.
    """

    PCM_16 = "PCM_16"
    PCM_24 = "PCM_24"
    PCM_32 = "PCM_32"
    MULAW = "MULAW"


class ResembleVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    RESEMBLE = "resemble"


class RimeVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    RIME = "rime"


class SipHeaderName(LenientEnum):
    """
    The name of the header to add.
    """

    USER_TO_USER = "User-to-User"


class SpeakRequestLanguage(LenientEnum):
    """
    The language you want spoken. This parameter is ignored when a `Polly.*` voice is specified.
    """

    ARB = "arb"
    CMN_CN = "cmn-CN"
    CY_GB = "cy-GB"
    DA_DK = "da-DK"
    DE_DE = "de-DE"
    EN_AU = "en-AU"
    EN_GB = "en-GB"
    EN_GB_WLS = "en-GB-WLS"
    EN_IN = "en-IN"
    EN_US = "en-US"
    ES_ES = "es-ES"
    ES_MX = "es-MX"
    ES_US = "es-US"
    FR_CA = "fr-CA"
    FR_FR = "fr-FR"
    HI_IN = "hi-IN"
    IS_IS = "is-IS"
    IT_IT = "it-IT"
    JA_JP = "ja-JP"
    KO_KR = "ko-KR"
    NB_NO = "nb-NO"
    NL_NL = "nl-NL"
    PL_PL = "pl-PL"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RO_RO = "ro-RO"
    RU_RU = "ru-RU"
    SV_SE = "sv-SE"
    TR_TR = "tr-TR"


class SpeakRequestPayloadType(LenientEnum):
    """
    The type of the provided payload. The payload can either be plain text, or Speech Synthesis Markup Language (SSML).
    """

    TEXT = "text"
    SSML = "ssml"


class SpeakRequestServiceLevel(LenientEnum):
    """
    This parameter impacts speech quality, language options and payload types. When using `basic`, only the `en-US` language and payload type `text` are allowed.
    """

    BASIC = "basic"
    PREMIUM = "premium"


class SpeakRequestTargetLegs(LenientEnum):
    """
    Specifies which legs of the call should receive the spoken audio.
    """

    SELF = "self"
    OPPOSITE = "opposite"
    BOTH = "both"


class SpeechmaticsTranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition
    """

    EN = "en"
    BA = "ba"
    EU = "eu"
    GL = "gl"
    GA = "ga"
    MT = "mt"
    MN = "mn"
    SW = "sw"
    UG = "ug"
    CY = "cy"
    AR_EN = "ar_en"
    CMN_EN = "cmn_en"
    EN_MS = "en_ms"
    EN_TA = "en_ta"
    TL = "tl"
    ES_BILINGUAL_EN = "es-bilingual-en"
    CMN_EN_MS_TA = "cmn_en_ms_ta"


class StartConferenceRecordingRequestChannels(LenientEnum):
    """
    When `dual`, final audio file will be stereo recorded with the conference creator on the first channel, and the rest on the second channel.
    """

    SINGLE = "single"
    DUAL = "dual"


class StartConferenceRecordingRequestFormat(LenientEnum):
    """
    The audio file format used when storing the conference recording. Can be either `mp3` or `wav`.
    """

    WAV = "wav"
    MP3 = "mp3"


class StartConferenceRecordingRequestTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class StartForkingRequestStreamType(LenientEnum):
    """
    Optionally specify a media type to stream. If `decrypted` selected, Telnyx will decrypt incoming SIP media before forking to the target. `rx` and `tx` are required fields if `decrypted` selected.
    """

    DECRYPTED = "decrypted"


class StartRecordingRequestChannels(LenientEnum):
    """
    When `dual`, final audio file will be stereo recorded with the first leg on channel A, and the rest on channel B.
    """

    SINGLE = "single"
    DUAL = "dual"


class StartRecordingRequestFormat(LenientEnum):
    """
    The audio file format used when storing the call recording. Can be either `mp3` or `wav`.
    """

    WAV = "wav"
    MP3 = "mp3"


class StartRecordingRequestRecordingTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class StartRecordingRequestTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. `A` - `Google`, `B` - `Telnyx`, `deepgram/nova-3` - `Deepgram Nova-3`. Note: `deepgram/nova-3` supports only `en` and `en-{Region}` languages.
    """

    A = "A"
    B = "B"
    DEEPGRAM_NOVA_3 = "deepgram/nova-3"


class StartRecordingRequestTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class StartSiprecRequestIncludeMetadataCustomHeaders(Enum):
    """
    When set, custom parameters will be added as metadata (recording.session.ExtensionParameters). Otherwise, they’ll be added to sip headers.
    """

    BOOLEAN_TRUE = True
    BOOLEAN_FALSE = False


class StartSiprecRequestSecure(Enum):
    """
    Controls whether to encrypt media sent to your SRS using SRTP and TLS. When set you need to configure SRS port in your connector to 5061.
    """

    BOOLEAN_TRUE = True
    BOOLEAN_FALSE = False


class StartSiprecRequestSipTransport(LenientEnum):
    """
    Specifies SIP transport protocol.
    """

    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class StartSiprecRequestSiprecTrack(LenientEnum):
    """
    Specifies which track should be sent on siprec session.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class StartStreamingRequestStreamTrack(LenientEnum):
    """
    Specifies which track should be streamed.
    """

    INBOUND_TRACK = "inbound_track"
    OUTBOUND_TRACK = "outbound_track"
    BOTH_TRACKS = "both_tracks"


class StopForkingRequestStreamType(LenientEnum):
    """
    Optionally specify a `stream_type`. This should match the `stream_type` that was used in `fork_start` command to properly stop the fork.
    """

    RAW = "raw"
    DECRYPTED = "decrypted"


class StreamBidirectionalCodec(LenientEnum):
    """
    Indicates codec for bidirectional streaming RTP payloads. Used only with stream_bidirectional_mode=rtp. Case sensitive.
    """

    PCMU = "PCMU"
    PCMA = "PCMA"
    G722 = "G722"
    OPUS = "OPUS"
    AMR_WB = "AMR-WB"
    L16 = "L16"


class StreamBidirectionalMode(LenientEnum):
    """
    Configures method of bidirectional streaming (mp3, rtp).
    """

    MP3 = "mp3"
    RTP = "rtp"


class StreamBidirectionalSamplingRate(LenientIntEnum):
    """
    Audio sampling rate.
    """

    INTEGER_8000 = 8000
    INTEGER_16000 = 16000
    INTEGER_22050 = 22050
    INTEGER_24000 = 24000
    INTEGER_48000 = 48000


class StreamBidirectionalTargetLegs(LenientEnum):
    """
    Specifies which call legs should receive the bidirectional stream audio.
    """

    BOTH = "both"
    SELF = "self"
    OPPOSITE = "opposite"


class StreamCodec(LenientEnum):
    """
    Specifies the codec to be used for the streamed audio. When set to 'default' or when transcoding is not possible, the codec from the call will be used.
    """

    PCMU = "PCMU"
    PCMA = "PCMA"
    G722 = "G722"
    OPUS = "OPUS"
    AMR_WB = "AMR-WB"
    L16 = "L16"
    DEFAULT = "default"


class SwitchSupervisorRoleRequestRole(LenientEnum):
    """
    The supervisor role to switch to. 'barge' allows speaking to both parties, 'whisper' allows speaking to caller only, 'monitor' allows listening only.
    """

    BARGE = "barge"
    WHISPER = "whisper"
    MONITOR = "monitor"


class SystemMessageRole(LenientEnum):
    """
    The role of the messages author, in this case `system`.
    """

    SYSTEM = "system"


class TelnyxTranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition
    """

    EN = "en"
    ZH = "zh"
    DE = "de"
    ES = "es"
    RU = "ru"
    KO = "ko"
    FR = "fr"
    JA = "ja"
    PT = "pt"
    TR = "tr"
    PL = "pl"
    CA = "ca"
    NL = "nl"
    AR = "ar"
    SV = "sv"
    IT = "it"
    ID = "id"
    HI = "hi"
    FI = "fi"
    VI = "vi"
    HE = "he"
    UK = "uk"
    EL = "el"
    MS = "ms"
    CS = "cs"
    RO = "ro"
    DA = "da"
    HU = "hu"
    TA = "ta"
    NO = "no"
    TH = "th"
    UR = "ur"
    HR = "hr"
    BG = "bg"
    LT = "lt"
    LA = "la"
    MI = "mi"
    ML = "ml"
    CY = "cy"
    SK = "sk"
    TE = "te"
    FA = "fa"
    LV = "lv"
    BN = "bn"
    SR = "sr"
    AZ = "az"
    SL = "sl"
    KN = "kn"
    ET = "et"
    MK = "mk"
    BR = "br"
    EU = "eu"
    IS = "is"
    HY = "hy"
    NE = "ne"
    MN = "mn"
    BS = "bs"
    KK = "kk"
    SQ = "sq"
    SW = "sw"
    GL = "gl"
    MR = "mr"
    PA = "pa"
    SI = "si"
    KM = "km"
    SN = "sn"
    YO = "yo"
    SO = "so"
    AF = "af"
    OC = "oc"
    KA = "ka"
    BE = "be"
    TG = "tg"
    SD = "sd"
    GU = "gu"
    AM = "am"
    YI = "yi"
    LO = "lo"
    UZ = "uz"
    FO = "fo"
    HT = "ht"
    PS = "ps"
    TK = "tk"
    NN = "nn"
    MT = "mt"
    SA = "sa"
    LB = "lb"
    MY = "my"
    BO = "bo"
    TL = "tl"
    MG = "mg"
    AS = "as"
    TT = "tt"
    HAW = "haw"
    LN = "ln"
    HA = "ha"
    BA = "ba"
    JW = "jw"
    SU = "su"
    AUTO_DETECT = "auto_detect"


class TelnyxVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    TELNYX = "telnyx"


class ToolCallType(LenientEnum):
    """
    The type of the tool. Currently, only `function` is supported.
    """

    FUNCTION = "function"


class ToolMessageRole(LenientEnum):
    """
    The role of the messages author, in this case `tool`.
    """

    TOOL = "tool"


class TranscriptionConfigModel(LenientEnum):
    """
    The speech to text model to be used by the voice assistant. Supported models include:

    - `deepgram/flux` (or `flux`) for live streaming turn-taking.
    - `deepgram/nova-3` and `deepgram/nova-2` for live streaming transcription.
    - `speechmatics/standard` and `speechmatics/enhanced` for live streaming transcription.
    - `assemblyai/universal-streaming` for live streaming transcription.
    - `xai/grok-stt` for live streaming transcription.
    - `soniox/stt-rt-v4` for live streaming multilingual transcription with automatic language detection.
    - `nvidia/parakeet-v3` for multilingual transcription with automatic language detection.
    - `azure/fast` and `azure/realtime`; Azure models require `region`, and unsupported regions require `api_key_ref`.
    - `google/latest_long` for non-streaming multilingual transcription.
    - `distil-whisper/distil-large-v2` for lower-latency English-only non-streaming transcription.
    - `openai/whisper-large-v3-turbo` for multilingual non-streaming transcription with automatic language detection.
    """

    DEEPGRAM_FLUX = "deepgram/flux"
    FLUX = "flux"
    DEEPGRAM_NOVA_3 = "deepgram/nova-3"
    DEEPGRAM_NOVA_2 = "deepgram/nova-2"
    SPEECHMATICS_STANDARD = "speechmatics/standard"
    SPEECHMATICS_ENHANCED = "speechmatics/enhanced"
    ASSEMBLYAI_UNIVERSAL_STREAMING = "assemblyai/universal-streaming"
    XAI_GROK_STT = "xai/grok-stt"
    SONIOX_STT_RT_V4 = "soniox/stt-rt-v4"
    NVIDIA_PARAKEET_V3 = "nvidia/parakeet-v3"
    AZURE_FAST = "azure/fast"
    AZURE_REALTIME = "azure/realtime"
    GOOGLE_LATEST_LONG = "google/latest_long"
    DISTIL_WHISPER_DISTIL_LARGE_V2 = "distil-whisper/distil-large-v2"
    OPENAI_WHISPER_LARGE_V3_TURBO = "openai/whisper-large-v3-turbo"


class TranscriptionEngineAConfigModel(LenientEnum):
    """
    The model to use for transcription.
    """

    LATEST_LONG = "latest_long"
    LATEST_SHORT = "latest_short"
    COMMAND_AND_SEARCH = "command_and_search"
    PHONE_CALL = "phone_call"
    VIDEO = "video"
    DEFAULT = "default"
    MEDICAL_CONVERSATION = "medical_conversation"
    MEDICAL_DICTATION = "medical_dictation"


class TranscriptionEngineAConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Google transcription service
    """

    A = "A"


class TranscriptionEngineAssemblyaiConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for AssemblyAI transcription service
    """

    ASSEMBLY_AI = "AssemblyAI"


class TranscriptionEngineAssemblyaiConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    ASSEMBLYAI_UNIVERSAL_STREAMING = "assemblyai/universal-streaming"


class TranscriptionEngineAzureConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Azure transcription service
    """

    AZURE = "Azure"


class TranscriptionEngineBConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Telnyx transcription service
    """

    B = "B"


class TranscriptionEngineBConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    OPENAI_WHISPER_TINY = "openai/whisper-tiny"
    OPENAI_WHISPER_LARGE_V3_TURBO = "openai/whisper-large-v3-turbo"


class TranscriptionEngineGoogleConfigModel(LenientEnum):
    """
    The model to use for transcription.
    """

    LATEST_LONG = "latest_long"
    LATEST_SHORT = "latest_short"
    COMMAND_AND_SEARCH = "command_and_search"
    PHONE_CALL = "phone_call"
    VIDEO = "video"
    DEFAULT = "default"
    MEDICAL_CONVERSATION = "medical_conversation"
    MEDICAL_DICTATION = "medical_dictation"


class TranscriptionEngineGoogleConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Google transcription service
    """

    GOOGLE = "Google"


class TranscriptionEngineParakeetConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Parakeet transcription service
    """

    PARAKEET = "Parakeet"


class TranscriptionEngineParakeetConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    NVIDIA_PARAKEET_V3 = "nvidia/parakeet-v3"


class TranscriptionEngineSonioxConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Soniox transcription service
    """

    SONIOX = "Soniox"


class TranscriptionEngineSonioxConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    SONIOX_STT_RT_V4 = "soniox/stt-rt-v4"


class TranscriptionEngineSpeechmaticsConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Speechmatics transcription service
    """

    SPEECHMATICS = "Speechmatics"


class TranscriptionEngineSpeechmaticsConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    SPEECHMATICS_STANDARD = "speechmatics/standard"


class TranscriptionEngineTelnyxConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for Telnyx transcription service
    """

    TELNYX = "Telnyx"


class TranscriptionEngineTelnyxConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    OPENAI_WHISPER_TINY = "openai/whisper-tiny"
    OPENAI_WHISPER_LARGE_V3_TURBO = "openai/whisper-large-v3-turbo"


class TranscriptionEngineXaiConfigTranscriptionEngine(LenientEnum):
    """
    Engine identifier for xAI transcription service
    """

    X_AI = "xAI"


class TranscriptionEngineXaiConfigTranscriptionModel(LenientEnum):
    """
    The model to use for transcription.
    """

    XAI_GROK_STT = "xai/grok-stt"


class TranscriptionLanguage(LenientEnum):
    """
    Language code for transcription. Note: Not all languages are supported by all transcription engines (google, telnyx, deepgram). See engine-specific documentation for supported values.
    """

    AF = "af"
    AF_ZA = "af-ZA"
    AM = "am"
    AM_ET = "am-ET"
    AR = "ar"
    AR_AE = "ar-AE"
    AR_BH = "ar-BH"
    AR_DZ = "ar-DZ"
    AR_EG = "ar-EG"
    AR_IL = "ar-IL"
    AR_IQ = "ar-IQ"
    AR_JO = "ar-JO"
    AR_KW = "ar-KW"
    AR_LB = "ar-LB"
    AR_MA = "ar-MA"
    AR_MR = "ar-MR"
    AR_OM = "ar-OM"
    AR_PS = "ar-PS"
    AR_QA = "ar-QA"
    AR_SA = "ar-SA"
    AR_TN = "ar-TN"
    AR_YE = "ar-YE"
    AS = "as"
    AUTO_DETECT = "auto_detect"
    AZ = "az"
    AZ_AZ = "az-AZ"
    BA = "ba"
    BE = "be"
    BG = "bg"
    BG_BG = "bg-BG"
    BN = "bn"
    BN_BD = "bn-BD"
    BN_IN = "bn-IN"
    BO = "bo"
    BR = "br"
    BS = "bs"
    BS_BA = "bs-BA"
    CA = "ca"
    CA_ES = "ca-ES"
    CS = "cs"
    CS_CZ = "cs-CZ"
    CY = "cy"
    DA = "da"
    DA_DK = "da-DK"
    DE = "de"
    DE_AT = "de-AT"
    DE_CH = "de-CH"
    DE_DE = "de-DE"
    EL = "el"
    EL_GR = "el-GR"
    EN = "en"
    EN_AU = "en-AU"
    EN_CA = "en-CA"
    EN_GB = "en-GB"
    EN_GH = "en-GH"
    EN_HK = "en-HK"
    EN_IE = "en-IE"
    EN_IN = "en-IN"
    EN_KE = "en-KE"
    EN_NG = "en-NG"
    EN_NZ = "en-NZ"
    EN_PH = "en-PH"
    EN_PK = "en-PK"
    EN_SG = "en-SG"
    EN_TZ = "en-TZ"
    EN_US = "en-US"
    EN_ZA = "en-ZA"
    ES = "es"
    ES_419 = "es-419"
    ES_AR = "es-AR"
    ES_BO = "es-BO"
    ES_CL = "es-CL"
    ES_CO = "es-CO"
    ES_CR = "es-CR"
    ES_DO = "es-DO"
    ES_EC = "es-EC"
    ES_ES = "es-ES"
    ES_GT = "es-GT"
    ES_HN = "es-HN"
    ES_MX = "es-MX"
    ES_NI = "es-NI"
    ES_PA = "es-PA"
    ES_PE = "es-PE"
    ES_PR = "es-PR"
    ES_PY = "es-PY"
    ES_SV = "es-SV"
    ES_US = "es-US"
    ES_UY = "es-UY"
    ES_VE = "es-VE"
    ET = "et"
    ET_EE = "et-EE"
    EU = "eu"
    EU_ES = "eu-ES"
    FA = "fa"
    FA_IR = "fa-IR"
    FI = "fi"
    FI_FI = "fi-FI"
    FIL_PH = "fil-PH"
    FO = "fo"
    FR = "fr"
    FR_BE = "fr-BE"
    FR_CA = "fr-CA"
    FR_CH = "fr-CH"
    FR_FR = "fr-FR"
    GL = "gl"
    GL_ES = "gl-ES"
    GU = "gu"
    GU_IN = "gu-IN"
    HA = "ha"
    HAW = "haw"
    HE = "he"
    HI = "hi"
    HI_IN = "hi-IN"
    HR = "hr"
    HR_HR = "hr-HR"
    HT = "ht"
    HU = "hu"
    HU_HU = "hu-HU"
    HY = "hy"
    HY_AM = "hy-AM"
    ID = "id"
    ID_ID = "id-ID"
    IS = "is"
    IS_IS = "is-IS"
    IT = "it"
    IT_CH = "it-CH"
    IT_IT = "it-IT"
    IW_IL = "iw-IL"
    JA = "ja"
    JA_JP = "ja-JP"
    JV_ID = "jv-ID"
    JW = "jw"
    KA = "ka"
    KA_GE = "ka-GE"
    KK = "kk"
    KK_KZ = "kk-KZ"
    KM = "km"
    KM_KH = "km-KH"
    KN = "kn"
    KN_IN = "kn-IN"
    KO = "ko"
    KO_KR = "ko-KR"
    LA = "la"
    LB = "lb"
    LN = "ln"
    LO = "lo"
    LO_LA = "lo-LA"
    LT = "lt"
    LT_LT = "lt-LT"
    LV = "lv"
    LV_LV = "lv-LV"
    MG = "mg"
    MI = "mi"
    MK = "mk"
    MK_MK = "mk-MK"
    ML = "ml"
    ML_IN = "ml-IN"
    MN = "mn"
    MN_MN = "mn-MN"
    MR = "mr"
    MR_IN = "mr-IN"
    MS = "ms"
    MS_MY = "ms-MY"
    MT = "mt"
    MY = "my"
    MY_MM = "my-MM"
    NE = "ne"
    NE_NP = "ne-NP"
    NL = "nl"
    NL_BE = "nl-BE"
    NL_NL = "nl-NL"
    NN = "nn"
    NO = "no"
    NO_NO = "no-NO"
    OC = "oc"
    PA = "pa"
    PA_GURU_IN = "pa-Guru-IN"
    PL = "pl"
    PL_PL = "pl-PL"
    PS = "ps"
    PT = "pt"
    PT_BR = "pt-BR"
    PT_PT = "pt-PT"
    RO = "ro"
    RO_RO = "ro-RO"
    RU = "ru"
    RU_RU = "ru-RU"
    RW_RW = "rw-RW"
    SA = "sa"
    SD = "sd"
    SI = "si"
    SI_LK = "si-LK"
    SK = "sk"
    SK_SK = "sk-SK"
    SL = "sl"
    SL_SI = "sl-SI"
    SN = "sn"
    SO = "so"
    SQ = "sq"
    SQ_AL = "sq-AL"
    SR = "sr"
    SR_RS = "sr-RS"
    SS_LATN_ZA = "ss-latn-za"
    ST_ZA = "st-ZA"
    SU = "su"
    SU_ID = "su-ID"
    SV = "sv"
    SV_SE = "sv-SE"
    SW = "sw"
    SW_KE = "sw-KE"
    SW_TZ = "sw-TZ"
    TA = "ta"
    TA_IN = "ta-IN"
    TA_LK = "ta-LK"
    TA_MY = "ta-MY"
    TA_SG = "ta-SG"
    TE = "te"
    TE_IN = "te-IN"
    TG = "tg"
    TH = "th"
    TH_TH = "th-TH"
    TK = "tk"
    TL = "tl"
    TN_LATN_ZA = "tn-latn-za"
    TR = "tr"
    TR_TR = "tr-TR"
    TS_ZA = "ts-ZA"
    TT = "tt"
    UK = "uk"
    UK_UA = "uk-UA"
    UR = "ur"
    UR_IN = "ur-IN"
    UR_PK = "ur-PK"
    UZ = "uz"
    UZ_UZ = "uz-UZ"
    VE_ZA = "ve-ZA"
    VI = "vi"
    VI_VN = "vi-VN"
    XH_ZA = "xh-ZA"
    YI = "yi"
    YO = "yo"
    YUE_HANT_HK = "yue-Hant-HK"
    ZH = "zh"
    ZH_TW = "zh-TW"
    ZU_ZA = "zu-ZA"


class TranscriptionPayloadTranscriptionDataTranscriptionTrack(LenientEnum):
    """
    Indicates which leg of the call has been transcribed. This is only available when `transcription_engine` is set to `B`.
    """

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class TranscriptionRecordType(LenientEnum):
    """
    Identifies the type of the resource.
    """

    EVENT = "event"


class TranscriptionStartRequestTranscriptionEngine(LenientEnum):
    """
    Engine to use for speech recognition. Legacy values `A` - `Google`, `B` - `Telnyx` are supported for backward compatibility.
    """

    GOOGLE = "Google"
    TELNYX = "Telnyx"
    DEEPGRAM = "Deepgram"
    AZURE = "Azure"
    X_AI = "xAI"
    ASSEMBLY_AI = "AssemblyAI"
    SPEECHMATICS = "Speechmatics"
    SONIOX = "Soniox"
    PARAKEET = "Parakeet"
    A = "A"
    B = "B"


class TransferCallRequestAnsweringMachineDetection(LenientEnum):
    """
    Enables Answering Machine Detection. When a call is answered, Telnyx runs real-time detection to determine if it was picked up by a human or a machine and sends an `call.machine.detection.ended` webhook with the analysis result. If 'greeting_end' or 'detect_words' is used and a 'machine' is detected, you will receive another 'call.machine.greeting.ended' webhook when the answering machine greeting ends with a beep or silence. If `detect_beep` is used, you will only receive 'call.machine.greeting.ended' if a beep is detected.
    """

    PREMIUM = "premium"
    DETECT = "detect"
    DETECT_BEEP = "detect_beep"
    DETECT_WORDS = "detect_words"
    GREETING_END = "greeting_end"
    DISABLED = "disabled"


class TransferCallRequestMediaEncryption(LenientEnum):
    """
    Defines whether media should be encrypted on the new call leg. For SIP URI destinations, media encryption can also be requested per endpoint with the `secure` URI parameter: `;secure=true` or `;secure=srtp` enables SRTP, and `;secure=dtls` enables DTLS. This parameter, when set to `SRTP` or `DTLS`, takes precedence over the per-endpoint `secure` value.
    """

    DISABLED = "disabled"
    SRTP = "SRTP"
    DTLS = "DTLS"


class TransferCallRequestMuteDtmf(LenientEnum):
    """
    When enabled, DTMF tones are not passed to the call participant. The webhooks containing the DTMF information will be sent.
    """

    NONE = "none"
    BOTH = "both"
    SELF = "self"
    OPPOSITE = "opposite"


class TransferCallRequestPrivacy(LenientEnum):
    """
    Indicates the privacy level to be used for the call. When set to `id`, caller ID information (name and number) will be hidden from the called party. When set to `none` or omitted, caller ID will be shown normally.
    """

    ID = "id"
    NONE = "none"


class TransferCallRequestRecord(LenientEnum):
    """
    Start recording automatically after an event. Disabled by default.
    """

    RECORD_FROM_ANSWER = "record-from-answer"


class TransferCallRequestRecordChannels(LenientEnum):
    """
    Defines which channel should be recorded ('single' or 'dual') when `record` is specified.
    """

    SINGLE = "single"
    DUAL = "dual"


class TransferCallRequestRecordFormat(LenientEnum):
    """
    Defines the format of the recording ('wav' or 'mp3') when `record` is specified.
    """

    WAV = "wav"
    MP3 = "mp3"


class TransferCallRequestRecordTrack(LenientEnum):
    """
    The audio track to be recorded. Can be either `both`, `inbound` or `outbound`. If only single track is specified (`inbound`, `outbound`), `channels` configuration is ignored and it will be recorded as mono (single channel).
    """

    BOTH = "both"
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class TransferCallRequestRecordTrim(LenientEnum):
    """
    When set to `trim-silence`, silence will be removed from the beginning and end of the recording.
    """

    TRIM_SILENCE = "trim-silence"


class TransferCallRequestSipRegion(LenientEnum):
    """
    Defines the SIP region to be used for the call.
    """

    US = "US"
    EUROPE = "Europe"
    CANADA = "Canada"
    AUSTRALIA = "Australia"
    MIDDLE_EAST = "Middle East"


class TransferCallRequestSipTransportProtocol(LenientEnum):
    """
    Defines SIP transport protocol to be used on the call.
    """

    UDP = "UDP"
    TCP = "TCP"
    TLS = "TLS"


class TransferCallRequestWebhookUrlMethod(LenientEnum):
    """
    HTTP request type used for `webhook_url`.
    """

    POST = "POST"
    GET = "GET"


class TransferCallRequestWebhookUrlsMethod(LenientEnum):
    """
    HTTP request method to invoke `webhook_urls`.
    """

    POST = "POST"
    GET = "GET"


class TransferToolType(LenientEnum):
    TRANSFER = "transfer"


class UpdateConferenceParticipantRequestBeepEnabled(LenientEnum):
    """
    Whether entry/exit beeps are enabled for this participant.
    """

    ALWAYS = "always"
    NEVER = "never"
    ON_ENTER = "on_enter"
    ON_EXIT = "on_exit"


class UpdateConferenceRequestSupervisorRole(LenientEnum):
    """
    Sets the participant as a supervisor for the conference. A conference can have multiple supervisors. "barge" means the supervisor enters the conference as a normal participant. This is the same as "none". "monitor" means the supervisor is muted but can hear all participants. "whisper" means that only the specified "whisper_call_control_ids" can hear the supervisor. Defaults to "none".
    """

    BARGE = "barge"
    MONITOR = "monitor"
    NONE = "none"
    WHISPER = "whisper"


class UserMessageRole(LenientEnum):
    """
    The role of the messages author, in this case `user`.
    """

    USER = "user"


class WebhookToolType(LenientEnum):
    WEBHOOK = "webhook"


class XAIVoiceSettingsType(LenientEnum):
    """
    Voice settings provider type
    """

    XAI = "xai"


class XaiTranscriptionLanguage(LenientEnum):
    """
    Language to use for speech recognition
    """

    AR = "ar"
    CS = "cs"
    DA = "da"
    DE = "de"
    EN = "en"
    ES = "es"
    FA = "fa"
    FIL = "fil"
    FR = "fr"
    HI = "hi"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    MK = "mk"
    MS = "ms"
    NL = "nl"
    PL = "pl"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SV = "sv"
    TH = "th"
    TR = "tr"
    VI = "vi"


if TYPE_CHECKING:
    _AIAssistantJoinParticipantOnHangupValue: TypeAlias = (
        AIAssistantJoinParticipantOnHangup | Literal["continue_conversation", "end_conversation"]
    )
    _AIAssistantJoinParticipantRoleValue: TypeAlias = (
        AIAssistantJoinParticipantRole | Literal["user"]
    )
    _AnswerRequestPreferredCodecsValue: TypeAlias = (
        AnswerRequestPreferredCodecs | Literal["G722,PCMU,PCMA,G729,OPUS,VP8,H264"]
    )
    _AnswerRequestRecordValue: TypeAlias = AnswerRequestRecord | Literal["record-from-answer"]
    _AnswerRequestRecordChannelsValue: TypeAlias = (
        AnswerRequestRecordChannels | Literal["single", "dual"]
    )
    _AnswerRequestRecordFormatValue: TypeAlias = AnswerRequestRecordFormat | Literal["wav", "mp3"]
    _AnswerRequestRecordTrackValue: TypeAlias = (
        AnswerRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    _AnswerRequestRecordTrimValue: TypeAlias = AnswerRequestRecordTrim | Literal["trim-silence"]
    _AnswerRequestStreamTrackValue: TypeAlias = (
        AnswerRequestStreamTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
    _AnswerRequestWebhookUrlMethodValue: TypeAlias = (
        AnswerRequestWebhookUrlMethod | Literal["POST", "GET"]
    )
    _AnswerRequestWebhookUrlsMethodValue: TypeAlias = (
        AnswerRequestWebhookUrlsMethod | Literal["POST", "GET"]
    )
    _AzureTranscriptionLanguageValue: TypeAlias = (
        AzureTranscriptionLanguage
        | Literal[
            "af",
            "am",
            "ar",
            "bg",
            "bn",
            "bs",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "el",
            "en",
            "es",
            "et",
            "eu",
            "fa",
            "fi",
            "fr",
            "ga",
            "gl",
            "gu",
            "he",
            "hi",
            "hr",
            "hu",
            "hy",
            "id",
            "is",
            "it",
            "ja",
            "ka",
            "kk",
            "km",
            "kn",
            "ko",
            "lo",
            "lt",
            "lv",
            "mk",
            "ml",
            "mn",
            "mr",
            "ms",
            "mt",
            "my",
            "nb",
            "ne",
            "nl",
            "pl",
            "ps",
            "pt",
            "ro",
            "ru",
            "si",
            "sk",
            "sl",
            "so",
            "sq",
            "sr",
            "sv",
            "sw",
            "ta",
            "te",
            "th",
            "tr",
            "uk",
            "ur",
            "uz",
            "vi",
            "wuu",
            "yue",
            "zh",
            "zu",
            "auto",
        ]
    )
    _AzureTranscriptionRegionValue: TypeAlias = (
        AzureTranscriptionRegion
        | Literal[
            "australiaeast", "centralindia", "eastus", "northcentralus", "westeurope", "westus2"
        ]
    )
    _AzureVoiceSettingsEffectValue: TypeAlias = (
        AzureVoiceSettingsEffect | Literal["eq_car", "eq_telecomhp8k"]
    )
    _AzureVoiceSettingsGenderValue: TypeAlias = AzureVoiceSettingsGender | Literal["Male", "Female"]
    _BridgeRequestMuteDtmfValue: TypeAlias = (
        BridgeRequestMuteDtmf | Literal["none", "both", "self", "opposite"]
    )
    _BridgeRequestRecordValue: TypeAlias = BridgeRequestRecord | Literal["record-from-answer"]
    _BridgeRequestRecordChannelsValue: TypeAlias = (
        BridgeRequestRecordChannels | Literal["single", "dual"]
    )
    _BridgeRequestRecordFormatValue: TypeAlias = BridgeRequestRecordFormat | Literal["wav", "mp3"]
    _BridgeRequestRecordTrackValue: TypeAlias = (
        BridgeRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    _BridgeRequestRecordTrimValue: TypeAlias = BridgeRequestRecordTrim | Literal["trim-silence"]
    _BridgeRequestRingtoneValue: TypeAlias = (
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
    _CallAssistantRequestExternalLlmAuthenticationMethodValue: TypeAlias = (
        CallAssistantRequestExternalLlmAuthenticationMethod | Literal["token", "certificate"]
    )
    _CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethodValue: TypeAlias = (
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod
        | Literal["token", "certificate"]
    )
    _CallControlWebhookToolParamsBodyParametersTypeValue: TypeAlias = (
        CallControlWebhookToolParamsBodyParametersType | Literal["object"]
    )
    _CallControlWebhookToolParamsMethodValue: TypeAlias = (
        CallControlWebhookToolParamsMethod | Literal["GET", "POST", "PUT", "DELETE", "PATCH"]
    )
    _CallControlWebhookToolParamsPathParametersTypeValue: TypeAlias = (
        CallControlWebhookToolParamsPathParametersType | Literal["object"]
    )
    _CallControlWebhookToolParamsQueryParametersTypeValue: TypeAlias = (
        CallControlWebhookToolParamsQueryParametersType | Literal["object"]
    )
    _CallRequestAnsweringMachineDetectionValue: TypeAlias = (
        CallRequestAnsweringMachineDetection
        | Literal["premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"]
    )
    _CallRequestConferenceConfigBeepEnabledValue: TypeAlias = (
        CallRequestConferenceConfigBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
    _CallRequestConferenceConfigSupervisorRoleValue: TypeAlias = (
        CallRequestConferenceConfigSupervisorRole | Literal["barge", "monitor", "none", "whisper"]
    )
    _CallRequestMediaEncryptionValue: TypeAlias = (
        CallRequestMediaEncryption | Literal["disabled", "SRTP", "DTLS"]
    )
    _CallRequestPrivacyValue: TypeAlias = CallRequestPrivacy | Literal["id", "none"]
    _CallRequestRecordValue: TypeAlias = CallRequestRecord | Literal["record-from-answer"]
    _CallRequestRecordChannelsValue: TypeAlias = (
        CallRequestRecordChannels | Literal["single", "dual"]
    )
    _CallRequestRecordFormatValue: TypeAlias = CallRequestRecordFormat | Literal["wav", "mp3"]
    _CallRequestRecordTrackValue: TypeAlias = (
        CallRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    _CallRequestRecordTrimValue: TypeAlias = CallRequestRecordTrim | Literal["trim-silence"]
    _CallRequestSipRegionValue: TypeAlias = (
        CallRequestSipRegion | Literal["US", "Europe", "Canada", "Australia", "Middle East"]
    )
    _CallRequestSipTransportProtocolValue: TypeAlias = (
        CallRequestSipTransportProtocol | Literal["UDP", "TCP", "TLS"]
    )
    _CallRequestStreamTrackValue: TypeAlias = (
        CallRequestStreamTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
    _CallRequestSupervisorRoleValue: TypeAlias = (
        CallRequestSupervisorRole | Literal["barge", "whisper", "monitor"]
    )
    _CallRequestWebhookUrlMethodValue: TypeAlias = (
        CallRequestWebhookUrlMethod | Literal["POST", "GET"]
    )
    _CallRequestWebhookUrlsMethodValue: TypeAlias = (
        CallRequestWebhookUrlsMethod | Literal["POST", "GET"]
    )
    _ConferenceRegionValue: TypeAlias = (
        ConferenceRegion | Literal["Australia", "Europe", "Middle East", "US"]
    )
    _ConferenceSpeakRequestLanguageValue: TypeAlias = (
        ConferenceSpeakRequestLanguage
        | Literal[
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
    )
    _ConferenceSpeakRequestPayloadTypeValue: TypeAlias = (
        ConferenceSpeakRequestPayloadType | Literal["text", "ssml"]
    )
    _ConversationRelayEmbeddedConfigTranscriptionEngineValue: TypeAlias = (
        ConversationRelayEmbeddedConfigTranscriptionEngine
        | Literal[
            "Google",
            "Telnyx",
            "Deepgram",
            "Azure",
            "xAI",
            "AssemblyAI",
            "Speechmatics",
            "Soniox",
            "A",
            "B",
        ]
    )
    _ConversationRelayInterruptibleValue: TypeAlias = (
        ConversationRelayInterruptible | Literal["none", "any", "speech", "dtmf"]
    )
    _ConversationRelayLanguageTranscriptionEngineValue: TypeAlias = (
        ConversationRelayLanguageTranscriptionEngine
        | Literal[
            "Google",
            "Telnyx",
            "Deepgram",
            "Azure",
            "xAI",
            "AssemblyAI",
            "Speechmatics",
            "Soniox",
            "A",
            "B",
        ]
    )
    _ConversationRelayStartRequestTranscriptionEngineValue: TypeAlias = (
        ConversationRelayStartRequestTranscriptionEngine
        | Literal[
            "Google",
            "Telnyx",
            "Deepgram",
            "Azure",
            "xAI",
            "AssemblyAI",
            "Speechmatics",
            "Soniox",
            "A",
            "B",
        ]
    )
    _CreateConferenceRequestBeepEnabledValue: TypeAlias = (
        CreateConferenceRequestBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
    _CreateConferenceRequestRegionValue: TypeAlias = (
        CreateConferenceRequestRegion | Literal["Australia", "Europe", "Middle East", "US"]
    )
    _DeepgramNova2ConfigTranscriptionEngineValue: TypeAlias = (
        DeepgramNova2ConfigTranscriptionEngine | Literal["Deepgram"]
    )
    _DeepgramNova2TranscriptionLanguageValue: TypeAlias = (
        DeepgramNova2TranscriptionLanguage
        | Literal[
            "bg",
            "ca",
            "zh",
            "zh-CN",
            "zh-Hans",
            "zh-TW",
            "zh-Hant",
            "zh-HK",
            "cs",
            "da",
            "da-DK",
            "nl",
            "en",
            "en-US",
            "en-AU",
            "en-GB",
            "en-NZ",
            "en-IN",
            "et",
            "fi",
            "nl-BE",
            "fr",
            "fr-CA",
            "de",
            "de-CH",
            "el",
            "hi",
            "hu",
            "id",
            "it",
            "ja",
            "ko",
            "ko-KR",
            "lv",
            "lt",
            "ms",
            "no",
            "pl",
            "pt",
            "pt-BR",
            "pt-PT",
            "ro",
            "ru",
            "sk",
            "es",
            "es-419",
            "sv",
            "sv-SE",
            "th",
            "th-TH",
            "tr",
            "uk",
            "vi",
            "auto_detect",
        ]
    )
    _DeepgramNova3ConfigTranscriptionEngineValue: TypeAlias = (
        DeepgramNova3ConfigTranscriptionEngine | Literal["Deepgram"]
    )
    _DeepgramNova3TranscriptionLanguageValue: TypeAlias = (
        DeepgramNova3TranscriptionLanguage
        | Literal[
            "en",
            "en-US",
            "en-AU",
            "en-GB",
            "en-IN",
            "en-NZ",
            "de",
            "nl",
            "sv",
            "sv-SE",
            "da",
            "da-DK",
            "es",
            "es-419",
            "fr",
            "fr-CA",
            "pt",
            "pt-BR",
            "pt-PT",
            "auto_detect",
        ]
    )
    _GatherUsingAIRequestMessageHistoryItemRoleValue: TypeAlias = (
        GatherUsingAIRequestMessageHistoryItemRole | Literal["assistant", "user"]
    )
    _GatherUsingSpeakRequestLanguageValue: TypeAlias = (
        GatherUsingSpeakRequestLanguage
        | Literal[
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
    )
    _GatherUsingSpeakRequestPayloadTypeValue: TypeAlias = (
        GatherUsingSpeakRequestPayloadType | Literal["text", "ssml"]
    )
    _GatherUsingSpeakRequestServiceLevelValue: TypeAlias = (
        GatherUsingSpeakRequestServiceLevel | Literal["basic", "premium"]
    )
    _GoogleTranscriptionLanguageValue: TypeAlias = (
        GoogleTranscriptionLanguage
        | Literal[
            "af",
            "sq",
            "am",
            "ar",
            "hy",
            "az",
            "eu",
            "bn",
            "bs",
            "bg",
            "my",
            "ca",
            "yue",
            "zh",
            "hr",
            "cs",
            "da",
            "nl",
            "en",
            "et",
            "fil",
            "fi",
            "fr",
            "gl",
            "ka",
            "de",
            "el",
            "gu",
            "iw",
            "hi",
            "hu",
            "is",
            "id",
            "it",
            "ja",
            "jv",
            "kn",
            "kk",
            "km",
            "ko",
            "lo",
            "lv",
            "lt",
            "mk",
            "ms",
            "ml",
            "mr",
            "mn",
            "ne",
            "no",
            "fa",
            "pl",
            "pt",
            "pa",
            "ro",
            "ru",
            "rw",
            "sr",
            "si",
            "sk",
            "sl",
            "ss",
            "st",
            "es",
            "su",
            "sw",
            "sv",
            "ta",
            "te",
            "th",
            "tn",
            "tr",
            "ts",
            "uk",
            "ur",
            "uz",
            "ve",
            "vi",
            "xh",
            "zu",
        ]
    )
    _InworldVoiceSettingsDeliveryModeValue: TypeAlias = (
        InworldVoiceSettingsDeliveryMode | Literal["STABLE", "BALANCED", "CREATIVE"]
    )
    _JoinConferenceRequestBeepEnabledValue: TypeAlias = (
        JoinConferenceRequestBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
    _JoinConferenceRequestSupervisorRoleValue: TypeAlias = (
        JoinConferenceRequestSupervisorRole | Literal["barge", "monitor", "none", "whisper"]
    )
    _LeaveConferenceRequestBeepEnabledValue: TypeAlias = (
        LeaveConferenceRequestBeepEnabled | Literal["always", "never", "on_enter", "on_exit"]
    )
    _MinimaxVoiceSettingsLanguageBoostValue: TypeAlias = (
        MinimaxVoiceSettingsLanguageBoost
        | Literal[
            "auto",
            "Chinese",
            "Chinese,Yue",
            "English",
            "Arabic",
            "Russian",
            "Spanish",
            "French",
            "Portuguese",
            "German",
            "Turkish",
            "Dutch",
            "Ukrainian",
            "Vietnamese",
            "Indonesian",
            "Japanese",
            "Italian",
            "Korean",
            "Thai",
            "Polish",
            "Romanian",
            "Greek",
            "Czech",
            "Finnish",
            "Hindi",
            "Bulgarian",
            "Danish",
            "Hebrew",
            "Malay",
            "Persian",
            "Slovak",
            "Swedish",
            "Croatian",
            "Filipino",
            "Hungarian",
            "Norwegian",
            "Slovenian",
            "Catalan",
            "Nynorsk",
            "Tamil",
            "Afrikaans",
        ]
    )
    _NoiseSuppressionDirectionValue: TypeAlias = (
        NoiseSuppressionDirection | Literal["inbound", "outbound", "both"]
    )
    _NoiseSuppressionEngineValue: TypeAlias = (
        NoiseSuppressionEngine
        | Literal[
            "Denoiser",
            "DeepFilterNet",
            "Krisp",
            "AiCoustics",
            "aic_l_quail",
            "aic_l_rook",
            "aic_s_quail",
            "aic_s_rook",
            "quail_voice_focus_s",
            "quail_voice_focus_xs",
        ]
    )
    _NoiseSuppressionEngineConfigFamilyValue: TypeAlias = (
        NoiseSuppressionEngineConfigFamily | Literal["sparrow", "quail"]
    )
    _NoiseSuppressionEngineConfigModeValue: TypeAlias = (
        NoiseSuppressionEngineConfigMode | Literal["standard", "advanced"]
    )
    _NoiseSuppressionEngineConfigModelValue: TypeAlias = (
        NoiseSuppressionEngineConfigModel
        | Literal[
            "krisp-viva-tel-v2.kef",
            "krisp-viva-tel-lite-v1.kef",
            "krisp-viva-pro-v1.kef",
            "krisp-viva-ss-v1.kef",
        ]
    )
    _NoiseSuppressionEngineConfigSizeValue: TypeAlias = (
        NoiseSuppressionEngineConfigSize | Literal["s", "l", "xs", "xxs", "vf_l", "vf_1_1_l"]
    )
    _PlayAudioUrlRequestAudioTypeValue: TypeAlias = (
        PlayAudioUrlRequestAudioType | Literal["mp3", "wav"]
    )
    _RejectRequestCauseValue: TypeAlias = RejectRequestCause | Literal["CALL_REJECTED", "USER_BUSY"]
    _ResembleSampleRateValue: TypeAlias = (
        ResembleSampleRate | Literal["8000", "16000", "22050", "32000", "44100", "48000"]
    )
    _ResembleVoiceSettingsFormatValue: TypeAlias = (
        ResembleVoiceSettingsFormat | Literal["wav", "mp3"]
    )
    _ResembleVoiceSettingsPrecisionValue: TypeAlias = (
        ResembleVoiceSettingsPrecision | Literal["PCM_16", "PCM_24", "PCM_32", "MULAW"]
    )
    _SipHeaderNameValue: TypeAlias = SipHeaderName | Literal["User-to-User"]
    _SpeakRequestLanguageValue: TypeAlias = (
        SpeakRequestLanguage
        | Literal[
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
    )
    _SpeakRequestPayloadTypeValue: TypeAlias = SpeakRequestPayloadType | Literal["text", "ssml"]
    _SpeakRequestServiceLevelValue: TypeAlias = (
        SpeakRequestServiceLevel | Literal["basic", "premium"]
    )
    _SpeakRequestTargetLegsValue: TypeAlias = (
        SpeakRequestTargetLegs | Literal["self", "opposite", "both"]
    )
    _SpeechmaticsTranscriptionLanguageValue: TypeAlias = (
        SpeechmaticsTranscriptionLanguage
        | Literal[
            "en",
            "ba",
            "eu",
            "gl",
            "ga",
            "mt",
            "mn",
            "sw",
            "ug",
            "cy",
            "ar_en",
            "cmn_en",
            "en_ms",
            "en_ta",
            "tl",
            "es-bilingual-en",
            "cmn_en_ms_ta",
        ]
    )
    _StartConferenceRecordingRequestChannelsValue: TypeAlias = (
        StartConferenceRecordingRequestChannels | Literal["single", "dual"]
    )
    _StartConferenceRecordingRequestFormatValue: TypeAlias = (
        StartConferenceRecordingRequestFormat | Literal["wav", "mp3"]
    )
    _StartConferenceRecordingRequestTrimValue: TypeAlias = (
        StartConferenceRecordingRequestTrim | Literal["trim-silence"]
    )
    _StartForkingRequestStreamTypeValue: TypeAlias = (
        StartForkingRequestStreamType | Literal["decrypted"]
    )
    _StartRecordingRequestChannelsValue: TypeAlias = (
        StartRecordingRequestChannels | Literal["single", "dual"]
    )
    _StartRecordingRequestFormatValue: TypeAlias = (
        StartRecordingRequestFormat | Literal["wav", "mp3"]
    )
    _StartRecordingRequestRecordingTrackValue: TypeAlias = (
        StartRecordingRequestRecordingTrack | Literal["both", "inbound", "outbound"]
    )
    _StartRecordingRequestTranscriptionEngineValue: TypeAlias = (
        StartRecordingRequestTranscriptionEngine | Literal["A", "B", "deepgram/nova-3"]
    )
    _StartRecordingRequestTrimValue: TypeAlias = StartRecordingRequestTrim | Literal["trim-silence"]
    _StartSiprecRequestIncludeMetadataCustomHeadersValue: TypeAlias = (
        StartSiprecRequestIncludeMetadataCustomHeaders | Literal[True, False]
    )
    _StartSiprecRequestSecureValue: TypeAlias = StartSiprecRequestSecure | Literal[True, False]
    _StartSiprecRequestSipTransportValue: TypeAlias = (
        StartSiprecRequestSipTransport | Literal["udp", "tcp", "tls"]
    )
    _StartSiprecRequestSiprecTrackValue: TypeAlias = (
        StartSiprecRequestSiprecTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
    _StartStreamingRequestStreamTrackValue: TypeAlias = (
        StartStreamingRequestStreamTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
    _StopForkingRequestStreamTypeValue: TypeAlias = (
        StopForkingRequestStreamType | Literal["raw", "decrypted"]
    )
    _StreamBidirectionalCodecValue: TypeAlias = (
        StreamBidirectionalCodec | Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16"]
    )
    _StreamBidirectionalModeValue: TypeAlias = StreamBidirectionalMode | Literal["mp3", "rtp"]
    _StreamBidirectionalSamplingRateValue: TypeAlias = (
        StreamBidirectionalSamplingRate | Literal[8000, 16000, 22050, 24000, 48000]
    )
    _StreamBidirectionalTargetLegsValue: TypeAlias = (
        StreamBidirectionalTargetLegs | Literal["both", "self", "opposite"]
    )
    _StreamCodecValue: TypeAlias = (
        StreamCodec | Literal["PCMU", "PCMA", "G722", "OPUS", "AMR-WB", "L16", "default"]
    )
    _SwitchSupervisorRoleRequestRoleValue: TypeAlias = (
        SwitchSupervisorRoleRequestRole | Literal["barge", "whisper", "monitor"]
    )
    _TelnyxTranscriptionLanguageValue: TypeAlias = (
        TelnyxTranscriptionLanguage
        | Literal[
            "en",
            "zh",
            "de",
            "es",
            "ru",
            "ko",
            "fr",
            "ja",
            "pt",
            "tr",
            "pl",
            "ca",
            "nl",
            "ar",
            "sv",
            "it",
            "id",
            "hi",
            "fi",
            "vi",
            "he",
            "uk",
            "el",
            "ms",
            "cs",
            "ro",
            "da",
            "hu",
            "ta",
            "no",
            "th",
            "ur",
            "hr",
            "bg",
            "lt",
            "la",
            "mi",
            "ml",
            "cy",
            "sk",
            "te",
            "fa",
            "lv",
            "bn",
            "sr",
            "az",
            "sl",
            "kn",
            "et",
            "mk",
            "br",
            "eu",
            "is",
            "hy",
            "ne",
            "mn",
            "bs",
            "kk",
            "sq",
            "sw",
            "gl",
            "mr",
            "pa",
            "si",
            "km",
            "sn",
            "yo",
            "so",
            "af",
            "oc",
            "ka",
            "be",
            "tg",
            "sd",
            "gu",
            "am",
            "yi",
            "lo",
            "uz",
            "fo",
            "ht",
            "ps",
            "tk",
            "nn",
            "mt",
            "sa",
            "lb",
            "my",
            "bo",
            "tl",
            "mg",
            "as",
            "tt",
            "haw",
            "ln",
            "ha",
            "ba",
            "jw",
            "su",
            "auto_detect",
        ]
    )
    _ToolCallTypeValue: TypeAlias = ToolCallType | Literal["function"]
    _TranscriptionConfigModelValue: TypeAlias = (
        TranscriptionConfigModel
        | Literal[
            "deepgram/flux",
            "flux",
            "deepgram/nova-3",
            "deepgram/nova-2",
            "speechmatics/standard",
            "speechmatics/enhanced",
            "assemblyai/universal-streaming",
            "xai/grok-stt",
            "soniox/stt-rt-v4",
            "nvidia/parakeet-v3",
            "azure/fast",
            "azure/realtime",
            "google/latest_long",
            "distil-whisper/distil-large-v2",
            "openai/whisper-large-v3-turbo",
        ]
    )
    _TranscriptionEngineAConfigModelValue: TypeAlias = (
        TranscriptionEngineAConfigModel
        | Literal[
            "latest_long",
            "latest_short",
            "command_and_search",
            "phone_call",
            "video",
            "default",
            "medical_conversation",
            "medical_dictation",
        ]
    )
    _TranscriptionEngineAConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineAConfigTranscriptionEngine | Literal["A"]
    )
    _TranscriptionEngineAssemblyaiConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineAssemblyaiConfigTranscriptionEngine | Literal["AssemblyAI"]
    )
    _TranscriptionEngineAssemblyaiConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineAssemblyaiConfigTranscriptionModel
        | Literal["assemblyai/universal-streaming"]
    )
    _TranscriptionEngineAzureConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineAzureConfigTranscriptionEngine | Literal["Azure"]
    )
    _TranscriptionEngineBConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineBConfigTranscriptionEngine | Literal["B"]
    )
    _TranscriptionEngineBConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineBConfigTranscriptionModel
        | Literal["openai/whisper-tiny", "openai/whisper-large-v3-turbo"]
    )
    _TranscriptionEngineGoogleConfigModelValue: TypeAlias = (
        TranscriptionEngineGoogleConfigModel
        | Literal[
            "latest_long",
            "latest_short",
            "command_and_search",
            "phone_call",
            "video",
            "default",
            "medical_conversation",
            "medical_dictation",
        ]
    )
    _TranscriptionEngineGoogleConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineGoogleConfigTranscriptionEngine | Literal["Google"]
    )
    _TranscriptionEngineParakeetConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineParakeetConfigTranscriptionEngine | Literal["Parakeet"]
    )
    _TranscriptionEngineParakeetConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineParakeetConfigTranscriptionModel | Literal["nvidia/parakeet-v3"]
    )
    _TranscriptionEngineSonioxConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineSonioxConfigTranscriptionEngine | Literal["Soniox"]
    )
    _TranscriptionEngineSonioxConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineSonioxConfigTranscriptionModel | Literal["soniox/stt-rt-v4"]
    )
    _TranscriptionEngineSpeechmaticsConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionEngine | Literal["Speechmatics"]
    )
    _TranscriptionEngineSpeechmaticsConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel | Literal["speechmatics/standard"]
    )
    _TranscriptionEngineTelnyxConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineTelnyxConfigTranscriptionEngine | Literal["Telnyx"]
    )
    _TranscriptionEngineTelnyxConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineTelnyxConfigTranscriptionModel
        | Literal["openai/whisper-tiny", "openai/whisper-large-v3-turbo"]
    )
    _TranscriptionEngineXaiConfigTranscriptionEngineValue: TypeAlias = (
        TranscriptionEngineXaiConfigTranscriptionEngine | Literal["xAI"]
    )
    _TranscriptionEngineXaiConfigTranscriptionModelValue: TypeAlias = (
        TranscriptionEngineXaiConfigTranscriptionModel | Literal["xai/grok-stt"]
    )
    _TranscriptionLanguageValue: TypeAlias = (
        TranscriptionLanguage
        | Literal[
            "af",
            "af-ZA",
            "am",
            "am-ET",
            "ar",
            "ar-AE",
            "ar-BH",
            "ar-DZ",
            "ar-EG",
            "ar-IL",
            "ar-IQ",
            "ar-JO",
            "ar-KW",
            "ar-LB",
            "ar-MA",
            "ar-MR",
            "ar-OM",
            "ar-PS",
            "ar-QA",
            "ar-SA",
            "ar-TN",
            "ar-YE",
            "as",
            "auto_detect",
            "az",
            "az-AZ",
            "ba",
            "be",
            "bg",
            "bg-BG",
            "bn",
            "bn-BD",
            "bn-IN",
            "bo",
            "br",
            "bs",
            "bs-BA",
            "ca",
            "ca-ES",
            "cs",
            "cs-CZ",
            "cy",
            "da",
            "da-DK",
            "de",
            "de-AT",
            "de-CH",
            "de-DE",
            "el",
            "el-GR",
            "en",
            "en-AU",
            "en-CA",
            "en-GB",
            "en-GH",
            "en-HK",
            "en-IE",
            "en-IN",
            "en-KE",
            "en-NG",
            "en-NZ",
            "en-PH",
            "en-PK",
            "en-SG",
            "en-TZ",
            "en-US",
            "en-ZA",
            "es",
            "es-419",
            "es-AR",
            "es-BO",
            "es-CL",
            "es-CO",
            "es-CR",
            "es-DO",
            "es-EC",
            "es-ES",
            "es-GT",
            "es-HN",
            "es-MX",
            "es-NI",
            "es-PA",
            "es-PE",
            "es-PR",
            "es-PY",
            "es-SV",
            "es-US",
            "es-UY",
            "es-VE",
            "et",
            "et-EE",
            "eu",
            "eu-ES",
            "fa",
            "fa-IR",
            "fi",
            "fi-FI",
            "fil-PH",
            "fo",
            "fr",
            "fr-BE",
            "fr-CA",
            "fr-CH",
            "fr-FR",
            "gl",
            "gl-ES",
            "gu",
            "gu-IN",
            "ha",
            "haw",
            "he",
            "hi",
            "hi-IN",
            "hr",
            "hr-HR",
            "ht",
            "hu",
            "hu-HU",
            "hy",
            "hy-AM",
            "id",
            "id-ID",
            "is",
            "is-IS",
            "it",
            "it-CH",
            "it-IT",
            "iw-IL",
            "ja",
            "ja-JP",
            "jv-ID",
            "jw",
            "ka",
            "ka-GE",
            "kk",
            "kk-KZ",
            "km",
            "km-KH",
            "kn",
            "kn-IN",
            "ko",
            "ko-KR",
            "la",
            "lb",
            "ln",
            "lo",
            "lo-LA",
            "lt",
            "lt-LT",
            "lv",
            "lv-LV",
            "mg",
            "mi",
            "mk",
            "mk-MK",
            "ml",
            "ml-IN",
            "mn",
            "mn-MN",
            "mr",
            "mr-IN",
            "ms",
            "ms-MY",
            "mt",
            "my",
            "my-MM",
            "ne",
            "ne-NP",
            "nl",
            "nl-BE",
            "nl-NL",
            "nn",
            "no",
            "no-NO",
            "oc",
            "pa",
            "pa-Guru-IN",
            "pl",
            "pl-PL",
            "ps",
            "pt",
            "pt-BR",
            "pt-PT",
            "ro",
            "ro-RO",
            "ru",
            "ru-RU",
            "rw-RW",
            "sa",
            "sd",
            "si",
            "si-LK",
            "sk",
            "sk-SK",
            "sl",
            "sl-SI",
            "sn",
            "so",
            "sq",
            "sq-AL",
            "sr",
            "sr-RS",
            "ss-latn-za",
            "st-ZA",
            "su",
            "su-ID",
            "sv",
            "sv-SE",
            "sw",
            "sw-KE",
            "sw-TZ",
            "ta",
            "ta-IN",
            "ta-LK",
            "ta-MY",
            "ta-SG",
            "te",
            "te-IN",
            "tg",
            "th",
            "th-TH",
            "tk",
            "tl",
            "tn-latn-za",
            "tr",
            "tr-TR",
            "ts-ZA",
            "tt",
            "uk",
            "uk-UA",
            "ur",
            "ur-IN",
            "ur-PK",
            "uz",
            "uz-UZ",
            "ve-ZA",
            "vi",
            "vi-VN",
            "xh-ZA",
            "yi",
            "yo",
            "yue-Hant-HK",
            "zh",
            "zh-TW",
            "zu-ZA",
        ]
    )
    _TranscriptionStartRequestTranscriptionEngineValue: TypeAlias = (
        TranscriptionStartRequestTranscriptionEngine
        | Literal[
            "Google",
            "Telnyx",
            "Deepgram",
            "Azure",
            "xAI",
            "AssemblyAI",
            "Speechmatics",
            "Soniox",
            "Parakeet",
            "A",
            "B",
        ]
    )
    _TransferCallRequestAnsweringMachineDetectionValue: TypeAlias = (
        TransferCallRequestAnsweringMachineDetection
        | Literal["premium", "detect", "detect_beep", "detect_words", "greeting_end", "disabled"]
    )
    _TransferCallRequestMediaEncryptionValue: TypeAlias = (
        TransferCallRequestMediaEncryption | Literal["disabled", "SRTP", "DTLS"]
    )
    _TransferCallRequestMuteDtmfValue: TypeAlias = (
        TransferCallRequestMuteDtmf | Literal["none", "both", "self", "opposite"]
    )
    _TransferCallRequestPrivacyValue: TypeAlias = TransferCallRequestPrivacy | Literal["id", "none"]
    _TransferCallRequestRecordValue: TypeAlias = (
        TransferCallRequestRecord | Literal["record-from-answer"]
    )
    _TransferCallRequestRecordChannelsValue: TypeAlias = (
        TransferCallRequestRecordChannels | Literal["single", "dual"]
    )
    _TransferCallRequestRecordFormatValue: TypeAlias = (
        TransferCallRequestRecordFormat | Literal["wav", "mp3"]
    )
    _TransferCallRequestRecordTrackValue: TypeAlias = (
        TransferCallRequestRecordTrack | Literal["both", "inbound", "outbound"]
    )
    _TransferCallRequestRecordTrimValue: TypeAlias = (
        TransferCallRequestRecordTrim | Literal["trim-silence"]
    )
    _TransferCallRequestSipRegionValue: TypeAlias = (
        TransferCallRequestSipRegion | Literal["US", "Europe", "Canada", "Australia", "Middle East"]
    )
    _TransferCallRequestSipTransportProtocolValue: TypeAlias = (
        TransferCallRequestSipTransportProtocol | Literal["UDP", "TCP", "TLS"]
    )
    _TransferCallRequestWebhookUrlMethodValue: TypeAlias = (
        TransferCallRequestWebhookUrlMethod | Literal["POST", "GET"]
    )
    _TransferCallRequestWebhookUrlsMethodValue: TypeAlias = (
        TransferCallRequestWebhookUrlsMethod | Literal["POST", "GET"]
    )
    _UpdateConferenceParticipantRequestBeepEnabledValue: TypeAlias = (
        UpdateConferenceParticipantRequestBeepEnabled
        | Literal["always", "never", "on_enter", "on_exit"]
    )
    _UpdateConferenceRequestSupervisorRoleValue: TypeAlias = (
        UpdateConferenceRequestSupervisorRole | Literal["barge", "monitor", "none", "whisper"]
    )
    _XaiTranscriptionLanguageValue: TypeAlias = (
        XaiTranscriptionLanguage
        | Literal[
            "ar",
            "cs",
            "da",
            "de",
            "en",
            "es",
            "fa",
            "fil",
            "fr",
            "hi",
            "id",
            "it",
            "ja",
            "ko",
            "mk",
            "ms",
            "nl",
            "pl",
            "pt",
            "ro",
            "ru",
            "sv",
            "th",
            "tr",
            "vi",
        ]
    )
else:
    _AIAssistantJoinParticipantOnHangupValue = AIAssistantJoinParticipantOnHangup
    _AIAssistantJoinParticipantRoleValue = AIAssistantJoinParticipantRole
    _AnswerRequestPreferredCodecsValue = AnswerRequestPreferredCodecs
    _AnswerRequestRecordValue = AnswerRequestRecord
    _AnswerRequestRecordChannelsValue = AnswerRequestRecordChannels
    _AnswerRequestRecordFormatValue = AnswerRequestRecordFormat
    _AnswerRequestRecordTrackValue = AnswerRequestRecordTrack
    _AnswerRequestRecordTrimValue = AnswerRequestRecordTrim
    _AnswerRequestStreamTrackValue = AnswerRequestStreamTrack
    _AnswerRequestWebhookUrlMethodValue = AnswerRequestWebhookUrlMethod
    _AnswerRequestWebhookUrlsMethodValue = AnswerRequestWebhookUrlsMethod
    _AzureTranscriptionLanguageValue = AzureTranscriptionLanguage
    _AzureTranscriptionRegionValue = AzureTranscriptionRegion
    _AzureVoiceSettingsEffectValue = AzureVoiceSettingsEffect
    _AzureVoiceSettingsGenderValue = AzureVoiceSettingsGender
    _BridgeRequestMuteDtmfValue = BridgeRequestMuteDtmf
    _BridgeRequestRecordValue = BridgeRequestRecord
    _BridgeRequestRecordChannelsValue = BridgeRequestRecordChannels
    _BridgeRequestRecordFormatValue = BridgeRequestRecordFormat
    _BridgeRequestRecordTrackValue = BridgeRequestRecordTrack
    _BridgeRequestRecordTrimValue = BridgeRequestRecordTrim
    _BridgeRequestRingtoneValue = BridgeRequestRingtone
    _CallAssistantRequestExternalLlmAuthenticationMethodValue = (
        CallAssistantRequestExternalLlmAuthenticationMethod
    )
    _CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethodValue = (
        CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod
    )
    _CallControlWebhookToolParamsBodyParametersTypeValue = (
        CallControlWebhookToolParamsBodyParametersType
    )
    _CallControlWebhookToolParamsMethodValue = CallControlWebhookToolParamsMethod
    _CallControlWebhookToolParamsPathParametersTypeValue = (
        CallControlWebhookToolParamsPathParametersType
    )
    _CallControlWebhookToolParamsQueryParametersTypeValue = (
        CallControlWebhookToolParamsQueryParametersType
    )
    _CallRequestAnsweringMachineDetectionValue = CallRequestAnsweringMachineDetection
    _CallRequestConferenceConfigBeepEnabledValue = CallRequestConferenceConfigBeepEnabled
    _CallRequestConferenceConfigSupervisorRoleValue = CallRequestConferenceConfigSupervisorRole
    _CallRequestMediaEncryptionValue = CallRequestMediaEncryption
    _CallRequestPrivacyValue = CallRequestPrivacy
    _CallRequestRecordValue = CallRequestRecord
    _CallRequestRecordChannelsValue = CallRequestRecordChannels
    _CallRequestRecordFormatValue = CallRequestRecordFormat
    _CallRequestRecordTrackValue = CallRequestRecordTrack
    _CallRequestRecordTrimValue = CallRequestRecordTrim
    _CallRequestSipRegionValue = CallRequestSipRegion
    _CallRequestSipTransportProtocolValue = CallRequestSipTransportProtocol
    _CallRequestStreamTrackValue = CallRequestStreamTrack
    _CallRequestSupervisorRoleValue = CallRequestSupervisorRole
    _CallRequestWebhookUrlMethodValue = CallRequestWebhookUrlMethod
    _CallRequestWebhookUrlsMethodValue = CallRequestWebhookUrlsMethod
    _ConferenceRegionValue = ConferenceRegion
    _ConferenceSpeakRequestLanguageValue = ConferenceSpeakRequestLanguage
    _ConferenceSpeakRequestPayloadTypeValue = ConferenceSpeakRequestPayloadType
    _ConversationRelayEmbeddedConfigTranscriptionEngineValue = (
        ConversationRelayEmbeddedConfigTranscriptionEngine
    )
    _ConversationRelayInterruptibleValue = ConversationRelayInterruptible
    _ConversationRelayLanguageTranscriptionEngineValue = (
        ConversationRelayLanguageTranscriptionEngine
    )
    _ConversationRelayStartRequestTranscriptionEngineValue = (
        ConversationRelayStartRequestTranscriptionEngine
    )
    _CreateConferenceRequestBeepEnabledValue = CreateConferenceRequestBeepEnabled
    _CreateConferenceRequestRegionValue = CreateConferenceRequestRegion
    _DeepgramNova2ConfigTranscriptionEngineValue = DeepgramNova2ConfigTranscriptionEngine
    _DeepgramNova2TranscriptionLanguageValue = DeepgramNova2TranscriptionLanguage
    _DeepgramNova3ConfigTranscriptionEngineValue = DeepgramNova3ConfigTranscriptionEngine
    _DeepgramNova3TranscriptionLanguageValue = DeepgramNova3TranscriptionLanguage
    _GatherUsingAIRequestMessageHistoryItemRoleValue = GatherUsingAIRequestMessageHistoryItemRole
    _GatherUsingSpeakRequestLanguageValue = GatherUsingSpeakRequestLanguage
    _GatherUsingSpeakRequestPayloadTypeValue = GatherUsingSpeakRequestPayloadType
    _GatherUsingSpeakRequestServiceLevelValue = GatherUsingSpeakRequestServiceLevel
    _GoogleTranscriptionLanguageValue = GoogleTranscriptionLanguage
    _InworldVoiceSettingsDeliveryModeValue = InworldVoiceSettingsDeliveryMode
    _JoinConferenceRequestBeepEnabledValue = JoinConferenceRequestBeepEnabled
    _JoinConferenceRequestSupervisorRoleValue = JoinConferenceRequestSupervisorRole
    _LeaveConferenceRequestBeepEnabledValue = LeaveConferenceRequestBeepEnabled
    _MinimaxVoiceSettingsLanguageBoostValue = MinimaxVoiceSettingsLanguageBoost
    _NoiseSuppressionDirectionValue = NoiseSuppressionDirection
    _NoiseSuppressionEngineValue = NoiseSuppressionEngine
    _NoiseSuppressionEngineConfigFamilyValue = NoiseSuppressionEngineConfigFamily
    _NoiseSuppressionEngineConfigModeValue = NoiseSuppressionEngineConfigMode
    _NoiseSuppressionEngineConfigModelValue = NoiseSuppressionEngineConfigModel
    _NoiseSuppressionEngineConfigSizeValue = NoiseSuppressionEngineConfigSize
    _PlayAudioUrlRequestAudioTypeValue = PlayAudioUrlRequestAudioType
    _RejectRequestCauseValue = RejectRequestCause
    _ResembleSampleRateValue = ResembleSampleRate
    _ResembleVoiceSettingsFormatValue = ResembleVoiceSettingsFormat
    _ResembleVoiceSettingsPrecisionValue = ResembleVoiceSettingsPrecision
    _SipHeaderNameValue = SipHeaderName
    _SpeakRequestLanguageValue = SpeakRequestLanguage
    _SpeakRequestPayloadTypeValue = SpeakRequestPayloadType
    _SpeakRequestServiceLevelValue = SpeakRequestServiceLevel
    _SpeakRequestTargetLegsValue = SpeakRequestTargetLegs
    _SpeechmaticsTranscriptionLanguageValue = SpeechmaticsTranscriptionLanguage
    _StartConferenceRecordingRequestChannelsValue = StartConferenceRecordingRequestChannels
    _StartConferenceRecordingRequestFormatValue = StartConferenceRecordingRequestFormat
    _StartConferenceRecordingRequestTrimValue = StartConferenceRecordingRequestTrim
    _StartForkingRequestStreamTypeValue = StartForkingRequestStreamType
    _StartRecordingRequestChannelsValue = StartRecordingRequestChannels
    _StartRecordingRequestFormatValue = StartRecordingRequestFormat
    _StartRecordingRequestRecordingTrackValue = StartRecordingRequestRecordingTrack
    _StartRecordingRequestTranscriptionEngineValue = StartRecordingRequestTranscriptionEngine
    _StartRecordingRequestTrimValue = StartRecordingRequestTrim
    _StartSiprecRequestIncludeMetadataCustomHeadersValue = (
        StartSiprecRequestIncludeMetadataCustomHeaders
    )
    _StartSiprecRequestSecureValue = StartSiprecRequestSecure
    _StartSiprecRequestSipTransportValue = StartSiprecRequestSipTransport
    _StartSiprecRequestSiprecTrackValue = StartSiprecRequestSiprecTrack
    _StartStreamingRequestStreamTrackValue = StartStreamingRequestStreamTrack
    _StopForkingRequestStreamTypeValue = StopForkingRequestStreamType
    _StreamBidirectionalCodecValue = StreamBidirectionalCodec
    _StreamBidirectionalModeValue = StreamBidirectionalMode
    _StreamBidirectionalSamplingRateValue = StreamBidirectionalSamplingRate
    _StreamBidirectionalTargetLegsValue = StreamBidirectionalTargetLegs
    _StreamCodecValue = StreamCodec
    _SwitchSupervisorRoleRequestRoleValue = SwitchSupervisorRoleRequestRole
    _TelnyxTranscriptionLanguageValue = TelnyxTranscriptionLanguage
    _ToolCallTypeValue = ToolCallType
    _TranscriptionConfigModelValue = TranscriptionConfigModel
    _TranscriptionEngineAConfigModelValue = TranscriptionEngineAConfigModel
    _TranscriptionEngineAConfigTranscriptionEngineValue = (
        TranscriptionEngineAConfigTranscriptionEngine
    )
    _TranscriptionEngineAssemblyaiConfigTranscriptionEngineValue = (
        TranscriptionEngineAssemblyaiConfigTranscriptionEngine
    )
    _TranscriptionEngineAssemblyaiConfigTranscriptionModelValue = (
        TranscriptionEngineAssemblyaiConfigTranscriptionModel
    )
    _TranscriptionEngineAzureConfigTranscriptionEngineValue = (
        TranscriptionEngineAzureConfigTranscriptionEngine
    )
    _TranscriptionEngineBConfigTranscriptionEngineValue = (
        TranscriptionEngineBConfigTranscriptionEngine
    )
    _TranscriptionEngineBConfigTranscriptionModelValue = (
        TranscriptionEngineBConfigTranscriptionModel
    )
    _TranscriptionEngineGoogleConfigModelValue = TranscriptionEngineGoogleConfigModel
    _TranscriptionEngineGoogleConfigTranscriptionEngineValue = (
        TranscriptionEngineGoogleConfigTranscriptionEngine
    )
    _TranscriptionEngineParakeetConfigTranscriptionEngineValue = (
        TranscriptionEngineParakeetConfigTranscriptionEngine
    )
    _TranscriptionEngineParakeetConfigTranscriptionModelValue = (
        TranscriptionEngineParakeetConfigTranscriptionModel
    )
    _TranscriptionEngineSonioxConfigTranscriptionEngineValue = (
        TranscriptionEngineSonioxConfigTranscriptionEngine
    )
    _TranscriptionEngineSonioxConfigTranscriptionModelValue = (
        TranscriptionEngineSonioxConfigTranscriptionModel
    )
    _TranscriptionEngineSpeechmaticsConfigTranscriptionEngineValue = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionEngine
    )
    _TranscriptionEngineSpeechmaticsConfigTranscriptionModelValue = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel
    )
    _TranscriptionEngineTelnyxConfigTranscriptionEngineValue = (
        TranscriptionEngineTelnyxConfigTranscriptionEngine
    )
    _TranscriptionEngineTelnyxConfigTranscriptionModelValue = (
        TranscriptionEngineTelnyxConfigTranscriptionModel
    )
    _TranscriptionEngineXaiConfigTranscriptionEngineValue = (
        TranscriptionEngineXaiConfigTranscriptionEngine
    )
    _TranscriptionEngineXaiConfigTranscriptionModelValue = (
        TranscriptionEngineXaiConfigTranscriptionModel
    )
    _TranscriptionLanguageValue = TranscriptionLanguage
    _TranscriptionStartRequestTranscriptionEngineValue = (
        TranscriptionStartRequestTranscriptionEngine
    )
    _TransferCallRequestAnsweringMachineDetectionValue = (
        TransferCallRequestAnsweringMachineDetection
    )
    _TransferCallRequestMediaEncryptionValue = TransferCallRequestMediaEncryption
    _TransferCallRequestMuteDtmfValue = TransferCallRequestMuteDtmf
    _TransferCallRequestPrivacyValue = TransferCallRequestPrivacy
    _TransferCallRequestRecordValue = TransferCallRequestRecord
    _TransferCallRequestRecordChannelsValue = TransferCallRequestRecordChannels
    _TransferCallRequestRecordFormatValue = TransferCallRequestRecordFormat
    _TransferCallRequestRecordTrackValue = TransferCallRequestRecordTrack
    _TransferCallRequestRecordTrimValue = TransferCallRequestRecordTrim
    _TransferCallRequestSipRegionValue = TransferCallRequestSipRegion
    _TransferCallRequestSipTransportProtocolValue = TransferCallRequestSipTransportProtocol
    _TransferCallRequestWebhookUrlMethodValue = TransferCallRequestWebhookUrlMethod
    _TransferCallRequestWebhookUrlsMethodValue = TransferCallRequestWebhookUrlsMethod
    _UpdateConferenceParticipantRequestBeepEnabledValue = (
        UpdateConferenceParticipantRequestBeepEnabled
    )
    _UpdateConferenceRequestSupervisorRoleValue = UpdateConferenceRequestSupervisorRole
    _XaiTranscriptionLanguageValue = XaiTranscriptionLanguage


class AIAssistantAddMessagesRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    messages: (
        list[
            Annotated[
                UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage,
                Field(discriminator="role"),
            ]
        ]
        | None
    ) = None
    """
    The messages to add to the conversation.
    """


class AIAssistantJoinParticipant(BaseModel):
    id: str
    """
    The call_control_id of the participant to add to the conversation.
    """
    name: str | None = None
    """
    Display name for the participant.
    """
    on_hangup: _AIAssistantJoinParticipantOnHangupValue | None = (
        AIAssistantJoinParticipantOnHangup.CONTINUE_CONVERSATION
    )
    role: _AIAssistantJoinParticipantRoleValue


class AIAssistantJoinRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    conversation_id: str
    """
    The ID of the AI assistant conversation to join.
    """
    participant: AIAssistantJoinParticipant


class AIAssistantStartRequest(BaseModel):
    assistant: CallAssistantRequest | None = None
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    greeting: str | None = None
    """
    Text that will be played when the assistant starts, if none then nothing will be played when the assistant starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
    """
    interruption_settings: InterruptionSettings | None = None
    message_history: Annotated[
        list[
            Annotated[
                UserMessage | AssistantMessage | ToolMessage | SystemMessage | DeveloperMessage,
                Field(discriminator="role"),
            ]
        ],
        Field(validate_default=True),
    ] = []
    """
    A list of messages to seed the conversation history before the assistant starts. Follows the same message format as the `ai_assistant_add_messages` command.
    """
    participants: Annotated[list[AIAssistantJoinParticipant], Field(validate_default=True)] = []
    """
    A list of participants to add to the conversation when it starts.
    """
    send_message_history_updates: bool = False
    """
    When `true`, a webhook is sent each time the conversation message history is updated.
    """
    transcription: TranscriptionConfig | None = None
    voice: str | None = "Telnyx.KokoroTTS.af"
    """
    The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS voices.

     **Supported Providers:**
    - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
    - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery).)
    - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
     - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
    - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
    - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
    - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class AIAssistantStopRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class AWSVoiceSettings(BaseModel):
    type: Literal["aws"]


class ActiveCall(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_duration: int
    """
    Indicates the duration of the call in seconds
    """
    call_leg_id: str
    """
    ID that is unique to the call and can be used to correlate webhook events
    """
    call_session_id: str
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call
    """
    client_state: str
    """
    State received from a command.
    """
    record_type: ActiveCallRecordType


class ActiveCallsResponse(BaseModel):
    data: list[ActiveCall] | None = None
    meta: CursorPaginationMeta | None = None


class AnswerRequest(BaseModel):
    assistant: CallAssistantRequest | None = None
    billing_group_id: UUID | None = None
    """
    Use this field to set the Billing Group ID for the call. Must be a valid and existing Billing Group ID.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    conversation_relay_config: ConversationRelayEmbeddedConfig | None = None
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE response.
    """
    deepfake_detection: AnswerRequestDeepfakeDetection | None = None
    preferred_codecs: _AnswerRequestPreferredCodecsValue | None = None
    record: _AnswerRequestRecordValue | None = None
    record_channels: _AnswerRequestRecordChannelsValue | None = AnswerRequestRecordChannels.DUAL
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: _AnswerRequestRecordFormatValue | None = AnswerRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: _AnswerRequestRecordTrackValue | None = AnswerRequestRecordTrack.BOTH
    record_trim: _AnswerRequestRecordTrimValue | None = None
    send_silence_when_idle: bool = False
    """
    Generate silence RTP packets when no transmission available.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the SIP INVITE response. Currently only User-to-User header is supported.
    """
    sound_modifications: SoundModifications | None = None
    stream_bidirectional_codec: _StreamBidirectionalCodecValue | None = (
        StreamBidirectionalCodec.PCMU
    )
    stream_bidirectional_mode: _StreamBidirectionalModeValue | None = StreamBidirectionalMode.MP3
    stream_bidirectional_target_legs: _StreamBidirectionalTargetLegsValue | None = (
        StreamBidirectionalTargetLegs.OPPOSITE
    )
    stream_codec: _StreamCodecValue | None = StreamCodec.DEFAULT
    stream_track: _AnswerRequestStreamTrackValue | None = AnswerRequestStreamTrack.INBOUND_TRACK
    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """
    transcription: bool = False
    """
    Enable transcription upon call answer. The default value is false.
    """
    transcription_config: TranscriptionStartRequest | None = None
    webhook_retries_policies: dict[str, AnswerRequestWebhookRetriesPoliciesValue] | None = None
    """
    A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.
    """
    webhook_url: str | None = None
    """
    Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call.
    """
    webhook_url_method: _AnswerRequestWebhookUrlMethodValue | None = (
        AnswerRequestWebhookUrlMethod.POST
    )
    webhook_urls: dict[str, AnyUrl] | None = None
    """
    A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not mapped here will use the default `webhook_url`.
    """
    webhook_urls_method: _AnswerRequestWebhookUrlsMethodValue | None = (
        AnswerRequestWebhookUrlsMethod.POST
    )


class AnswerRequestDeepfakeDetection(BaseModel):
    """
    Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook.
    """

    enabled: bool
    """
    Whether deepfake detection is enabled.
    """
    rtp_timeout: Annotated[int, Field(ge=5, le=120)] = 30
    """
    Maximum time in seconds to wait for RTP audio before timing out. If no audio is received within this window, detection stops with an error.
    """
    timeout: Annotated[int, Field(ge=5, le=60)] = 15
    """
    Maximum time in seconds to wait for a detection result before timing out.
    """


class AnswerRequestWebhookRetriesPoliciesValue(BaseModel):
    retries_ms: Annotated[list[int] | None, Field(max_length=5)] = None
    """
    Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms.
    """


class Assistant(BaseModel):
    """
    Assistant configuration including choice of LLM, custom instructions, and tools.
    """

    instructions: str | None = None
    """
    The system instructions that the voice assistant uses during the gather command
    """
    model: str = "Qwen/Qwen3-235B-A22B"
    """
    The model to be used by the voice assistant.
    """
    openai_api_key_ref: str | None = None
    """
    This is necessary only if the model selected is from OpenAI. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your OpenAI API Key. Warning: Free plans are unlikely to work with this integration.
    """
    tools: (
        list[
            Annotated[
                BookAppointmentTool
                | CheckAvailabilityTool
                | WebhookTool
                | HangupTool
                | TransferTool
                | CallControlRetrievalTool,
                Field(discriminator="type"),
            ]
        ]
        | None
    ) = None
    """
    The tools that the voice assistant can use.
    """


class AssistantMessage(BaseModel):
    """
    Messages sent by the model in response to user messages.
    """

    content: str | None = None
    """
    The contents of the assistant message. Required unless `tool_calls`
    """
    metadata: MessageMetadata | None = None
    role: Literal["assistant"]
    tool_calls: list[ToolCall] | None = None
    """
    The tool calls generated by the model, such as function calls.
    """


class AzureVoiceSettings(BaseModel):
    api_key_ref: str | None = None
    """
    The `identifier` for an integration secret that refers to your Azure Speech API key.
    """
    deployment_id: str | None = None
    """
    The deployment ID for a custom Azure neural voice.
    """
    effect: _AzureVoiceSettingsEffectValue | None = None
    gender: _AzureVoiceSettingsGenderValue | None = None
    region: str | None = None
    """
    The Azure region for the Speech service (e.g., `eastus`, `westeurope`). Required when using a custom API key.
    """
    type: Literal["azure"]


class BookAppointmentTool(BaseModel):
    book_appointment: BookAppointmentToolParams
    type: Literal["book_appointment"]


class BookAppointmentToolParams(BaseModel):
    api_key_ref: str
    """
    Reference to an integration secret that contains your Cal.com API key. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your Cal.com API key.
    """
    attendee_name: str | None = None
    """
    The name of the attendee [cal.com](https://cal.com/docs/api-reference/v2/bookings/create-a-booking#body-attendee-name). If not provided, the assistant will ask for the attendee's name.
    """
    attendee_timezone: str | None = None
    """
    The timezone of the attendee [cal.com](https://cal.com/docs/api-reference/v2/bookings/create-a-booking#body-attendee-timezone). If not provided, the assistant will ask for the attendee's timezone.
    """
    event_type_id: int
    """
    Event Type ID for which slots are being fetched. [cal.com](https://cal.com/docs/api-reference/v2/bookings/create-a-booking#body-event-type-id)
    """


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
    mute_dtmf: _BridgeRequestMuteDtmfValue | None = BridgeRequestMuteDtmf.NONE
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
    record: _BridgeRequestRecordValue | None = None
    record_channels: _BridgeRequestRecordChannelsValue | None = BridgeRequestRecordChannels.DUAL
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: _BridgeRequestRecordFormatValue | None = BridgeRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: _BridgeRequestRecordTrackValue | None = BridgeRequestRecordTrack.BOTH
    record_trim: _BridgeRequestRecordTrimValue | None = None
    ringtone: _BridgeRequestRingtoneValue | None = BridgeRequestRingtone.US
    video_room_context: str | None = None
    """
    The additional parameter that will be passed to the video conference. It is a text field and the user can decide how to use it. For example, you can set the participant name or pass JSON text. It can be used only with video_room_id parameter.
    """
    video_room_id: UUID | None = None
    """
    The ID of the video room you want to bridge with, can't be used together with call_control_id parameter or queue parameter.
    """


class Call(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_duration: int | None = None
    """
    Indicates the duration of the call in seconds
    """
    call_leg_id: str
    """
    ID that is unique to the call and can be used to correlate webhook events
    """
    call_session_id: str
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    end_time: str | None = None
    """
    ISO 8601 formatted date indicating when the call ended. Only present when the call is not alive
    """
    is_alive: bool
    """
    Indicates whether the call is alive or not. For Dial command it will always be `false` (dialing is asynchronous).
    """
    record_type: CallRecordType
    start_time: str | None = None
    """
    ISO 8601 formatted date indicating when the call started
    """


class CallAIGatherEnded(BaseModel):
    event_type: Literal["call.ai_gather.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallAIGatherEndedPayload | None = None
    record_type: CallAIGatherEndedRecordType | None = None


class CallAIGatherEndedEvent(WebhookEventModel):
    data: CallAIGatherEnded | None = None


class CallAIGatherEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Telnyx connection ID used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    message_history: list[CallAIGatherEndedPayloadMessageHistoryItem] | None = None
    """
    The history of the messages exchanged during the AI gather
    """
    result: dict[str, Any] | None = None
    """
    The result of the AI gather, its type depends of the `parameters` provided in the command
    """
    status: CallAIGatherEndedPayloadStatus | None = None
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallAIGatherEndedPayloadMessageHistoryItem(BaseModel):
    content: str | None = None
    """
    The content of the message
    """
    role: CallAIGatherEndedPayloadMessageHistoryItemRole | None = None


class CallAIGatherMessageHistoryUpdated(BaseModel):
    event_type: Literal["call.ai_gather.message_history_updated"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallAIGatherMessageHistoryUpdatedPayload | None = None
    record_type: CallAIGatherMessageHistoryUpdatedRecordType | None = None


class CallAIGatherMessageHistoryUpdatedEvent(WebhookEventModel):
    data: CallAIGatherMessageHistoryUpdated | None = None


class CallAIGatherMessageHistoryUpdatedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Telnyx connection ID used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    message_history: list[CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem] | None = None
    """
    The history of the messages exchanged during the AI gather
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItem(BaseModel):
    content: str | None = None
    """
    The content of the message
    """
    role: CallAIGatherMessageHistoryUpdatedPayloadMessageHistoryItemRole | None = None


class CallAIGatherPartialResults(BaseModel):
    event_type: Literal["call.ai_gather.partial_results"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallAIGatherPartialResultsPayload | None = None
    record_type: CallAIGatherPartialResultsRecordType | None = None


class CallAIGatherPartialResultsEvent(WebhookEventModel):
    data: CallAIGatherPartialResults | None = None


class CallAIGatherPartialResultsPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Telnyx connection ID used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    message_history: list[CallAIGatherPartialResultsPayloadMessageHistoryItem] | None = None
    """
    The history of the messages exchanged during the AI gather
    """
    partial_results: dict[str, Any] | None = None
    """
    The partial result of the AI gather, its type depends of the `parameters` provided in the command
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallAIGatherPartialResultsPayloadMessageHistoryItem(BaseModel):
    content: str | None = None
    """
    The content of the message
    """
    role: CallAIGatherPartialResultsPayloadMessageHistoryItemRole | None = None


class CallAnswered(BaseModel):
    event_type: Literal["call.answered"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallAnsweredPayload | None = None
    record_type: CallAnsweredRecordType | None = None


class CallAnsweredEvent(WebhookEventModel):
    data: CallAnswered | None = None


class CallAnsweredPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers set on answer command
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    sip_headers: list[SipHeader] | None = None
    """
    User-to-User and Diversion headers from sip invite.
    """
    start_time: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the call started.
    """
    state: CallAnsweredPayloadState | None = None
    tags: list[str] | None = None
    """
    Array of tags associated to number.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallAssistantRequest(BaseModel):
    """
    AI Assistant configuration. All fields except `id` are optional — the assistant's stored configuration will be used as fallback for any omitted fields.
    """

    dynamic_variables: dict[str, str | float | bool] | None = None
    """
    Map of dynamic variables and their default values. Dynamic variables can be referenced in instructions, greeting, and tool definitions using the `{{variable_name}}` syntax. Call-control-agent automatically merges in `telnyx_call_*` variables (telnyx_call_to, telnyx_call_from, telnyx_conversation_channel, telnyx_agent_target, telnyx_end_user_target, telnyx_call_caller_id_name) and custom header variables.
    """
    external_llm: CallAssistantRequestExternalLlm | None = None
    fallback_config: CallAssistantRequestFallbackConfig | None = None
    greeting: Annotated[str | None, Field(max_length=3000)] = None
    """
    Initial greeting text spoken when the assistant starts. Can be plain text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
    """
    id: str
    """
    The identifier of the AI assistant to use.
    """
    instructions: str | None = None
    """
    System instructions for the voice assistant. Can be templated with [dynamic variables](https://developers.telnyx.com/docs/inference/ai-assistants/dynamic-variables). This will overwrite the instructions set in the assistant configuration.
    """
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the LLM provider API key. Use this field to reference an [integration secret](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) containing your LLM provider API key. Supports any LLM provider (OpenAI, Anthropic, etc.).
    """
    mcp_servers: list[CallAssistantRequestMcpServersItem] | None = None
    """
    MCP (Model Context Protocol) server configurations for extending the assistant's capabilities with external tools and data sources.
    """
    model: str | None = None
    """
    LLM model override for this call. If omitted, the assistant's configured model is used.
    """
    name: str | None = None
    """
    Assistant name override for this call.
    """
    observability_settings: CallAssistantRequestObservabilitySettings | None = None
    openai_api_key_ref: Annotated[str | None, Field(deprecated=True)] = None
    """
    Deprecated — use `llm_api_key_ref` instead. Integration secret identifier for the OpenAI API key. This field is maintained for backward compatibility; `llm_api_key_ref` is the canonical field name and supports all LLM providers.
    """
    tools: (
        list[
            Annotated[
                BookAppointmentTool
                | CheckAvailabilityTool
                | WebhookTool
                | HangupTool
                | TransferTool
                | CallControlRetrievalTool,
                Field(discriminator="type"),
            ]
        ]
        | None
    ) = None
    """
    Inline tool definitions available to the assistant (webhook, retrieval, transfer, hangup, etc.). Overrides the assistant's stored tools if provided.
    """


class CallAssistantRequestExternalLlm(BaseModel):
    """
    External LLM configuration for bringing your own LLM endpoint.
    """

    authentication_method: _CallAssistantRequestExternalLlmAuthenticationMethodValue | None = (
        CallAssistantRequestExternalLlmAuthenticationMethod.TOKEN
    )
    base_url: str | None = None
    """
    Base URL for the external LLM endpoint.
    """
    certificate_ref: str | None = None
    """
    Integration secret identifier for the client certificate used with certificate authentication.
    """
    forward_metadata: bool = False
    """
    When enabled, Telnyx forwards the assistant's dynamic variables to the external LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789","telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`.
    """
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the external LLM API key.
    """
    model: str | None = None
    """
    Model identifier to use with the external LLM endpoint.
    """
    token_retrieval_url: str | None = None
    """
    URL used to retrieve an access token when certificate authentication is enabled.
    """


class CallAssistantRequestFallbackConfig(BaseModel):
    """
    Fallback LLM configuration used when the primary LLM provider is unavailable.
    """

    external_llm: CallAssistantRequestFallbackConfigExternalLlm | None = None
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the fallback model API key.
    """
    model: str | None = None
    """
    Fallback Telnyx-hosted model to use when the primary LLM provider is unavailable.
    """


class CallAssistantRequestFallbackConfigExternalLlm(BaseModel):
    """
    External LLM fallback configuration.
    """

    authentication_method: (
        _CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethodValue | None
    ) = CallAssistantRequestFallbackConfigExternalLlmAuthenticationMethod.TOKEN
    base_url: str | None = None
    """
    Base URL for the external LLM endpoint.
    """
    certificate_ref: str | None = None
    """
    Integration secret identifier for the client certificate used with certificate authentication.
    """
    forward_metadata: bool = False
    """
    When enabled, Telnyx forwards the assistant's dynamic variables to the external LLM endpoint. Defaults to false. The chat completion request includes a top-level `extra_metadata` object when dynamic variables are available. For example: `{"extra_metadata":{"customer_name":"Jane","account_id":"acct_789","telnyx_agent_target":"+13125550100","telnyx_end_user_target":"+13125550123"}}`.
    """
    llm_api_key_ref: str | None = None
    """
    Integration secret identifier for the external LLM API key.
    """
    model: str | None = None
    """
    Model identifier to use with the external LLM endpoint.
    """
    token_retrieval_url: str | None = None
    """
    URL used to retrieve an access token when certificate authentication is enabled.
    """


class CallAssistantRequestMcpServersItem(BaseModel):
    pass


class CallAssistantRequestObservabilitySettings(BaseModel):
    """
    Observability configuration for the assistant session, including Langfuse integration for tracing and monitoring.
    """


class CallBridged(BaseModel):
    event_type: Literal["call.bridged"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallBridgedPayload | None = None
    record_type: CallBridgedRecordType | None = None


class CallBridgedEvent(WebhookEventModel):
    data: CallBridged | None = None


class CallBridgedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallControlBucketIds(BaseModel):
    bucket_ids: Annotated[list[str], Field(title="Bucket Ids")]
    max_num_results: int | None = None
    """
    The maximum number of results to retrieve as context for the language model.
    """


class CallControlCommandResponse(BaseModel):
    data: CallControlCommandResult | None = None


class CallControlCommandResponseWithConversationID(BaseModel):
    data: CallControlCommandResultWithConversationId | None = None


class CallControlCommandResponseWithConversationRelayID(BaseModel):
    data: CallControlCommandResultWithConversationRelayId | None = None


class CallControlCommandResponseWithRecordingID(BaseModel):
    data: CallControlCommandResultWithRecordingId | None = None


class CallControlCommandResult(BaseModel):
    result: str | None = None


class CallControlCommandResultWithConversationId(BaseModel):
    conversation_id: UUID | None = None
    """
    The ID of the conversation created by the command.
    """
    result: str | None = None


class CallControlCommandResultWithConversationRelayId(BaseModel):
    conversation_relay_id: str | None = None
    """
    The ID of the Conversation Relay session created by the command.
    """
    result: str | None = None


class CallControlCommandResultWithRecordingId(BaseModel):
    recording_id: UUID | None = None
    """
    The ID of the recording. Only present when the record parameter is set to record-from-answer.
    """
    result: str | None = None


class CallControlRetrievalTool(BaseModel):
    retrieval: CallControlBucketIds
    type: Literal["retrieval"]


class CallControlTransferToolParams(BaseModel):
    from_: Annotated[str, Field(alias="from")]
    """
    Number or SIP URI placing the call.
    """
    targets: list[CallControlTransferToolParamsTargetsArrayItem] | str
    """
    The different possible targets of the transfer. The assistant will be able to choose one of the targets to transfer the call to. This can also be a dynamic variable string like `{{ targets }}` where `targets` is returned by the dynamic variables webhook and resolves to an array of target objects at runtime.
    """


class CallControlTransferToolParamsTargetsArrayItem(BaseModel):
    name: str | None = None
    """
    The name of the target.
    """
    to: str
    """
    The destination number or SIP URI of the call.
    """


class CallControlWebhookToolParams(BaseModel):
    body_parameters: CallControlWebhookToolParamsBodyParameters | None = None
    description: str
    """
    The description of the tool.
    """
    headers: list[CallControlWebhookToolParamsHeadersItem] | None = None
    """
    The headers to be sent to the external tool.
    """
    method: _CallControlWebhookToolParamsMethodValue | None = (
        CallControlWebhookToolParamsMethod.POST
    )
    name: str
    """
    The name of the tool.
    """
    path_parameters: CallControlWebhookToolParamsPathParameters | None = None
    query_parameters: CallControlWebhookToolParamsQueryParameters | None = None
    url: str
    """
    The URL of the external tool to be called. This URL is going to be used by the assistant. The URL can be templated like: `https://example.com/api/v1/{id}`, where `{id}` is a placeholder for a value that will be provided by the assistant if `path_parameters` are provided with the `id` attribute.
    """


class CallControlWebhookToolParamsBodyParameters(BaseModel):
    """
    The body parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the body of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """

    properties: dict[str, Any] | None = None
    """
    The properties of the body parameters.
    """
    required: list[str] | None = None
    """
    The required properties of the body parameters.
    """
    type: _CallControlWebhookToolParamsBodyParametersTypeValue | None = None


class CallControlWebhookToolParamsHeadersItem(BaseModel):
    name: str | None = None
    value: str | None = None
    """
    The value of the header. Note that we support mustache templating for the value. For example you can use `Bearer {{#integration_secret}}test-secret{{/integration_secret}}` to pass the value of the integration secret as the bearer token.
    """


class CallControlWebhookToolParamsPathParameters(BaseModel):
    """
    The path parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the path of the request if the URL contains a placeholder for a value. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """

    properties: dict[str, Any] | None = None
    """
    The properties of the path parameters.
    """
    required: list[str] | None = None
    """
    The required properties of the path parameters.
    """
    type: _CallControlWebhookToolParamsPathParametersTypeValue | None = None


class CallControlWebhookToolParamsQueryParameters(BaseModel):
    """
    The query parameters the webhook tool accepts, described as a JSON Schema object. These parameters will be passed to the webhook as the query of the request. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """

    properties: dict[str, Any] | None = None
    """
    The properties of the query parameters.
    """
    required: list[str] | None = None
    """
    The required properties of the query parameters.
    """
    type: _CallControlWebhookToolParamsQueryParametersTypeValue | None = None


class CallConversationEnded(BaseModel):
    created_at: AwareDatetime | None = None
    """
    Timestamp when the event was created in the system.
    """
    event_type: Literal["call.conversation.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Unique identifier for the event.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallConversationEndedPayload | None = None
    record_type: CallConversationEndedRecordType | None = None


class CallConversationEndedEvent(WebhookEventModel):
    data: CallConversationEnded | None = None


class CallConversationEndedPayload(BaseModel):
    assistant_id: str | None = None
    """
    Unique identifier of the assistant involved in the call.
    """
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call leg.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session (group of related call legs).
    """
    calling_party_type: CallConversationEndedPayloadCallingPartyType | None = None
    client_state: str | None = None
    """
    Base64-encoded state received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    conversation_id: str | None = None
    """
    ID unique to the conversation or insight group generated for the call.
    """
    duration_sec: int | None = None
    """
    Duration of the conversation in seconds.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    The caller's number or identifier.
    """
    llm_model: str | None = None
    """
    The large language model used during the conversation.
    """
    reason: str | None = None
    """
    Reason the conversation ended. For Conversation Relay, `customer_disconnect` indicates that the customer WebSocket disconnected.
    """
    stt_model: str | None = None
    """
    The speech-to-text model used in the conversation.
    """
    to: str | None = None
    """
    The callee's number or SIP address.
    """
    tts_model_id: str | None = None
    """
    The model ID used for text-to-speech synthesis.
    """
    tts_provider: str | None = None
    """
    The text-to-speech provider used in the call.
    """
    tts_voice_id: str | None = None
    """
    Voice ID used for TTS.
    """


class CallConversationInsightsGenerated(BaseModel):
    event_type: Literal["call.conversation_insights.generated"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallConversationInsightsGeneratedPayload | None = None
    record_type: CallConversationInsightsGeneratedRecordType | None = None


class CallConversationInsightsGeneratedEvent(WebhookEventModel):
    data: CallConversationInsightsGenerated | None = None


class CallConversationInsightsGeneratedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    calling_party_type: CallConversationInsightsGeneratedPayloadCallingPartyType | None = None
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    insight_group_id: str | None = None
    """
    ID that is unique to the insight group being generated for the call.
    """
    results: list[CallConversationInsightsGeneratedPayloadResultsItem] | None = None
    """
    Array of insight results being generated for the call.
    """


class CallConversationInsightsGeneratedPayloadResultsItem(BaseModel):
    insight_id: str | None = None
    """
    ID that is unique to the insight result being generated for the call.
    """
    result: dict[str, Any] | str | None = None


class CallCost(BaseModel):
    event_type: Literal["call.cost"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Unique identifier of the event.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallCostPayload | None = None
    record_type: CallCostRecordType | None = None


class CallCostEvent(WebhookEventModel):
    data: CallCost | None = None


class CallCostPart(BaseModel):
    billed_duration_secs: int | None = None
    """
    The billed duration in seconds for this part of the call.
    """
    call_part: str | None = None
    """
    The product component this cost applies to. Values are determined by the billing system (e.g. sip-trunking, call-control, call-recording). Not a fixed set — new values may appear as products evolve.
    """
    cost: str | None = None
    """
    The cost for this part of the call.
    """
    currency: str | None = None
    """
    The currency of the cost.
    """
    rate: str | None = None
    """
    The per-minute rate applied.
    """


class CallCostPayload(BaseModel):
    billed_duration_secs: int | None = None
    """
    The longest billed duration across all cost parts, in seconds.
    """
    billing_group_id: str | None = None
    """
    Identifies the billing group associated with the call.
    """
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command. Base64-encoded.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    cost_parts: list[CallCostPart] | None = None
    """
    Breakdown of costs by call part.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    status: CallCostPayloadStatus | None = None
    total_cost: str | None = None
    """
    The total cost of the call.
    """


class CallDeepfakeDetectionError(BaseModel):
    event_type: Literal["call.deepfake_detection.error"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallDeepfakeDetectionErrorPayload | None = None
    record_type: CallDeepfakeDetectionErrorRecordType | None = None


class CallDeepfakeDetectionErrorEvent(WebhookEventModel):
    data: CallDeepfakeDetectionError | None = None


class CallDeepfakeDetectionErrorPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: UUID | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: UUID | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    error_message: CallDeepfakeDetectionErrorPayloadErrorMessage | None = None


class CallDeepfakeDetectionResult(BaseModel):
    event_type: Literal["call.deepfake_detection.result"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallDeepfakeDetectionResultPayload | None = None
    record_type: CallDeepfakeDetectionResultRecordType | None = None


class CallDeepfakeDetectionResultEvent(WebhookEventModel):
    data: CallDeepfakeDetectionResult | None = None


class CallDeepfakeDetectionResultPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: UUID | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: UUID | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    consistency: Annotated[float | None, Field(ge=0.0, le=100.0)] = None
    """
    Percentage (0-100) indicating how consistently the model classified the audio across frames. High consistency (>90%) means confident classification throughout; low consistency suggests mixed signals. Null for silence_timeout.
    """
    result: CallDeepfakeDetectionResultPayloadResult | None = None
    score: float | None = None
    """
    Probability that the audio is AI-generated, from 0.0 (likely real) to 1.0 (likely deepfake). Based on the model's aggregated confidence across analyzed audio frames. Null for silence_timeout.
    """


class CallDtmfReceived(BaseModel):
    event_type: Literal["call.dtmf.received"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallDtmfReceivedPayload | None = None
    record_type: CallDtmfReceivedRecordType | None = None


class CallDtmfReceivedEvent(WebhookEventModel):
    data: CallDtmfReceived | None = None


class CallDtmfReceivedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Identifies the type of resource.
    """
    digit: str | None = None
    """
    The received DTMF digit or symbol.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallEnqueued(BaseModel):
    event_type: Literal["call.enqueued"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallEnqueuedPayload | None = None
    record_type: CallEnqueuedRecordType | None = None


class CallEnqueuedEvent(WebhookEventModel):
    data: CallEnqueued | None = None


class CallEnqueuedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    current_position: int | None = None
    """
    Current position of the call in the queue.
    """
    queue: str | None = None
    """
    The name of the queue
    """
    queue_avg_wait_time_secs: int | None = None
    """
    Average time call spends in the queue in seconds.
    """


class CallForkStarted(BaseModel):
    event_type: Literal["call.fork.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallForkStartedPayload | None = None
    record_type: CallForkStartedRecordType | None = None


class CallForkStartedEvent(WebhookEventModel):
    data: CallForkStarted | None = None


class CallForkStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique ID for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    stream_type: CallForkStartedPayloadStreamType | None = None


class CallForkStopped(BaseModel):
    event_type: Literal["call.fork.stopped"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallForkStoppedPayload | None = None
    record_type: CallForkStoppedRecordType | None = None


class CallForkStoppedEvent(WebhookEventModel):
    data: CallForkStopped | None = None


class CallForkStoppedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique ID for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    stream_type: CallForkStoppedPayloadStreamType | None = None


class CallGatherEnded(BaseModel):
    event_type: Literal["call.gather.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallGatherEndedPayload | None = None
    record_type: CallGatherEndedRecordType | None = None


class CallGatherEndedEvent(WebhookEventModel):
    data: CallGatherEnded | None = None


class CallGatherEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    digits: str | None = None
    """
    The received DTMF digit or symbol.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    status: CallGatherEndedPayloadStatus | None = None
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallHangup(BaseModel):
    event_type: Literal["call.hangup"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallHangupPayload | None = None
    record_type: CallHangupRecordType | None = None


class CallHangupEvent(WebhookEventModel):
    data: CallHangup | None = None


class CallHangupPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_quality_stats: CallHangupPayloadCallQualityStats | None = None
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers set on answer command
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    hangup_cause: CallHangupPayloadHangupCause | None = None
    hangup_source: CallHangupPayloadHangupSource | None = None
    sip_hangup_cause: str | None = None
    """
    The reason the call was ended (SIP response code). If the SIP response is unavailable (in inbound calls for example) this is set to `unspecified`.
    """
    sip_headers: list[SipHeader] | None = None
    """
    User-to-User and Diversion headers from sip invite.
    """
    start_time: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the call started.
    """
    state: CallHangupPayloadState | None = None
    tags: list[str] | None = None
    """
    Array of tags associated to number.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallHangupPayloadCallQualityStats(BaseModel):
    """
    Call quality statistics aggregated from the CHANNEL_HANGUP_COMPLETE event. Only includes metrics that are available (filters out nil values). Returns nil if no metrics are available.
    """

    inbound: CallHangupPayloadCallQualityStatsInbound | None = None
    outbound: CallHangupPayloadCallQualityStatsOutbound | None = None


class CallHangupPayloadCallQualityStatsInbound(BaseModel):
    """
    Inbound call quality statistics.
    """

    jitter_max_variance: str | None = None
    """
    Maximum jitter variance for inbound audio.
    """
    jitter_packet_count: str | None = None
    """
    Number of packets used for jitter calculation on inbound audio.
    """
    mos: str | None = None
    """
    Mean Opinion Score (MOS) for inbound audio quality.
    """
    packet_count: str | None = None
    """
    Total number of inbound audio packets.
    """
    skip_packet_count: str | None = None
    """
    Number of skipped inbound packets (packet loss).
    """


class CallHangupPayloadCallQualityStatsOutbound(BaseModel):
    """
    Outbound call quality statistics.
    """

    packet_count: str | None = None
    """
    Total number of outbound audio packets.
    """
    skip_packet_count: str | None = None
    """
    Number of skipped outbound packets (packet loss).
    """


class CallHold(BaseModel):
    event_type: Literal["call.hold"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallHoldPayload | None = None
    record_type: CallHoldRecordType | None = None


class CallHoldEvent(WebhookEventModel):
    data: CallHold | None = None


class CallHoldPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallInitiated(BaseModel):
    event_type: Literal["call.initiated"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallInitiatedPayload | None = None
    record_type: CallInitiatedRecordType | None = None


class CallInitiatedEvent(WebhookEventModel):
    data: CallInitiated | None = None


class CallInitiatedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_screening_result: str | None = None
    """
    Call screening result.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    caller_id_name: str | None = None
    """
    Caller id.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_codecs: str | None = None
    """
    The list of comma-separated codecs enabled for the connection.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers from sip invite
    """
    direction: CallInitiatedPayloadDirection | None = None
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    offered_codecs: str | None = None
    """
    The list of comma-separated codecs offered by caller.
    """
    shaken_stir_attestation: str | None = None
    """
    SHAKEN/STIR attestation level.
    """
    shaken_stir_validated: bool | None = None
    """
    Whether attestation was successfully validated or not.
    """
    sip_headers: list[SipHeader] | None = None
    """
    User-to-User and Diversion headers from sip invite.
    """
    start_time: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the call started.
    """
    state: CallInitiatedPayloadState | None = None
    tags: list[str] | None = None
    """
    Array of tags associated to number.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallLeftQueue(BaseModel):
    event_type: Literal["call.dequeued"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallLeftQueuePayload | None = None
    record_type: CallLeftQueueRecordType | None = None


class CallLeftQueueEvent(WebhookEventModel):
    data: CallLeftQueue | None = None


class CallLeftQueuePayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    queue: str | None = None
    """
    The name of the queue
    """
    queue_position: int | None = None
    """
    Last position of the call in the queue.
    """
    reason: CallLeftQueuePayloadReason | None = None
    wait_time_secs: int | None = None
    """
    Time call spent in the queue in seconds.
    """


class CallMachineDetectionEnded(BaseModel):
    event_type: Literal["call.machine.detection.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallMachineDetectionEndedPayload | None = None
    record_type: CallMachineDetectionEndedRecordType | None = None


class CallMachineDetectionEndedEvent(WebhookEventModel):
    data: CallMachineDetectionEnded | None = None


class CallMachineDetectionEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    result: CallMachineDetectionEndedPayloadResult | None = None
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallMachineGreetingEnded(BaseModel):
    event_type: Literal["call.machine.greeting.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallMachineGreetingEndedPayload | None = None
    record_type: CallMachineGreetingEndedRecordType | None = None


class CallMachineGreetingEndedEvent(WebhookEventModel):
    data: CallMachineGreetingEnded | None = None


class CallMachineGreetingEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    result: CallMachineGreetingEndedPayloadResult | None = None
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallMachinePremiumDetectionEnded(BaseModel):
    event_type: Literal["call.machine.premium.detection.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallMachinePremiumDetectionEndedPayload | None = None
    record_type: CallMachinePremiumDetectionEndedRecordType | None = None


class CallMachinePremiumDetectionEndedEvent(WebhookEventModel):
    data: CallMachinePremiumDetectionEnded | None = None


class CallMachinePremiumDetectionEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    result: CallMachinePremiumDetectionEndedPayloadResult | None = None
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallMachinePremiumGreetingEnded(BaseModel):
    event_type: Literal["call.machine.premium.greeting.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallMachinePremiumGreetingEndedPayload | None = None
    record_type: CallMachinePremiumGreetingEndedRecordType | None = None


class CallMachinePremiumGreetingEndedEvent(WebhookEventModel):
    data: CallMachinePremiumGreetingEnded | None = None


class CallMachinePremiumGreetingEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    result: CallMachinePremiumGreetingEndedPayloadResult | None = None
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallPlaybackEnded(BaseModel):
    event_type: Literal["call.playback.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallPlaybackEndedPayload | None = None
    record_type: CallPlaybackEndedRecordType | None = None


class CallPlaybackEndedEvent(WebhookEventModel):
    data: CallPlaybackEnded | None = None


class CallPlaybackEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    overlay: bool | None = None
    """
    Whether the stopped audio was in overlay mode or not.
    """
    status: CallPlaybackEndedPayloadStatus | None = None
    status_detail: str | None = None
    """
    Provides details in case of failure.
    """


class CallPlaybackStarted(BaseModel):
    event_type: Literal["call.playback.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallPlaybackStartedPayload | None = None
    record_type: CallPlaybackStartedRecordType | None = None


class CallPlaybackStartedEvent(WebhookEventModel):
    data: CallPlaybackStarted | None = None


class CallPlaybackStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    overlay: bool | None = None
    """
    Whether the audio is going to be played in overlay mode or not.
    """


class CallRecordingError(BaseModel):
    event_type: Literal["call.recording.error"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallRecordingErrorPayload | None = None
    record_type: CallRecordingErrorRecordType | None = None


class CallRecordingErrorEvent(WebhookEventModel):
    data: CallRecordingError | None = None


class CallRecordingErrorPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    reason: CallRecordingErrorPayloadReason | None = None


class CallRecordingSaved(BaseModel):
    event_type: Literal["call.recording.saved"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallRecordingSavedPayload | None = None
    record_type: CallRecordingSavedRecordType | None = None


class CallRecordingSavedEvent(WebhookEventModel):
    data: CallRecordingSaved | None = None


class CallRecordingSavedPayload(BaseModel):
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    channels: CallRecordingSavedPayloadChannels | None = None
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    public_recording_urls: CallRecordingSavedPayloadPublicRecordingUrls | None = None
    recording_ended_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when recording ended.
    """
    recording_started_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when recording started.
    """
    recording_urls: CallRecordingSavedPayloadRecordingUrls | None = None


class CallRecordingSavedPayloadPublicRecordingUrls(BaseModel):
    """
    Recording URLs in requested format. The URL is valid for as long as the file exists. For security purposes, this feature is activated on a per request basis.  Please contact customer support with your Account ID to request activation.
    """

    mp3: str | None = None
    """
    Recording URL in requested `mp3` format.
    """
    wav: str | None = None
    """
    Recording URL in requested `wav` format.
    """


class CallRecordingSavedPayloadRecordingUrls(BaseModel):
    """
    Recording URLs in requested format. These URLs are valid for 10 minutes. After 10 minutes, you may retrieve recordings via API using Reports -> Call Recordings documentation, or via Mission Control under Reporting -> Recordings.
    """

    mp3: str | None = None
    """
    Recording URL in requested `mp3` format.
    """
    wav: str | None = None
    """
    Recording URL in requested `wav` format.
    """


class CallRecordingTranscriptionSaved(BaseModel):
    event_type: Literal["call.recording.transcription.saved"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallRecordingTranscriptionSavedPayload | None = None
    record_type: CallRecordingTranscriptionSavedRecordType | None = None


class CallRecordingTranscriptionSavedEvent(WebhookEventModel):
    data: CallRecordingTranscriptionSaved | None = None


class CallRecordingTranscriptionSavedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    calling_party_type: CallRecordingTranscriptionSavedPayloadCallingPartyType | None = None
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    recording_id: str | None = None
    """
    ID that is unique to the recording session and can be used to correlate webhook events.
    """
    recording_transcription_id: str | None = None
    """
    ID that is unique to the transcription process and can be used to correlate webhook events.
    """
    status: CallRecordingTranscriptionSavedPayloadStatus | None = None
    transcription_text: str | None = None
    """
    The transcribed text
    """


class CallReferCompleted(BaseModel):
    event_type: Literal["call.refer.completed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallReferCompletedPayload | None = None
    record_type: CallReferCompletedRecordType | None = None


class CallReferCompletedEvent(WebhookEventModel):
    data: CallReferCompleted | None = None


class CallReferCompletedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique ID for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    sip_notify_response: int | None = None
    """
    SIP NOTIFY event status for tracking the REFER attempt.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallReferFailed(BaseModel):
    event_type: Literal["call.refer.failed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallReferFailedPayload | None = None
    record_type: CallReferFailedRecordType | None = None


class CallReferFailedEvent(WebhookEventModel):
    data: CallReferFailed | None = None


class CallReferFailedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique ID for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    sip_notify_response: int | None = None
    """
    SIP NOTIFY event status for tracking the REFER attempt.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallReferStarted(BaseModel):
    event_type: Literal["call.refer.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallReferStartedPayload | None = None
    record_type: CallReferStartedRecordType | None = None


class CallReferStartedEvent(WebhookEventModel):
    data: CallReferStarted | None = None


class CallReferStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique ID for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    sip_notify_response: int | None = None
    """
    SIP NOTIFY event status for tracking the REFER attempt.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallRequest(BaseModel):
    answering_machine_detection: _CallRequestAnsweringMachineDetectionValue | None = (
        CallRequestAnsweringMachineDetection.DISABLED
    )
    answering_machine_detection_config: CallRequestAnsweringMachineDetectionConfig | None = None
    assistant: CallAssistantRequest | None = None
    audio_url: str | None = None
    """
    The URL of a file to be played back to the callee when the call is answered. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    billing_group_id: UUID | None = None
    """
    Use this field to set the Billing Group ID for the call. Must be a valid and existing Billing Group ID.
    """
    bridge_intent: bool = False
    """
    Indicates the intent to bridge this call with the call specified in link_to. When bridge_intent is true, link_to becomes required and the from number will be overwritten by the from number from the linked call.
    """
    bridge_on_answer: bool = False
    """
    Whether to automatically bridge answered call to the call specified in link_to. When bridge_on_answer is true, link_to becomes required.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore others Dial commands with the same `command_id`.
    """
    conference_config: CallRequestConferenceConfig | None = None
    connection_id: str
    """
    The ID of the Call Control App (formerly ID of the connection) to be used when dialing the destination.
    """
    conversation_relay_config: ConversationRelayEmbeddedConfig | None = None
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE.
    """
    deepfake_detection: CallRequestDeepfakeDetection | None = None
    dialogflow_config: DialogflowConfig | None = None
    enable_dialogflow: bool = False
    """
    Enables Dialogflow for the current call. The default value is false.
    """
    from_: Annotated[str, Field(alias="from")]
    """
    The `from` number to be used as the caller id presented to the destination (`to` number). The number should be in +E164 format.
    """
    from_display_name: str | None = None
    """
    The `from_display_name` string to be used as the caller id name (SIP From Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters, containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be the same as the number in the `from` field.
    """
    link_to: str | None = None
    """
    Use another call's control id for sharing the same call session id
    """
    media_encryption: _CallRequestMediaEncryptionValue | None = CallRequestMediaEncryption.DISABLED
    media_name: str | None = None
    """
    The media_name of a file to be played back to the callee when the call is answered. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    park_after_unbridge: str | None = None
    """
    If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg. When park_after_unbridge is set, link_to becomes required.
    """
    preferred_codecs: str | None = None
    """
    The list of comma-separated codecs in a preferred order for the forked media to be received.
    """
    prevent_double_bridge: bool = False
    """
    Prevents bridging and hangs up the call if the target is already bridged. Disabled by default.
    """
    privacy: _CallRequestPrivacyValue | None = None
    record: _CallRequestRecordValue | None = None
    record_channels: _CallRequestRecordChannelsValue | None = CallRequestRecordChannels.DUAL
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: _CallRequestRecordFormatValue | None = CallRequestRecordFormat.MP3
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: _CallRequestRecordTrackValue | None = CallRequestRecordTrack.BOTH
    record_trim: _CallRequestRecordTrimValue | None = None
    retry_on_timeout: bool = True
    """
    Whether to keep trying the remaining routing paths (e.g. alternate providers/gateways) for the same destination after `timeout_secs` is reached for the current attempt. When set to `false`, reaching `timeout_secs` aborts the entire dial attempt and the `call.hangup` webhook reports a `hangup_cause` of `no_answer` instead of `timeout`.
    """
    send_digits_on_answer: str | None = None
    """
    DTMF digits to send automatically after the called party answers. Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are present, this explicit field takes precedence.
    """
    send_silence_when_idle: bool = False
    """
    Generate silence RTP packets when no transmission available.
    """
    sip_auth_password: str | None = None
    """
    SIP Authentication password used for SIP challenges.
    """
    sip_auth_username: str | None = None
    """
    SIP Authentication username used for SIP challenges.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the SIP INVITE request. Currently only User-to-User header is supported.
    """
    sip_region: _CallRequestSipRegionValue | None = CallRequestSipRegion.US
    sip_transport_protocol: _CallRequestSipTransportProtocolValue | None = (
        CallRequestSipTransportProtocol.UDP
    )
    sound_modifications: SoundModifications | None = None
    stream_auth_token: Annotated[str | None, Field(max_length=4000)] = None
    """
    An authentication token to be sent as part of the WebSocket connection when using streaming. Maximum length is 4000 characters.
    """
    stream_bidirectional_codec: _StreamBidirectionalCodecValue | None = (
        StreamBidirectionalCodec.PCMU
    )
    stream_bidirectional_mode: _StreamBidirectionalModeValue | None = StreamBidirectionalMode.MP3
    stream_bidirectional_sampling_rate: _StreamBidirectionalSamplingRateValue | None = (
        StreamBidirectionalSamplingRate.INTEGER_8000
    )
    stream_bidirectional_target_legs: _StreamBidirectionalTargetLegsValue | None = (
        StreamBidirectionalTargetLegs.OPPOSITE
    )
    stream_codec: _StreamCodecValue | None = StreamCodec.DEFAULT
    stream_establish_before_call_originate: bool = False
    """
    Establish websocket connection before dialing the destination. This is useful for cases where the websocket connection takes a long time to establish.
    """
    stream_track: _CallRequestStreamTrackValue | None = CallRequestStreamTrack.INBOUND_TRACK
    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """
    supervise_call_control_id: str | None = None
    """
    The call leg which will be supervised by the new call.
    """
    supervisor_role: _CallRequestSupervisorRoleValue | None = CallRequestSupervisorRole.BARGE
    time_limit_secs: Annotated[int, Field(ge=30, le=14400)] = 14400
    """
    Sets the maximum duration of a Call Control Leg in seconds. If the time limit is reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent. For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed call length.
    """
    timeout_secs: int = 30
    """
    The number of seconds that Telnyx will wait for the call to be answered by the destination to which it is being called. If the timeout is reached before an answer is received, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds. Maximum value is 600 seconds.
    """
    to: str | list[str]
    """
    The DID or SIP URI to dial out to. Multiple DID or SIP URIs can be provided using an array of strings. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. For a single string destination, you may append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the called party answers — equivalent to setting `send_digits_on_answer` separately. If both are present, the explicit `send_digits_on_answer` parameter takes precedence. This shorthand is not supported when `to` is an array.
    """
    transcription: bool = False
    """
    Enable transcription upon call answer. The default value is false.
    """
    transcription_config: TranscriptionStartRequest | None = None
    webhook_retries_policies: dict[str, CallRequestWebhookRetriesPoliciesValue] | None = None
    """
    A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.
    """
    webhook_url: str | None = None
    """
    Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call.
    """
    webhook_url_method: _CallRequestWebhookUrlMethodValue | None = CallRequestWebhookUrlMethod.POST
    webhook_urls: dict[str, AnyUrl] | None = None
    """
    A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of the default webhook URL. Events not mapped here will use the default webhook URL.
    """
    webhook_urls_method: _CallRequestWebhookUrlsMethodValue | None = (
        CallRequestWebhookUrlsMethod.POST
    )


class CallRequestAnsweringMachineDetectionConfig(BaseModel):
    """
    Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection.
    """

    after_greeting_silence_millis: int = 800
    """
    Silence duration threshold after a greeting message or voice for it be considered human.
    """
    between_words_silence_millis: int = 50
    """
    Maximum threshold for silence between words.
    """
    greeting_duration_millis: int = 3500
    """
    Maximum threshold of a human greeting. If greeting longer than this value, considered machine.
    """
    greeting_silence_duration_millis: int = 1500
    """
    If machine already detected, maximum threshold for silence between words. If exceeded, the greeting is considered ended.
    """
    greeting_total_analysis_time_millis: int = 5000
    """
    If machine already detected, maximum timeout threshold to determine the end of the machine greeting.
    """
    initial_silence_millis: int = 3500
    """
    If initial silence duration is greater than this value, consider it a machine.
    """
    maximum_number_of_words: int = 5
    """
    If number of detected words is greater than this value, consder it a machine.
    """
    maximum_word_length_millis: int = 3500
    """
    If a single word lasts longer than this threshold, consider it a machine.
    """
    silence_threshold: int = 256
    """
    Minimum noise threshold for any analysis.
    """
    total_analysis_time_millis: int = 3500
    """
    Maximum timeout threshold for overall detection.
    """


class CallRequestConferenceConfig(BaseModel):
    """
    Optional configuration parameters to dial new participant into a conference.
    """

    beep_enabled: _CallRequestConferenceConfigBeepEnabledValue | None = None
    conference_name: str | None = None
    """
    Conference name to be joined
    """
    early_media: bool = True
    """
    Controls the moment when dialled call is joined into conference. If set to `true` user will be joined as soon as media is available (ringback). If `false` user will be joined when call is answered. Defaults to `true`
    """
    end_conference_on_exit: bool | None = None
    """
    Whether the conference should end and all remaining participants be hung up after the participant leaves the conference. Defaults to "false".
    """
    hold: bool | None = None
    """
    Whether the participant should be put on hold immediately after joining the conference. Defaults to "false".
    """
    hold_audio_url: str | None = None
    """
    The URL of a file to be played to the participant when they are put on hold after joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
    """
    hold_media_name: str | None = None
    """
    The media_name of a file to be played to the participant when they are put on hold after joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
    """
    id: UUID | None = None
    """
    Conference ID to be joined
    """
    mute: bool | None = None
    """
    Whether the participant should be muted immediately after joining the conference. Defaults to "false".
    """
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference should end after the participant leaves the conference. NOTE this doesn't hang up the other participants. Defaults to "false".
    """
    start_conference_on_create: bool | None = None
    """
    Whether the conference should be started on creation. If the conference isn't started all participants that join are automatically put on hold. Defaults to "true".
    """
    start_conference_on_enter: bool | None = None
    """
    Whether the conference should be started after the participant joins the conference. Defaults to "false".
    """
    supervisor_role: _CallRequestConferenceConfigSupervisorRoleValue | None = None
    whisper_call_control_ids: list[str] | None = None
    """
    Array of unique call_control_ids the joining supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only.
    """


class CallRequestDeepfakeDetection(BaseModel):
    """
    Enables deepfake detection on the call. When enabled, audio from the remote party is streamed to a detection service that analyzes whether the voice is AI-generated. Results are delivered via the `call.deepfake_detection.result` webhook.
    """

    enabled: bool
    """
    Whether deepfake detection is enabled.
    """
    rtp_timeout: Annotated[int, Field(ge=5, le=120)] = 30
    """
    Maximum time in seconds to wait for RTP audio before timing out. If no audio is received within this window, detection stops with an error.
    """
    timeout: Annotated[int, Field(ge=5, le=60)] = 15
    """
    Maximum time in seconds to wait for a detection result before timing out.
    """


class CallRequestWebhookRetriesPoliciesValue(BaseModel):
    retries_ms: Annotated[list[int] | None, Field(max_length=5)] = None
    """
    Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms.
    """


class CallSiprecFailed(BaseModel):
    event_type: Literal["siprec.failed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallSiprecFailedPayload | None = None
    record_type: CallSiprecFailedRecordType | None = None


class CallSiprecFailedEvent(WebhookEventModel):
    data: CallSiprecFailed | None = None


class CallSiprecFailedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    failure_cause: str | None = None
    """
    Q850 reason why siprec session failed.
    """


class CallSiprecStarted(BaseModel):
    event_type: Literal["siprec.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallSiprecStartedPayload | None = None
    record_type: CallSiprecStartedRecordType | None = None


class CallSiprecStartedEvent(WebhookEventModel):
    data: CallSiprecStarted | None = None


class CallSiprecStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """


class CallSiprecStopped(BaseModel):
    event_type: Literal["siprec.stopped"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallSiprecStoppedPayload | None = None
    record_type: CallSiprecStoppedRecordType | None = None


class CallSiprecStoppedEvent(WebhookEventModel):
    data: CallSiprecStopped | None = None


class CallSiprecStoppedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    hangup_cause: str | None = None
    """
    Q850 reason why the SIPREC session was stopped.
    """


class CallSpeakEnded(BaseModel):
    event_type: Literal["call.speak.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallSpeakEndedPayload | None = None
    record_type: CallSpeakEndedRecordType | None = None


class CallSpeakEndedEvent(WebhookEventModel):
    data: CallSpeakEnded | None = None


class CallSpeakEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    status: CallSpeakEndedPayloadStatus | None = None


class CallSpeakStarted(BaseModel):
    event_type: Literal["call.speak.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallSpeakStartedPayload | None = None
    record_type: CallSpeakStartedRecordType | None = None


class CallSpeakStartedEvent(WebhookEventModel):
    data: CallSpeakStarted | None = None


class CallSpeakStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """


class CallStreamingFailed(BaseModel):
    event_type: Literal["streaming.failed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallStreamingFailedPayload | None = None
    record_type: CallStreamingFailedRecordType | None = None


class CallStreamingFailedEvent(WebhookEventModel):
    data: CallStreamingFailed | None = None


class CallStreamingFailedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    failure_reason: str | None = None
    """
    A short description explaning why the media streaming failed.
    """
    stream_id: UUID | None = None
    """
    Identifies the streaming.
    """
    stream_params: CallStreamingFailedPayloadStreamParams | None = None
    stream_type: CallStreamingFailedPayloadStreamType | None = None


class CallStreamingFailedPayloadStreamParams(BaseModel):
    """
    Streaming parameters as they were originally given to the Call Control API.
    """

    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """
    track: CallStreamingFailedPayloadStreamParamsTrack | None = (
        CallStreamingFailedPayloadStreamParamsTrack.INBOUND_TRACK
    )


class CallStreamingStarted(BaseModel):
    event_type: Literal["streaming.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallStreamingStartedPayload | None = None
    record_type: CallStreamingStartedRecordType | None = None


class CallStreamingStartedEvent(WebhookEventModel):
    data: CallStreamingStarted | None = None


class CallStreamingStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    stream_url: str | None = None
    """
    Destination WebSocket address where the stream is going to be delivered.
    """


class CallStreamingStopped(BaseModel):
    event_type: Literal["streaming.stopped"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallStreamingStoppedPayload | None = None
    record_type: CallStreamingStoppedRecordType | None = None


class CallStreamingStoppedEvent(WebhookEventModel):
    data: CallStreamingStopped | None = None


class CallStreamingStoppedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    stream_url: str | None = None
    """
    Destination WebSocket address where the stream is going to be delivered.
    """


class CallUnhold(BaseModel):
    event_type: Literal["call.unhold"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: CallUnholdPayload | None = None
    record_type: CallUnholdRecordType | None = None


class CallUnholdEvent(WebhookEventModel):
    data: CallUnhold | None = None


class CallUnholdPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    Number or SIP URI placing the call.
    """
    to: str | None = None
    """
    Destination number or SIP URI of the call.
    """


class CallWithRecordingId(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_duration: int | None = None
    """
    Indicates the duration of the call in seconds
    """
    call_leg_id: str
    """
    ID that is unique to the call and can be used to correlate webhook events
    """
    call_session_id: str
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    end_time: str | None = None
    """
    ISO 8601 formatted date indicating when the call ended. Only present when the call is not alive
    """
    is_alive: bool
    """
    Indicates whether the call is alive or not. For Dial command it will always be `false` (dialing is asynchronous).
    """
    record_type: CallWithRecordingIdRecordType
    recording_id: UUID | None = None
    """
    The ID of the recording. Only present when the record parameter is set to record-from-answer.
    """
    start_time: str | None = None
    """
    ISO 8601 formatted date indicating when the call started
    """


class CheckAvailabilityTool(BaseModel):
    check_availability: CheckAvailabilityToolParams
    type: Literal["check_availability"]


class CheckAvailabilityToolParams(BaseModel):
    api_key_ref: str
    """
    Reference to an integration secret that contains your Cal.com API key. You would pass the `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your Cal.com API key.
    """
    event_type_id: int
    """
    Event Type ID for which slots are being fetched. [cal.com](https://cal.com/docs/api-reference/v2/slots/get-available-slots#parameter-event-type-id)
    """


class ClientStateUpdateRequest(BaseModel):
    client_state: str
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """


class Conference(BaseModel):
    connection_id: str | None = None
    """
    Identifies the connection associated with the conference
    """
    created_at: str
    """
    ISO 8601 formatted date of when the conference was created
    """
    end_reason: ConferenceEndReason | None = None
    ended_by: ConferenceEndedBy | None = None
    expires_at: str
    """
    ISO 8601 formatted date of when the conference will expire
    """
    id: str
    """
    Uniquely identifies the conference
    """
    name: str
    """
    Name of the conference
    """
    record_type: ConferenceRecordType
    region: str | None = None
    """
    Region where the conference is hosted
    """
    status: ConferenceStatus | None = None
    updated_at: str | None = None
    """
    ISO 8601 formatted date of when the conference was last updated
    """


class ConferenceCommandResponse(BaseModel):
    data: ConferenceCommandResult | None = None


class ConferenceCommandResult(BaseModel):
    result: str


class ConferenceCreated(BaseModel):
    event_type: Literal["conference.created"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceCreatedPayload | None = None
    record_type: ConferenceCreatedRecordType | None = None


class ConferenceCreatedEvent(WebhookEventModel):
    data: ConferenceCreated | None = None


class ConferenceCreatedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    Conference ID that the participant joined.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceEnded(BaseModel):
    event_type: Literal["conference.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceEndedPayload | None = None
    record_type: ConferenceEndedRecordType | None = None


class ConferenceEndedBy(BaseModel):
    """
    IDs related to who ended the conference. It is expected for them to all be there or all be null
    """

    call_control_id: str | None = None
    """
    Call Control ID which ended the conference
    """
    call_session_id: str | None = None
    """
    Call Session ID which ended the conference
    """


class ConferenceEndedEvent(WebhookEventModel):
    data: ConferenceEnded | None = None


class ConferenceEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    Conference ID that the participant joined.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    reason: ConferenceEndedPayloadReason | None = None


class ConferenceFloorChangedEvent(WebhookEventModel):
    event_type: Literal["conference.floor.changed"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceFloorChangedEventPayload | None = None
    record_type: ConferenceFloorChangedEventRecordType | None = None


class ConferenceFloorChangedEventPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call Control ID of the new speaker.
    """
    call_leg_id: str | None = None
    """
    Call Leg ID of the new speaker.
    """
    call_session_id: str | None = None
    """
    Call Session ID of the new speaker.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    Conference ID that had a speaker change event.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceGatherUsingAudioRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of the audio file to play as the gather prompt. Must be WAV or MP3 format.
    """
    call_control_id: str
    """
    Unique identifier and token for controlling the call leg that will receive the gather prompt.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. Must be a valid Base-64 encoded string.
    """
    gather_id: Annotated[str | None, Field(max_length=100)] = None
    """
    Identifier for this gather command. Will be included in the gather ended webhook. Maximum 100 characters.
    """
    initial_timeout_millis: int | None = None
    """
    Duration in milliseconds to wait for the first digit before timing out.
    """
    inter_digit_timeout_millis: int = 5000
    """
    Duration in milliseconds to wait between digits.
    """
    invalid_audio_url: str | None = None
    """
    URL of audio file to play when invalid input is received.
    """
    invalid_media_name: str | None = None
    """
    Name of media file to play when invalid input is received.
    """
    maximum_digits: Annotated[int, Field(ge=1)] = 128
    """
    Maximum number of digits to gather.
    """
    maximum_tries: Annotated[int, Field(ge=1)] = 3
    """
    Maximum number of times to play the prompt if no input is received.
    """
    media_name: str | None = None
    """
    The name of the media file uploaded to the Media Storage API to play as the gather prompt.
    """
    minimum_digits: Annotated[int, Field(ge=1)] = 1
    """
    Minimum number of digits to gather.
    """
    stop_playback_on_dtmf: bool = True
    """
    Whether to stop the audio playback when a DTMF digit is received.
    """
    terminating_digit: str = "#"
    """
    Digit that terminates gathering.
    """
    timeout_millis: int = 60000
    """
    Duration in milliseconds to wait for input before timing out.
    """
    valid_digits: str = "0123456789#*"
    """
    Digits that are valid for gathering. All other digits will be ignored.
    """


class ConferenceHoldRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of a file to be played to the participants when they are put on hold. media_name and audio_url cannot be used together in one request.
    """
    call_control_ids: list[str] | None = None
    """
    List of unique identifiers and tokens for controlling the call. When empty all participants will be placed on hold.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played to the participants when they are put on hold. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    region: _ConferenceRegionValue | None = None


class ConferenceMuteRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    Array of unique identifiers and tokens for controlling the call. When empty all participants will be muted.
    """
    region: _ConferenceRegionValue | None = None


class ConferenceParticipant(BaseModel):
    call_control_id: str | None = None
    """
    Unique identifier and token for controlling the participant's call leg.
    """
    call_leg_id: str | None = None
    """
    Unique identifier for the call leg.
    """
    conference_id: str | None = None
    """
    Unique identifier for the conference.
    """
    created_at: AwareDatetime | None = None
    """
    Timestamp when the participant joined.
    """
    end_conference_on_exit: bool | None = None
    """
    Whether the conference ends when this participant exits.
    """
    id: str | None = None
    """
    Uniquely identifies the participant.
    """
    label: str | None = None
    """
    Label assigned to the participant when joining.
    """
    muted: bool | None = None
    """
    Whether the participant is muted.
    """
    on_hold: bool | None = None
    """
    Whether the participant is on hold.
    """
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference soft-ends when this participant exits.
    """
    status: ConferenceParticipantStatus | None = None
    updated_at: AwareDatetime | None = None
    """
    Timestamp when the participant was last updated.
    """
    whisper_call_control_ids: list[str] | None = None
    """
    List of call control IDs this participant is whispering to.
    """


class ConferenceParticipantJoined(BaseModel):
    event_type: Literal["conference.participant.joined"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: ConferenceParticipantJoinedPayload | None = None
    record_type: ConferenceParticipantJoinedRecordType | None = None


class ConferenceParticipantJoinedEvent(WebhookEventModel):
    data: ConferenceParticipantJoined | None = None


class ConferenceParticipantJoinedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    Conference ID that the participant joined.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """


class ConferenceParticipantLeft(BaseModel):
    event_type: Literal["conference.participant.left"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: ConferenceParticipantLeftPayload | None = None
    record_type: ConferenceParticipantLeftRecordType | None = None


class ConferenceParticipantLeftEvent(WebhookEventModel):
    data: ConferenceParticipantLeft | None = None


class ConferenceParticipantLeftPayload(BaseModel):
    call_control_id: str | None = None
    """
    Call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    Conference ID that the participant joined.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """


class ConferenceParticipantPlaybackEnded(BaseModel):
    event_type: Literal["conference.participant.playback.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceParticipantPlaybackEndedPayload | None = None
    record_type: ConferenceParticipantPlaybackEndedRecordType | None = None


class ConferenceParticipantPlaybackEndedEvent(WebhookEventModel):
    data: ConferenceParticipantPlaybackEnded | None = None


class ConferenceParticipantPlaybackEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Participant's call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceParticipantPlaybackStarted(BaseModel):
    event_type: Literal["conference.participant.playback.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceParticipantPlaybackStartedPayload | None = None
    record_type: ConferenceParticipantPlaybackStartedRecordType | None = None


class ConferenceParticipantPlaybackStartedEvent(WebhookEventModel):
    data: ConferenceParticipantPlaybackStarted | None = None


class ConferenceParticipantPlaybackStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Participant's call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceParticipantResource(BaseModel):
    data: ConferenceParticipant | None = None


class ConferenceParticipantSpeakEnded(BaseModel):
    event_type: Literal["conference.participant.speak.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceParticipantSpeakEndedPayload | None = None
    record_type: ConferenceParticipantSpeakEndedRecordType | None = None


class ConferenceParticipantSpeakEndedEvent(WebhookEventModel):
    data: ConferenceParticipantSpeakEnded | None = None


class ConferenceParticipantSpeakEndedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Participant's call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceParticipantSpeakStarted(BaseModel):
    event_type: Literal["conference.participant.speak.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceParticipantSpeakStartedPayload | None = None
    record_type: ConferenceParticipantSpeakStartedRecordType | None = None


class ConferenceParticipantSpeakStartedEvent(WebhookEventModel):
    data: ConferenceParticipantSpeakStarted | None = None


class ConferenceParticipantSpeakStartedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Participant's call ID used to issue commands via Call Control API.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferencePlayRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of a file to be played back in the conference. media_name and audio_url cannot be used together in one request.
    """
    call_control_ids: list[str] | None = None
    """
    List of call control ids identifying participants the audio file should be played to. If not given, the audio file will be played to the entire conference.
    """
    loop: str | int = 1
    """
    The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played back in the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    region: _ConferenceRegionValue | None = None


class ConferencePlaybackEnded(BaseModel):
    event_type: Literal["conference.playback.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferencePlaybackEndedPayload | None = None
    record_type: ConferencePlaybackEndedRecordType | None = None


class ConferencePlaybackEndedEvent(WebhookEventModel):
    data: ConferencePlaybackEnded | None = None


class ConferencePlaybackEndedPayload(BaseModel):
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferencePlaybackStarted(BaseModel):
    event_type: Literal["conference.playback.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferencePlaybackStartedPayload | None = None
    record_type: ConferencePlaybackStartedRecordType | None = None


class ConferencePlaybackStartedEvent(WebhookEventModel):
    data: ConferencePlaybackStarted | None = None


class ConferencePlaybackStartedPayload(BaseModel):
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    media_name: str | None = None
    """
    The name of the audio media file being played back, if media_name has been used to start.
    """
    media_url: str | None = None
    """
    The audio URL being played back, if audio_url has been used to start.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceRecordingSaved(BaseModel):
    event_type: Literal["conference.recording.saved"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceRecordingSavedPayload | None = None
    record_type: ConferenceRecordingSavedRecordType | None = None


class ConferenceRecordingSavedEvent(WebhookEventModel):
    data: ConferenceRecordingSaved | None = None


class ConferenceRecordingSavedPayload(BaseModel):
    call_control_id: str | None = None
    """
    Participant's call ID used to issue commands via Call Control API.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    channels: ConferenceRecordingSavedPayloadChannels | None = None
    client_state: str | None = None
    """
    State received from a command.
    """
    conference_id: UUID | None = None
    """
    ID of the conference that is being recorded.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    format: ConferenceRecordingSavedPayloadFormat | None = None
    public_recording_urls: ConferenceRecordingSavedPayloadPublicRecordingUrls | None = None
    recording_ended_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when recording ended.
    """
    recording_id: UUID | None = None
    """
    ID of the conference recording.
    """
    recording_started_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when recording started.
    """
    recording_urls: ConferenceRecordingSavedPayloadRecordingUrls | None = None


class ConferenceRecordingSavedPayloadPublicRecordingUrls(BaseModel):
    """
    Recording URLs in requested format. The URL is valid for as long as the file exists. For security purposes, this feature is activated on a per request basis.  Please contact customer support with your Account ID to request activation.
    """

    mp3: str | None = None
    """
    Recording URL in requested `mp3` format.
    """
    wav: str | None = None
    """
    Recording URL in requested `wav` format.
    """


class ConferenceRecordingSavedPayloadRecordingUrls(BaseModel):
    """
    Recording URLs in requested format. These URLs are valid for 10 minutes. After 10 minutes, you may retrieve recordings via API using Reports -> Call Recordings documentation, or via Mission Control under Reporting -> Recordings.
    """

    mp3: str | None = None
    """
    Recording URL in requested `mp3` format.
    """
    wav: str | None = None
    """
    Recording URL in requested `wav` format.
    """


class ConferenceResponse(BaseModel):
    data: Conference | None = None


class ConferenceSendDTMFRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    Array of participant call control IDs to send DTMF to. When empty, DTMF will be sent to all participants.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. Must be a valid Base-64 encoded string.
    """
    digits: str
    """
    DTMF digits to send. Valid characters: 0-9, A-D, *, #, w (0.5s pause), W (1s pause).
    """
    duration_millis: Annotated[int, Field(ge=100, le=500)] = 250
    """
    Duration of each DTMF digit in milliseconds.
    """


class ConferenceSpeakEnded(BaseModel):
    event_type: Literal["conference.speak.ended"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceSpeakEndedPayload | None = None
    record_type: ConferenceSpeakEndedRecordType | None = None


class ConferenceSpeakEndedEvent(WebhookEventModel):
    data: ConferenceSpeakEnded | None = None


class ConferenceSpeakEndedPayload(BaseModel):
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceSpeakRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    Call Control IDs of participants who will hear the spoken text. When empty all participants will hear the spoken text.
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    language: _ConferenceSpeakRequestLanguageValue | None = None
    payload: str
    """
    The text or SSML to be converted into speech. There is a 3,000 character limit.
    """
    payload_type: _ConferenceSpeakRequestPayloadTypeValue | None = (
        ConferenceSpeakRequestPayloadType.TEXT
    )
    region: _ConferenceRegionValue | None = None
    voice: str
    """
    Specifies the voice used in speech synthesis.

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

    For service_level basic, you may define the gender of the speaker (male or female).
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class ConferenceSpeakStarted(BaseModel):
    event_type: Literal["conference.speak.started"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    payload: ConferenceSpeakStartedPayload | None = None
    record_type: ConferenceSpeakStartedRecordType | None = None


class ConferenceSpeakStartedEvent(WebhookEventModel):
    data: ConferenceSpeakStarted | None = None


class ConferenceSpeakStartedPayload(BaseModel):
    conference_id: str | None = None
    """
    ID of the conference the text was spoken in.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    creator_call_session_id: str | None = None
    """
    ID that is unique to the call session that started the conference.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """


class ConferenceStopRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    List of call control ids identifying participants the audio file should stop be played to. If not given, the audio will be stoped to the entire conference.
    """
    region: _ConferenceRegionValue | None = None


class ConferenceUnholdRequest(BaseModel):
    call_control_ids: list[str]
    """
    List of unique identifiers and tokens for controlling the call. Enter each call control ID to be unheld.
    """
    region: _ConferenceRegionValue | None = None


class ConferenceUnmuteRequest(BaseModel):
    call_control_ids: list[str] | None = None
    """
    List of unique identifiers and tokens for controlling the call. Enter each call control ID to be unmuted. When empty all participants will be unmuted.
    """
    region: _ConferenceRegionValue | None = None


class ConversationRelayAssistant(BaseModel):
    """
    Custom parameters for the Conversation Relay session. Pass key-value data as `assistant.dynamic_variables` to make it available to the relay session.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    dynamic_variables: dict[str, str] | None = None
    """
    Custom key-value parameters forwarded to the Conversation Relay session.
    """


class ConversationRelayEmbeddedConfig(BaseModel):
    """
    Starts a Conversation Relay session automatically when the answered/dialed call is answered. This embedded shape is supported on `answer` and `dial`. It uses public field names (`url`, `dtmf_detection`, `greeting`, `voice`, `language`, etc.) and maps them to the underlying Conversation Relay action. `client_state`, `tts_language`, and `transcription_language` inside this object are ignored; use the parent command's `client_state` and `command_id` fields instead.
    """

    custom_parameters: dict[str, Any] | None = None
    """
    Custom key-value parameters forwarded to the relay session as assistant dynamic variables.
    """
    dtmf_detection: bool = False
    """
    Enable DTMF detection for the relay session.
    """
    greeting: str | None = None
    """
    Text played when the relay session starts.
    """
    interruptible: _ConversationRelayInterruptibleValue | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: _ConversationRelayInterruptibleValue | None = (
        ConversationRelayInterruptible.ANY
    )
    interruption_settings: ConversationRelayInterruptionSettings | None = None
    language: str = "en"
    """
    Default language for both text-to-speech and speech recognition.
    """
    languages: list[ConversationRelayLanguage] | None = None
    """
    Per-language TTS and transcription settings.
    """
    provider: str | None = None
    """
    Structured voice provider. Must be supplied together with `structured_provider`.
    """
    structured_provider: ConversationRelayStructuredProvider | None = None
    transcription_engine: _ConversationRelayEmbeddedConfigTranscriptionEngineValue | None = (
        ConversationRelayEmbeddedConfigTranscriptionEngine.GOOGLE
    )
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | None = None
    tts_provider: str | None = None
    """
    Text-to-speech provider. If omitted, Telnyx derives it from `voice` or `provider`.
    """
    url: Annotated[str, Field(pattern="^wss?://")]
    """
    WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`.
    """
    voice: str | None = "Telnyx.KokoroTTS.af"
    """
    The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS voices.

     **Supported Providers:**
    - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
    - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery).)
    - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
     - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
    - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
    - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
    - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class ConversationRelayInterruptionSettings(BaseModel):
    """
    Settings for handling caller interruptions during Conversation Relay speech.
    """

    enable: bool | None = None
    """
    Legacy boolean form. `true` is equivalent to `interruptible=any`; `false` is equivalent to `interruptible=none`.
    """
    interruptible: _ConversationRelayInterruptibleValue | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: _ConversationRelayInterruptibleValue | None = (
        ConversationRelayInterruptible.ANY
    )
    welcome_greeting_interruptible: _ConversationRelayInterruptibleValue | None = (
        ConversationRelayInterruptible.ANY
    )


class ConversationRelayLanguage(BaseModel):
    """
    Language-specific TTS and transcription settings for Conversation Relay.
    """

    language: str
    """
    BCP 47 language tag for this language configuration.
    """
    speech_model: str | None = None
    """
    Conversation Relay speech model. Prefer `transcription_engine_config.transcription_model` when configuring speech-to-text.
    """
    transcription_engine: _ConversationRelayLanguageTranscriptionEngineValue | None = (
        ConversationRelayLanguageTranscriptionEngine.GOOGLE
    )
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | None = None
    transcription_provider: str | None = None
    """
    Conversation Relay transcription provider name. Prefer `transcription_engine` when configuring speech-to-text.
    """
    tts_provider: str | None = None
    """
    Text-to-speech provider for this language. If omitted and `voice` is provided, Telnyx derives the provider from the voice identifier.
    """
    voice: str | None = None
    """
    Voice identifier for this language.
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class ConversationRelaySettings(BaseModel):
    """
    Conversation Relay connection settings. This object can provide `url`, `dtmf_detection`, `interruptible`, `interruptible_greeting`, and `languages`. Top-level aliases override nested values when both are present.
    """

    dtmf_detection: bool = False
    """
    Whether to enable DTMF detection during the relay session.
    """
    interruptible: _ConversationRelayInterruptibleValue | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: _ConversationRelayInterruptibleValue | None = (
        ConversationRelayInterruptible.ANY
    )
    languages: list[ConversationRelayLanguage] | None = None
    """
    Language-specific TTS and transcription settings.
    """
    url: Annotated[str, Field(pattern="^wss?://")]
    """
    WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`.
    """


class ConversationRelayStartRequest(BaseModel):
    """
    Start a Conversation Relay session. You may provide the WebSocket URL as `url`, `conversation_relay_url`, or `conversation_relay_settings.url`; top-level values take precedence over nested settings. Use `transcription_engine` and `transcription_engine_config` for speech-to-text configuration; the `transcription` object is not supported.

    Requires at least one of: `url`; `conversation_relay_url`; `conversation_relay_settings`.
    """

    assistant: ConversationRelayAssistant | None = None
    client_state: str | None = None
    """
    Use this field to add state to subsequent webhooks. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    conversation_relay_dtmf_detection: bool = False
    """
    Enable DTMF detection for the relay session.
    """
    conversation_relay_settings: ConversationRelaySettings | None = None
    conversation_relay_url: Annotated[str | None, Field(pattern="^wss?://")] = None
    """
    WebSocket URL for your Conversation Relay server. Must start with `ws://` or `wss://`.
    """
    custom_parameters: dict[str, Any] | None = None
    """
    Custom key-value parameters forwarded to the relay session as `assistant.dynamic_variables`. If `assistant.dynamic_variables` is also present, these values are merged in.
    """
    dtmf_detection: bool = False
    """
    Public alias for `conversation_relay_dtmf_detection`. If both are present, this value wins.
    """
    greeting: str | None = None
    """
    Text played when the relay session starts.
    """
    interruptible: _ConversationRelayInterruptibleValue | None = ConversationRelayInterruptible.ANY
    interruptible_greeting: _ConversationRelayInterruptibleValue | None = (
        ConversationRelayInterruptible.ANY
    )
    interruption_settings: ConversationRelayInterruptionSettings | None = None
    language: str = "en"
    """
    Default language for the relay session. This value is used for both text-to-speech and speech recognition.
    """
    languages: list[ConversationRelayLanguage] | None = None
    """
    Per-language TTS and transcription settings.
    """
    provider: str | None = None
    """
    Structured voice provider. Must be supplied together with `structured_provider`.
    """
    structured_provider: ConversationRelayStructuredProvider | None = None
    transcription: Annotated[dict[str, Any] | None, Field(deprecated=True)] = None
    """
    Not supported for Conversation Relay start requests. Use `transcription_engine` and `transcription_engine_config` instead.
    """
    transcription_engine: _ConversationRelayStartRequestTranscriptionEngineValue | None = (
        ConversationRelayStartRequestTranscriptionEngine.GOOGLE
    )
    transcription_engine_config: ConversationRelayTranscriptionEngineConfig | None = None
    tts_provider: str | None = None
    """
    Text-to-speech provider. If omitted, Telnyx derives it from `voice` or `provider`.
    """
    url: Annotated[str | None, Field(pattern="^wss?://")] = None
    """
    Public alias for `conversation_relay_url`. Must start with `ws://` or `wss://`. If both are present, this value wins.
    """
    voice: str | None = "Telnyx.KokoroTTS.af"
    """
    The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS voices.

     **Supported Providers:**
    - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
    - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery).)
    - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
     - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
    - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
    - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
    - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class ConversationRelayStopRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to subsequent webhooks. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class ConversationRelayStructuredProvider(BaseModel):
    """
    Provider-specific structured voice settings. Must be supplied together with `provider`; Telnyx sends the value as the nested provider configuration for Conversation Relay.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class ConversationRelayTranscriptionEngineConfig(BaseModel):
    """
    Engine-specific transcription settings for Conversation Relay. This accepts the same provider-specific options used by the Call Transcription Start command, such as `transcription_model`, without requiring the engine discriminator to be repeated inside this object.
    """

    model_config = ConfigDict(
        extra="allow",
    )


class CreateConferenceRequest(BaseModel):
    beep_enabled: _CreateConferenceRequestBeepEnabledValue | None = (
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
    region: _CreateConferenceRequestRegionValue | None = None
    start_conference_on_create: bool | None = None
    """
    Whether the conference should be started on creation. If the conference isn't started all participants that join are automatically put on hold. Defaults to "true".
    """


class CreateQueueRequest(BaseModel):
    max_size: Annotated[int, Field(ge=1)] = 300
    """
    The maximum number of calls allowed in the queue.
    """
    queue_name: Annotated[str, Field(max_length=255, min_length=1)]
    """
    The name of the queue. Must be between 1 and 255 characters.
    """


class Cursor(BaseModel):
    after: str | None = None
    """
    Opaque identifier of next page.
    """
    before: str | None = None
    """
    Opaque identifier of previous page.
    """


class CursorPaginationMeta(BaseModel):
    cursors: Cursor | None = None
    next: str | None = None
    """
    Path to next page.
    """
    previous: str | None = None
    """
    Path to previous page.
    """
    total_items: int | None = None


class CustomSipHeader(BaseModel):
    name: str
    """
    The name of the header to add.
    """
    value: str
    """
    The value of the header.
    """


class DeepgramNova2Config(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    hints: Annotated[list[str], Field(max_length=100)] = []
    """
    Nova-2 keyword biasing without intensifiers. Up to 100 terms to bias recognition toward. For weighted biasing, use `keywords_boosting` instead. Nova-2-only; use `keyterms` on Nova-3.
    """
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    keywords_boosting: dict[str, float] | None = None
    """
    Keywords and their respective intensifiers (boosting values) to improve transcription accuracy for specific words or phrases. The intensifier should be a numeric value. Example: `{"snuffleupagus": 5, "systrom": 2, "krieger": 1}`.
    """
    language: _DeepgramNova2TranscriptionLanguageValue | None = (
        DeepgramNova2TranscriptionLanguage.EN
    )
    smart_format: bool = True
    """
    Enable Deepgram's smart formatting (capitalization, punctuation, and digit normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript without punctuation.
    """
    transcription_engine: _DeepgramNova2ConfigTranscriptionEngineValue
    transcription_model: Literal["deepgram/nova-2"]
    utterance_end_ms: Annotated[int, Field(ge=0, le=5000)] = 1000
    """
    Number of milliseconds of silence to consider an utterance ended. Ranges from 0 to 5000 ms.
    """


class DeepgramNova3Config(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    keyterms: Annotated[list[str], Field(max_length=100)] = []
    """
    Nova-3 keyterm prompting. Up to 100 domain-specific terms or brand names to bias recognition toward. Nova-3-only; use `hints` on Nova-2.
    """
    keywords_boosting: dict[str, float] | None = None
    """
    Keywords and their respective intensifiers (boosting values) to improve transcription accuracy for specific words or phrases. The intensifier should be a numeric value. Example: `{"snuffleupagus": 5, "systrom": 2, "krieger": 1}`.
    """
    language: _DeepgramNova3TranscriptionLanguageValue | None = (
        DeepgramNova3TranscriptionLanguage.EN
    )
    smart_format: bool = True
    """
    Enable Deepgram's smart formatting (capitalization, punctuation, and digit normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript without punctuation.
    """
    transcription_engine: _DeepgramNova3ConfigTranscriptionEngineValue
    transcription_model: Literal["deepgram/nova-3"]
    utterance_end_ms: Annotated[int, Field(ge=0, le=5000)] = 1000
    """
    Number of milliseconds of silence to consider an utterance ended. Ranges from 0 to 5000 ms.
    """


class DeveloperMessage(BaseModel):
    """
    Developer-provided instructions that the model should follow, regardless of messages sent by the user.
    """

    content: str
    """
    The contents of the developer message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["developer"]


class DialogflowConfig(BaseModel):
    analyze_sentiment: bool = False
    """
    Enable sentiment analysis from Dialogflow.
    """
    partial_automated_agent_reply: bool = False
    """
    Enable partial automated agent reply from Dialogflow.
    """


class ElevenLabsVoiceSettings(BaseModel):
    api_key_ref: str | None = None
    """
    The `identifier` for an integration secret [/v2/integration_secrets](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) that refers to your ElevenLabs API key. Warning: Free plans are unlikely to work with this integration.
    """
    type: Literal["elevenlabs"]


class EndConferenceRequest(BaseModel):
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same conference.
    """


class EnqueueRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    keep_after_hangup: bool = False
    """
    If set to true, the call will remain in the queue after hangup. In this case bridging to such call will fail with necessary information needed to re-establish the call.
    """
    max_size: int = 100
    """
    The maximum number of calls allowed in the queue at a given time. Can't be modified for an existing queue.
    """
    max_wait_time_secs: int | None = None
    """
    The number of seconds after which the call will be removed from the queue.
    """
    queue_name: str
    """
    The name of the queue the call should be put in. If a queue with a given name doesn't exist yet it will be created.
    """


class GatherRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    gather_id: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    An id that will be sent back in the corresponding `call.gather.ended` webhook. Will be randomly generated if not specified.
    """
    initial_timeout_millis: int = 5000
    """
    The number of milliseconds to wait for the first DTMF.
    """
    inter_digit_timeout_millis: int = 5000
    """
    The number of milliseconds to wait for input between digits.
    """
    maximum_digits: int = 128
    """
    The maximum number of digits to fetch. This parameter has a maximum value of 128.
    """
    minimum_digits: int = 1
    """
    The minimum number of digits to fetch. This parameter has a minimum value of 1.
    """
    terminating_digit: str = "#"
    """
    The digit used to terminate input if fewer than `maximum_digits` digits have been gathered.
    """
    timeout_millis: int = 60000
    """
    The number of milliseconds to wait to complete the request.
    """
    valid_digits: str = "0123456789#*"
    """
    A list of all digits accepted as valid.
    """


class GatherUsingAIRequest(BaseModel):
    assistant: Assistant | None = None
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    gather_ended_speech: Annotated[str | None, Field(max_length=3000)] = None
    """
    Text that will be played when the gathering has finished. There is a 3,000 character limit.
    """
    greeting: str | None = None
    """
    Text that will be played when the gathering starts, if none then nothing will be played when the gathering starts. The greeting can be text for any voice or SSML for `AWS.Polly.<voice_id>` voices. There is a 3,000 character limit.
    """
    interruption_settings: InterruptionSettings | None = None
    language: GatherUsingAIRequestLanguage | None = None
    message_history: list[GatherUsingAIRequestMessageHistoryItem] | None = None
    """
    The message history you want the voice assistant to be aware of, this can be useful to keep the context of the conversation, or to pass additional information to the voice assistant.
    """
    parameters: dict[str, Any]
    """
    The parameters described as a JSON Schema object that needs to be gathered by the voice assistant. See the [JSON Schema reference](https://json-schema.org/understanding-json-schema) for documentation about the format
    """
    send_message_history_updates: bool | None = None
    """
    Default is `false`. If set to `true`, the voice assistant will send updates to the message history via the `call.ai_gather.message_history_updated` callback in real time as the message history is updated.
    """
    send_partial_results: bool | None = None
    """
    Default is `false`. If set to `true`, the voice assistant will send partial results via the `call.ai_gather.partial_results` callback in real time as individual fields are gathered. If set to `false`, the voice assistant will only send the final result via the `call.ai_gather.ended` callback.
    """
    transcription: TranscriptionConfig | None = None
    user_response_timeout_ms: int = 10000
    """
    The maximum time in milliseconds to wait for user response before timing out.
    """
    voice: str | None = "Telnyx.KokoroTTS.af"
    """
    The voice to be used by the voice assistant. Currently we support ElevenLabs, Telnyx and AWS voices.

     **Supported Providers:**
    - **AWS:** Use `AWS.Polly.<VoiceId>` (e.g., `AWS.Polly.Joanna`). For neural voices, which provide more realistic, human-like speech, append `-Neural` to the `VoiceId` (e.g., `AWS.Polly.Joanna-Neural`). Check the [available voices](https://docs.aws.amazon.com/polly/latest/dg/available-voices.html) for compatibility.
    - **Azure:** Use `Azure.<VoiceId>. (e.g. Azure.en-CA-ClaraNeural, Azure.en-CA-LiamNeural, Azure.en-US-BrianMultilingualNeural, Azure.en-US-Ava:DragonHDLatestNeural. For a complete list of voices, go to [Azure Voice Gallery](https://speech.microsoft.com/portal/voicegallery).)
    - **ElevenLabs:** Use `ElevenLabs.<ModelId>.<VoiceId>` (e.g., `ElevenLabs.BaseModel.John`). The `ModelId` part is optional. To use ElevenLabs, you must provide your ElevenLabs API key as an integration secret under `"voice_settings": {"api_key_ref": "<secret_id>"}`. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. Check [available voices](https://elevenlabs.io/docs/api-reference/get-voices).
     - **Telnyx:** Use `Telnyx.<model_id>.<voice_id>`
    - **Inworld:** Use `Inworld.<ModelId>.<VoiceId>` (e.g., `Inworld.Mini.Loretta`, `Inworld.Max.Oliver`, `Inworld.TTS2.Loretta`). Supported models: `Mini`, `Max`, `TTS2`.
    - **Fish Audio:** Use `FishAudio.<ModelId>.<VoiceId>` (e.g., `FishAudio.s2.1-pro.<reference_id>`). Supported models: `s2.1-pro`, `s2-pro`, `s1`. `VoiceId` is a Fish Voice-Library reference ID.
    - **xAI:** Use `xAI.<VoiceId>` (e.g., `xAI.eve`). Available voices: `eve`, `ara`, `rex`, `sal`, `leo`.
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class GatherUsingAIRequestMessageHistoryItem(BaseModel):
    content: str | None = None
    """
    The content of the message
    """
    role: _GatherUsingAIRequestMessageHistoryItemRoleValue | None = None


class GatherUsingAudioRequest(BaseModel):
    audio_url: str | None = None
    """
    The URL of a file to be played back at the beginning of each prompt. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    inter_digit_timeout_millis: int = 5000
    """
    The number of milliseconds to wait for input between digits.
    """
    invalid_audio_url: str | None = None
    """
    The URL of a file to play when digits don't match the `valid_digits` parameter or the number of digits is not between `min` and `max`. The URL can point to either a WAV or MP3 file. invalid_media_name and invalid_audio_url cannot be used together in one request.
    """
    invalid_media_name: str | None = None
    """
    The media_name of a file to be played back when digits don't match the `valid_digits` parameter or the number of digits is not between `min` and `max`. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    maximum_digits: int = 128
    """
    The maximum number of digits to fetch. This parameter has a maximum value of 128.
    """
    maximum_tries: int = 3
    """
    The maximum number of times the file should be played if there is no input from the user on the call.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played back at the beginning of each prompt. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    minimum_digits: int = 1
    """
    The minimum number of digits to fetch. This parameter has a minimum value of 1.
    """
    terminating_digit: str = "#"
    """
    The digit used to terminate input if fewer than `maximum_digits` digits have been gathered.
    """
    timeout_millis: int = 60000
    """
    The number of milliseconds to wait for a DTMF response after file playback ends before a replaying the sound file.
    """
    valid_digits: str = "0123456789#*"
    """
    A list of all digits accepted as valid.
    """


class GatherUsingSpeakRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    inter_digit_timeout_millis: int = 5000
    """
    The number of milliseconds to wait for input between digits.
    """
    invalid_payload: str | None = None
    """
    The text or SSML to be converted into speech when digits don't match the `valid_digits` parameter or the number of digits is not between `min` and `max`. There is a 3,000 character limit.
    """
    language: _GatherUsingSpeakRequestLanguageValue | None = None
    maximum_digits: int = 128
    """
    The maximum number of digits to fetch. This parameter has a maximum value of 128.
    """
    maximum_tries: int = 3
    """
    The maximum number of times that a file should be played back if there is no input from the user on the call.
    """
    minimum_digits: int = 1
    """
    The minimum number of digits to fetch. This parameter has a minimum value of 1.
    """
    payload: str
    """
    The text or SSML to be converted into speech. There is a 3,000 character limit.
    """
    payload_type: _GatherUsingSpeakRequestPayloadTypeValue | None = (
        GatherUsingSpeakRequestPayloadType.TEXT
    )
    service_level: _GatherUsingSpeakRequestServiceLevelValue | None = (
        GatherUsingSpeakRequestServiceLevel.PREMIUM
    )
    terminating_digit: str = "#"
    """
    The digit used to terminate input if fewer than `maximum_digits` digits have been gathered.
    """
    timeout_millis: int = 60000
    """
    The number of milliseconds to wait for a DTMF response after speak ends before a replaying the sound file.
    """
    valid_digits: str = "0123456789#*"
    """
    A list of all digits accepted as valid.
    """
    voice: str
    """
    Specifies the voice used in speech synthesis.

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

    For service_level basic, you may define the gender of the speaker (male or female).
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class GatherUsingAIRequestLanguage(RootModel[GoogleTranscriptionLanguage]):
    root: GoogleTranscriptionLanguage


class HangupRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP BYE message.
    """


class HangupTool(BaseModel):
    hangup: HangupToolParams
    type: Literal["hangup"]


class HangupToolParams(BaseModel):
    description: str = "This tool is used to hang up the call."
    """
    The description of the function that will be passed to the assistant.
    """


class InterruptionSettings(BaseModel):
    """
    Settings for handling user interruptions during assistant speech
    """

    enable: bool = True
    """
    When true, allows users to interrupt the assistant while speaking
    """


class InworldVoiceSettings(BaseModel):
    delivery_mode: _InworldVoiceSettingsDeliveryModeValue | None = None
    type: Literal["inworld"]


class JoinConferenceRequest(BaseModel):
    beep_enabled: _JoinConferenceRequestBeepEnabledValue | None = None
    call_control_id: str
    """
    Unique identifier and token for controlling the call
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string. Please note that the client_state will be updated for the participient call leg and the change will not affect conferencing webhooks unless the participient is the owner of the conference.
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    end_conference_on_exit: bool | None = None
    """
    Whether the conference should end and all remaining participants be hung up after the participant leaves the conference. Defaults to "false".
    """
    hold: bool | None = None
    """
    Whether the participant should be put on hold immediately after joining the conference. Defaults to "false".
    """
    hold_audio_url: str | None = None
    """
    The URL of a file to be played to the participant when they are put on hold after joining the conference. hold_media_name and hold_audio_url cannot be used together in one request. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
    """
    hold_media_name: str | None = None
    """
    The media_name of a file to be played to the participant when they are put on hold after joining the conference. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file. Takes effect only when "start_conference_on_create" is set to "false". This property takes effect only if "hold" is set to "true".
    """
    mute: bool | None = None
    """
    Whether the participant should be muted immediately after joining the conference. Defaults to "false".
    """
    region: _ConferenceRegionValue | None = None
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference should end after the participant leaves the conference. NOTE this doesn't hang up the other participants. Defaults to "false".
    """
    start_conference_on_enter: bool | None = None
    """
    Whether the conference should be started after the participant joins the conference. Defaults to "false".
    """
    supervisor_role: _JoinConferenceRequestSupervisorRoleValue | None = None
    whisper_call_control_ids: list[str] | None = None
    """
    Array of unique call_control_ids the joining supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only.
    """


class LeaveConferenceRequest(BaseModel):
    beep_enabled: _LeaveConferenceRequestBeepEnabledValue | None = None
    call_control_id: str
    """
    Unique identifier and token for controlling the call
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    region: _ConferenceRegionValue | None = None


class LeaveQueueRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class ListConferencesResponse(BaseModel):
    data: list[Conference] | None = None
    meta: PaginationMeta | None = None


class ListParticipantsResponse(BaseModel):
    data: list[Participant] | None = None
    meta: PaginationMeta | None = None


class ListQueueCallsResponse(BaseModel):
    data: list[QueueCall] | None = None
    meta: PaginationMeta | None = None


class ListQueuesResponse(BaseModel):
    data: list[Queue] | None = None
    meta: PaginationMeta | None = None


class MessageMetadata(BaseModel):
    """
    Metadata to add to the message
    """


class MinimaxVoiceSettings(BaseModel):
    language_boost: _MinimaxVoiceSettingsLanguageBoostValue | None = None
    pitch: int = 0
    """
    Voice pitch adjustment. Default is 0.
    """
    speed: float = 1.0
    """
    Speech speed multiplier. Default is 1.0.
    """
    type: Literal["minimax"]
    vol: float = 1.0
    """
    Speech volume multiplier. Default is 1.0.
    """


class NoiseSuppressionEngineConfig(BaseModel):
    """
    Configuration parameters for noise suppression engines. Different engines support different parameters.
    """

    attenuation_limit: Annotated[int, Field(ge=0, le=100)] = 100
    """
    The attenuation limit for noise suppression (0-100). Only applicable for DeepFilterNet.
    """
    enhancement_level: Annotated[float | None, Field(ge=0.0, le=1.0)] = None
    """
    Enhancement intensity (0.0-1.0). Only applicable for AiCoustics.
    """
    family: _NoiseSuppressionEngineConfigFamilyValue | None = None
    mode: _NoiseSuppressionEngineConfigModeValue | None = None
    model: _NoiseSuppressionEngineConfigModelValue | None = None
    size: _NoiseSuppressionEngineConfigSizeValue | None = None
    suppression_level: Annotated[float | None, Field(ge=0.0, le=100.0)] = None
    """
    Suppression level (0.0-100.0). Only applicable for Krisp.
    """
    voice_gain: Annotated[float | None, Field(ge=0.1, le=4.0)] = None
    """
    Voice gain multiplier (0.1-4.0). Only applicable for AiCoustics.
    """


class NoiseSuppressionStart(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    direction: _NoiseSuppressionDirectionValue | None = NoiseSuppressionDirection.INBOUND
    noise_suppression_engine: _NoiseSuppressionEngineValue | None = NoiseSuppressionEngine.DENOISER
    noise_suppression_engine_config: NoiseSuppressionEngineConfig | None = None


class NoiseSuppressionStop(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class PaginationMeta(BaseModel):
    page_number: int | None = None
    page_size: int | None = None
    total_pages: int | None = None
    total_results: int | None = None


class Participant(BaseModel):
    call_control_id: str
    """
    Call Control ID associated with the partiipant of the conference
    """
    call_leg_id: str
    """
    Uniquely identifies the call leg associated with the participant
    """
    conference: ParticipantConference
    created_at: str
    """
    ISO 8601 formatted date of when the participant was created
    """
    end_conference_on_exit: bool
    """
    Whether the conference will end and all remaining participants be hung up after the participant leaves the conference.
    """
    id: str
    """
    Uniquely identifies the participant
    """
    muted: bool
    """
    Whether the participant is muted.
    """
    on_hold: bool
    """
    Whether the participant is put on_hold.
    """
    record_type: ParticipantRecordType
    soft_end_conference_on_exit: bool
    """
    Whether the conference will end after the participant leaves the conference.
    """
    status: ParticipantStatus
    updated_at: str
    """
    ISO 8601 formatted date of when the participant was last updated
    """
    whisper_call_control_ids: list[str]
    """
    Array of unique call_control_ids the participant can whisper to..
    """


class ParticipantConference(BaseModel):
    """
    Info about the conference that the participant is in
    """

    id: str | None = None
    """
    Uniquely identifies the conference
    """
    name: str | None = None
    """
    Name of the conference
    """


class PauseConferenceRecordingRequest(BaseModel):
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: str | None = None
    """
    Use this field to pause specific recording.
    """
    region: _ConferenceRegionValue | None = None


class PauseRecordingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: UUID | None = None
    """
    Uniquely identifies the resource.
    """


class PlayAudioUrlRequest(BaseModel):
    audio_type: _PlayAudioUrlRequestAudioTypeValue | None = PlayAudioUrlRequestAudioType.MP3
    audio_url: str | None = None
    """
    The URL of a file to be played back on the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    cache_audio: bool = True
    """
    Caches the audio file. Useful when playing the same audio file multiple times during the call.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    loop: str | int = 1
    """
    The number of times the audio file should be played. If supplied, the value must be an integer between 1 and 100, or the special string `infinity` for an endless loop.
    """
    media_name: str | None = None
    """
    The media_name of a file to be played back on the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    overlay: bool = False
    """
    When enabled, audio will be mixed on top of any other audio that is actively being played back. Note that `overlay: true` will only work if there is another audio file already being played on the call.
    """
    playback_content: str | None = None
    """
    Allows a user to provide base64 encoded mp3 or wav. Note: when using this parameter, `media_url` and `media_name` in the `playback_started` and `playback_ended` webhooks will be empty
    """
    stop: str | None = None
    """
    When specified, it stops the current audio being played. Specify `current` to stop the current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file being played and to also clear all audio files from the queue.
    """
    target_legs: str = "self"
    """
    Specifies the leg or legs on which audio will be played. If supplied, the value must be either `self`, `opposite` or `both`.
    """


class PlaybackStopRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    overlay: bool = False
    """
    When enabled, it stops the audio being played in the overlay queue.
    """
    stop: str = "all"
    """
    Use `current` to stop the current audio being played. Use `all` to stop the current audio file being played and clear all audio files from the queue.
    """


class Queue(BaseModel):
    average_wait_time_secs: int
    """
    The average time that the calls currently in the queue have spent waiting, given in seconds.
    """
    created_at: str
    """
    ISO 8601 formatted date of when the queue was created
    """
    current_size: int
    """
    The number of calls currently in the queue
    """
    id: str
    """
    Uniquely identifies the queue
    """
    max_size: int
    """
    The maximum number of calls allowed in the queue
    """
    name: str
    """
    Name of the queue
    """
    record_type: QueueRecordType
    updated_at: str
    """
    ISO 8601 formatted date of when the queue was last updated
    """


class QueueCall(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call.
    """
    call_leg_id: str
    """
    ID that is unique to the call and can be used to correlate webhook events
    """
    call_session_id: str
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call
    """
    connection_id: str
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    enqueued_at: str
    """
    ISO 8601 formatted date of when the call was put in the queue
    """
    from_: Annotated[str, Field(alias="from")]
    """
    Number or SIP URI placing the call.
    """
    is_alive: bool
    """
    Indicates whether the call is still active in the queue.
    """
    queue_id: str
    """
    Unique identifier of the queue the call is in.
    """
    queue_position: int
    """
    Current position of the call in the queue
    """
    record_type: QueueCallRecordType
    to: str
    """
    Destination number or SIP URI of the call.
    """
    wait_time_secs: int
    """
    The time the call has been waiting in the queue, given in seconds
    """


class QueueCallResponse(BaseModel):
    data: QueueCall | None = None


class QueueResponse(BaseModel):
    data: Queue | None = None


class ReferRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE.
    """
    sip_address: str
    """
    The SIP URI to which the call will be referred to.
    """
    sip_auth_password: str | None = None
    """
    SIP Authentication password used for SIP challenges.
    """
    sip_auth_username: str | None = None
    """
    SIP Authentication username used for SIP challenges.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the request. Currently only User-to-User header is supported.
    """


class RejectRequest(BaseModel):
    cause: _RejectRequestCauseValue
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class ResembleVoiceSettings(BaseModel):
    format: _ResembleVoiceSettingsFormatValue | None = ResembleVoiceSettingsFormat.MP3
    precision: _ResembleVoiceSettingsPrecisionValue | None = ResembleVoiceSettingsPrecision.PCM_32
    sample_rate: _ResembleSampleRateValue | None = ResembleSampleRate.FIELD_48000
    type: Literal["resemble"]


class ResumeConferenceRecordingRequest(BaseModel):
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: str | None = None
    """
    Use this field to resume specific recording.
    """
    region: _ConferenceRegionValue | None = None


class ResumeRecordingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: UUID | None = None
    """
    Uniquely identifies the resource.
    """


class RetrieveCallStatusResponse(BaseModel):
    data: Call | None = None


class RetrieveCallStatusResponseWithRecordingID(BaseModel):
    data: CallWithRecordingId | None = None


class RimeVoiceSettings(BaseModel):
    type: Literal["rime"]
    voice_speed: float = 1.0
    """
    Speech speed multiplier. Default is 1.0.
    """


class SendDTMFRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    digits: str
    """
    DTMF digits to send. Valid digits are 0-9, A-D, *, and #. Pauses can be added using w (0.5s) and W (1s).
    """
    duration_millis: int = 250
    """
    Specifies for how many milliseconds each digit will be played in the audio stream. Ranges from 100 to 500ms
    """


class SendSIPInfoRequest(BaseModel):
    body: str
    """
    Content of the SIP INFO
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    content_type: str
    """
    Content type of the INFO body. Must be MIME type compliant. There is a 1,400 bytes limit
    """


class SipHeader(BaseModel):
    name: _SipHeaderNameValue
    value: str
    """
    The value of the header.
    """


class SoundModifications(BaseModel):
    """
    Use this field to modify sound effects, for example adjust the pitch.
    """

    octaves: float | None = None
    """
    Adjust the pitch in octaves, values should be between -1 and 1, default 0
    """
    pitch: float | None = None
    """
    Set the pitch directly, value should be > 0, default 1 (lower = lower tone)
    """
    semitone: float | None = None
    """
    Adjust the pitch in semitones, values should be between -14 and 14, default 0
    """
    track: str = "outbound"
    """
    The track to which the sound modifications will be applied. Accepted values are `inbound` or `outbound`
    """


class SpeakRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    language: _SpeakRequestLanguageValue | None = None
    loop: str | int | None = None
    """
    The number of times to play the audio file. Use `infinity` to loop indefinitely. Defaults to 1.
    """
    payload: str
    """
    The text or SSML to be converted into speech. There is a 3,000 character limit.
    """
    payload_type: _SpeakRequestPayloadTypeValue | None = SpeakRequestPayloadType.TEXT
    service_level: _SpeakRequestServiceLevelValue | None = SpeakRequestServiceLevel.PREMIUM
    stop: str | None = None
    """
    When specified, it stops the current audio being played. Specify `current` to stop the current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file being played and to also clear all audio files from the queue.
    """
    target_legs: _SpeakRequestTargetLegsValue | None = SpeakRequestTargetLegs.SELF
    voice: str
    """
    Specifies the voice used in speech synthesis.

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

    For service_level basic, you may define the gender of the speaker (male or female).
    """
    voice_settings: Annotated[
        ElevenLabsVoiceSettings
        | TelnyxVoiceSettings
        | AWSVoiceSettings
        | MinimaxVoiceSettings
        | AzureVoiceSettings
        | RimeVoiceSettings
        | ResembleVoiceSettings
        | InworldVoiceSettings
        | XAIVoiceSettings
        | None,
        Field(discriminator="type"),
    ] = None
    """
    The settings associated with the voice selected
    """


class StartConferenceRecordingRequest(BaseModel):
    channels: _StartConferenceRecordingRequestChannelsValue | None = (
        StartConferenceRecordingRequestChannels.SINGLE
    )
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `conference_id`.
    """
    custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    format: _StartConferenceRecordingRequestFormatValue
    play_beep: bool | None = None
    """
    If enabled, a beep sound will be played at the start of a recording.
    """
    region: _ConferenceRegionValue | None = None
    trim: _StartConferenceRecordingRequestTrimValue | None = None


class StartForkingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    rx: str | None = None
    """
    The network target, <udp:ip_address:port>, where the call's incoming RTP media packets should be forwarded.
    """
    stream_type: _StartForkingRequestStreamTypeValue | None = (
        StartForkingRequestStreamType.DECRYPTED
    )
    tx: str | None = None
    """
    The network target, <udp:ip_address:port>, where the call's outgoing RTP media packets should be forwarded.
    """


class StartRecordingRequest(BaseModel):
    channels: _StartRecordingRequestChannelsValue
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    format: _StartRecordingRequestFormatValue
    max_length: int = 0
    """
    Defines the maximum length for the recording in seconds. The minimum value is 0. The maximum value is 14400. The default value is 0 (infinite)
    """
    play_beep: bool | None = None
    """
    If enabled, a beep sound will be played at the start of a recording.
    """
    recording_track: _StartRecordingRequestRecordingTrackValue | None = (
        StartRecordingRequestRecordingTrack.BOTH
    )
    timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite)
    """
    transcription: bool = False
    """
    Enable post recording transcription. The default value is false.
    """
    transcription_engine: _StartRecordingRequestTranscriptionEngineValue | None = (
        StartRecordingRequestTranscriptionEngine.A
    )
    transcription_language: _TranscriptionLanguageValue | None = TranscriptionLanguage.EN_US
    transcription_max_speaker_count: int = 6
    """
    Defines maximum number of speakers in the conversation. Applies to `google` engine only.
    """
    transcription_min_speaker_count: int = 2
    """
    Defines minimum number of speakers in the conversation. Applies to `google` engine only.
    """
    transcription_profanity_filter: bool = False
    """
    Enables profanity_filter. Applies to `google` engine only.
    """
    transcription_speaker_diarization: bool = False
    """
    Enables speaker diarization. Applies to `google` engine only.
    """
    trim: _StartRecordingRequestTrimValue | None = None


class StartSiprecRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    connector_name: str | None = None
    """
    Name of configured SIPREC connector to be used.
    """
    include_metadata_custom_headers: _StartSiprecRequestIncludeMetadataCustomHeadersValue | None = (
        None
    )
    secure: _StartSiprecRequestSecureValue | None = None
    session_timeout_secs: int = 1800
    """
    Sets `Session-Expires` header to the INVITE. A reinvite is sent every half the value set. Usefull for session keep alive. Minimum value is 90, set to 0 to disable.
    """
    sip_transport: _StartSiprecRequestSipTransportValue | None = StartSiprecRequestSipTransport.UDP
    siprec_track: _StartSiprecRequestSiprecTrackValue | None = (
        StartSiprecRequestSiprecTrack.BOTH_TRACKS
    )


class StartStreamingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    custom_parameters: list[StartStreamingRequestCustomParametersItem] | None = None
    """
    Custom parameters to be sent as part of the WebSocket connection.
    """
    dialogflow_config: DialogflowConfig | None = None
    enable_dialogflow: bool = False
    """
    Enables Dialogflow for the current call. The default value is false.
    """
    stream_auth_token: Annotated[str | None, Field(max_length=4000)] = None
    """
    An authentication token to be sent as part of the WebSocket connection. Maximum length is 4000 characters.
    """
    stream_bidirectional_codec: _StreamBidirectionalCodecValue | None = (
        StreamBidirectionalCodec.PCMU
    )
    stream_bidirectional_mode: _StreamBidirectionalModeValue | None = StreamBidirectionalMode.MP3
    stream_bidirectional_sampling_rate: _StreamBidirectionalSamplingRateValue | None = (
        StreamBidirectionalSamplingRate.INTEGER_8000
    )
    stream_bidirectional_target_legs: _StreamBidirectionalTargetLegsValue | None = (
        StreamBidirectionalTargetLegs.OPPOSITE
    )
    stream_codec: _StreamCodecValue | None = StreamCodec.DEFAULT
    stream_track: _StartStreamingRequestStreamTrackValue | None = (
        StartStreamingRequestStreamTrack.INBOUND_TRACK
    )
    stream_url: str | None = None
    """
    The destination WebSocket address where the stream is going to be delivered.
    """


class StartStreamingRequestCustomParametersItem(BaseModel):
    name: str | None = None
    """
    The name of the custom parameter.
    """
    value: str | None = None
    """
    The value of the custom parameter.
    """


class StopForkingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    stream_type: _StopForkingRequestStreamTypeValue | None = StopForkingRequestStreamType.RAW


class StopGatherRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class StopRecordingConferenceRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: UUID | None = None
    """
    Uniquely identifies the resource.
    """
    region: _ConferenceRegionValue | None = None


class StopRecordingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    recording_id: UUID | None = None
    """
    Uniquely identifies the resource.
    """


class StopSiprecRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class StopStreamingRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    stream_id: UUID | None = None
    """
    Identifies the stream. If the `stream_id` is not provided the command stops all streams associated with a given `call_control_id`.
    """


class SwitchSupervisorRoleRequest(BaseModel):
    role: _SwitchSupervisorRoleRequestRoleValue


class SystemMessage(BaseModel):
    """
    Developer-provided instructions that the model should follow, regardless of messages sent by the user.
    """

    content: str
    """
    The contents of the system message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["system"]


class TelnyxVoiceSettings(BaseModel):
    type: Literal["telnyx"]
    voice_speed: Annotated[float, Field(ge=0.1, le=2.0)] = 1.0
    """
    The voice speed to be used for the voice. The voice speed must be between 0.1 and 2.0. Default value is 1.0. Not supported for `Telnyx.Bayan.*` or `Telnyx.Sukhan.*` voices.
    """


class ToolCall(BaseModel):
    """
    A call to a function tool created by the model.
    """

    function: ToolCallFunction
    id: str
    """
    The ID of the tool call.
    """
    type: _ToolCallTypeValue


class ToolCallFunction(BaseModel):
    """
    The function that the model called.
    """

    name: str
    """
    The name of the function to call.
    """


class ToolMessage(BaseModel):
    content: str
    """
    The contents of the tool message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["tool"]
    tool_call_id: str
    """
    Tool call that this message is responding to.
    """


class Transcription(BaseModel):
    event_type: Literal["call.transcription"] | None = None
    """
    The type of event being delivered.
    """
    id: UUID | None = None
    """
    Identifies the type of resource.
    """
    occurred_at: AwareDatetime | None = None
    """
    ISO 8601 datetime of when the event occurred.
    """
    payload: TranscriptionPayload | None = None
    record_type: TranscriptionRecordType | None = None


class TranscriptionConfig(BaseModel):
    """
    The settings associated with speech to text for the voice assistant. This is only relevant if the assistant uses a text-to-text language model. Any assistant using a model with native audio support (e.g. `fixie-ai/ultravox-v0_4`) will ignore this field.
    """

    language: str = "auto"
    """
    The language of the audio to be transcribed. If not set, or if set to `auto`, supported models will automatically detect the language. Supported and meaningful values depend on the selected transcription `model`. For `deepgram/flux`, supported values are: `auto` (Telnyx language detection controls the language hint), `multi` (no language hint), and language-specific hints `en`, `es`, `fr`, `de`, `hi`, `ru`, `pt`, `ja`, `it`, and `nl`. For `soniox/stt-rt-v4`, `auto` omits the language hint and lets Soniox auto-detect; ISO 639-1 codes (e.g. `en`, `es`) bias detection toward that language. For `assemblyai/universal-streaming`, `auto` (or unset) enables native multilingual code-switching; ISO 639-1 codes (`en`, `es`, `de`, `fr`, `pt`, `it`, `tr`, `nl`, `sv`, `no`, `da`, `fi`, `hi`, `vi`, `ar`, `he`, `ja`, `zh`) bias the session to that language.
    """
    model: _TranscriptionConfigModelValue | None = (
        TranscriptionConfigModel.DISTIL_WHISPER_DISTIL_LARGE_V2
    )


class TranscriptionEngineAConfig(BaseModel):
    enable_speaker_diarization: bool = False
    """
    Enables speaker diarization.
    """
    hints: list[str] = []
    """
    Hints to improve transcription accuracy.
    """
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: _GoogleTranscriptionLanguageValue | None = GoogleTranscriptionLanguage.EN
    max_speaker_count: int = 6
    """
    Defines maximum number of speakers in the conversation.
    """
    min_speaker_count: int = 2
    """
    Defines minimum number of speakers in the conversation.
    """
    model: _TranscriptionEngineAConfigModelValue | None = None
    profanity_filter: bool = False
    """
    Enables profanity_filter.
    """
    speech_context: list[TranscriptionEngineAConfigSpeechContextItem] | None = None
    """
    Speech context to improve transcription accuracy.
    """
    transcription_engine: _TranscriptionEngineAConfigTranscriptionEngineValue | None = None
    use_enhanced: bool = False
    """
    Enables enhanced transcription, this works for models `phone_call` and `video`.
    """


class TranscriptionEngineAConfigSpeechContextItem(BaseModel):
    boost: Annotated[float, Field(ge=0.0, le=20.0)] = 1.0
    """
    Boost factor for the speech context.
    """
    phrases: list[str] = []


class TranscriptionEngineAssemblyaiConfig(BaseModel):
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    transcription_engine: _TranscriptionEngineAssemblyaiConfigTranscriptionEngineValue | None = None
    transcription_model: _TranscriptionEngineAssemblyaiConfigTranscriptionModelValue | None = (
        TranscriptionEngineAssemblyaiConfigTranscriptionModel.ASSEMBLYAI_UNIVERSAL_STREAMING
    )


class TranscriptionEngineAzureConfig(BaseModel):
    api_key_ref: str | None = None
    """
    Reference to the API key for authentication. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. The parameter is optional as defaults are available for some regions.
    """
    language: _AzureTranscriptionLanguageValue | None = AzureTranscriptionLanguage.EN
    region: _AzureTranscriptionRegionValue
    transcription_engine: _TranscriptionEngineAzureConfigTranscriptionEngineValue


class TranscriptionEngineBConfig(BaseModel):
    language: _TelnyxTranscriptionLanguageValue | None = TelnyxTranscriptionLanguage.EN
    transcription_engine: _TranscriptionEngineBConfigTranscriptionEngineValue | None = None
    transcription_model: _TranscriptionEngineBConfigTranscriptionModelValue | None = (
        TranscriptionEngineBConfigTranscriptionModel.OPENAI_WHISPER_TINY
    )


class TranscriptionEngineGoogleConfig(BaseModel):
    enable_speaker_diarization: bool = False
    """
    Enables speaker diarization.
    """
    hints: list[str] = []
    """
    Hints to improve transcription accuracy.
    """
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: _GoogleTranscriptionLanguageValue | None = GoogleTranscriptionLanguage.EN
    max_speaker_count: int = 6
    """
    Defines maximum number of speakers in the conversation.
    """
    min_speaker_count: int = 2
    """
    Defines minimum number of speakers in the conversation.
    """
    model: _TranscriptionEngineGoogleConfigModelValue | None = None
    profanity_filter: bool = False
    """
    Enables profanity_filter.
    """
    speech_context: list[TranscriptionEngineGoogleConfigSpeechContextItem] | None = None
    """
    Speech context to improve transcription accuracy.
    """
    transcription_engine: _TranscriptionEngineGoogleConfigTranscriptionEngineValue | None = None
    use_enhanced: bool = False
    """
    Enables enhanced transcription, this works for models `phone_call` and `video`.
    """


class TranscriptionEngineGoogleConfigSpeechContextItem(BaseModel):
    boost: Annotated[float, Field(ge=0.0, le=20.0)] = 1.0
    """
    Boost factor for the speech context.
    """
    phrases: list[str] = []


class TranscriptionEngineParakeetConfig(BaseModel):
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    transcription_engine: _TranscriptionEngineParakeetConfigTranscriptionEngineValue | None = None
    transcription_model: _TranscriptionEngineParakeetConfigTranscriptionModelValue | None = (
        TranscriptionEngineParakeetConfigTranscriptionModel.NVIDIA_PARAKEET_V3
    )


class TranscriptionEngineSonioxConfig(BaseModel):
    enable_endpoint_detection: bool = False
    """
    When true, Soniox emits end-of-utterance events at the cadence configured by `max_endpoint_delay_ms`.
    """
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: str = "auto"
    """
    ISO 639-1 language hint (e.g. `en`, `es`), or `auto` to omit the hint and let Soniox auto-detect supported languages multilingually.
    """
    max_endpoint_delay_ms: Annotated[int | None, Field(ge=500, le=3000)] = None
    """
    Maximum silence (in milliseconds) before Soniox emits an end-of-utterance event. Only honored when `enable_endpoint_detection` is true. Range: 500-3000 ms.
    """
    transcription_engine: _TranscriptionEngineSonioxConfigTranscriptionEngineValue
    transcription_model: _TranscriptionEngineSonioxConfigTranscriptionModelValue | None = (
        TranscriptionEngineSonioxConfigTranscriptionModel.SONIOX_STT_RT_V4
    )


class TranscriptionEngineSpeechmaticsConfig(BaseModel):
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: _SpeechmaticsTranscriptionLanguageValue | None = SpeechmaticsTranscriptionLanguage.EN
    transcription_engine: _TranscriptionEngineSpeechmaticsConfigTranscriptionEngineValue | None = (
        None
    )
    transcription_model: _TranscriptionEngineSpeechmaticsConfigTranscriptionModelValue | None = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel.SPEECHMATICS_STANDARD
    )


class TranscriptionEngineTelnyxConfig(BaseModel):
    language: _TelnyxTranscriptionLanguageValue | None = TelnyxTranscriptionLanguage.EN
    transcription_engine: _TranscriptionEngineTelnyxConfigTranscriptionEngineValue | None = None
    transcription_model: _TranscriptionEngineTelnyxConfigTranscriptionModelValue | None = (
        TranscriptionEngineTelnyxConfigTranscriptionModel.OPENAI_WHISPER_TINY
    )


class TranscriptionEngineXaiConfig(BaseModel):
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: _XaiTranscriptionLanguageValue | None = XaiTranscriptionLanguage.EN
    transcription_engine: _TranscriptionEngineXaiConfigTranscriptionEngineValue | None = None
    transcription_model: _TranscriptionEngineXaiConfigTranscriptionModelValue | None = (
        TranscriptionEngineXaiConfigTranscriptionModel.XAI_GROK_STT
    )


class TranscriptionEvent(WebhookEventModel):
    data: Transcription | None = None


class TranscriptionPayload(BaseModel):
    call_control_id: str | None = None
    """
    Unique identifier and token for controlling the call.
    """
    call_leg_id: str | None = None
    """
    ID that is unique to the call and can be used to correlate webhook events.
    """
    call_session_id: str | None = None
    """
    ID that is unique to the call session and can be used to correlate webhook events. Call session is a group of related call legs that logically belong to the same phone call, e.g. an inbound and outbound leg of a transferred call.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    connection_id: str | None = None
    """
    Call Control App ID (formerly Telnyx connection ID) used in the call.
    """
    transcription_data: TranscriptionPayloadTranscriptionData | None = None


class TranscriptionPayloadTranscriptionData(BaseModel):
    confidence: float | None = None
    """
    Speech recognition confidence level.
    """
    is_final: bool | None = None
    """
    When false, it means that this is an interim result.
    """
    transcript: str | None = None
    """
    Recognized text.
    """
    transcription_track: TranscriptionPayloadTranscriptionDataTranscriptionTrack | None = None


class TranscriptionStartRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    transcription_engine: _TranscriptionStartRequestTranscriptionEngineValue | None = (
        TranscriptionStartRequestTranscriptionEngine.GOOGLE
    )
    transcription_engine_config: (
        TranscriptionEngineGoogleConfig
        | TranscriptionEngineTelnyxConfig
        | TranscriptionEngineAzureConfig
        | TranscriptionEngineXaiConfig
        | TranscriptionEngineAssemblyaiConfig
        | TranscriptionEngineSpeechmaticsConfig
        | TranscriptionEngineSonioxConfig
        | TranscriptionEngineParakeetConfig
        | TranscriptionEngineAConfig
        | TranscriptionEngineBConfig
        | DeepgramNova2Config
        | DeepgramNova3Config
        | None
    ) = None
    transcription_tracks: str = "inbound"
    """
    Indicates which leg of the call will be transcribed. Use `inbound` for the leg that requested the transcription, `outbound` for the other leg, and `both` for both legs of the call. Will default to `inbound`.
    """


class TranscriptionStopRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """


class TransferCallRequest(BaseModel):
    answering_machine_detection: _TransferCallRequestAnsweringMachineDetectionValue | None = (
        TransferCallRequestAnsweringMachineDetection.DISABLED
    )
    answering_machine_detection_config: (
        TransferCallRequestAnsweringMachineDetectionConfig | None
    ) = None
    audio_url: str | None = None
    """
    The URL of a file to be played back when the transfer destination answers before bridging the call. The URL can point to either a WAV or MP3 file. media_name and audio_url cannot be used together in one request.
    """
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    custom_headers: list[CustomSipHeader] | None = None
    """
    Custom headers to be added to the SIP INVITE.
    """
    early_media: bool = True
    """
    If set to false, early media will not be passed to the originating leg.
    """
    from_: Annotated[str | None, Field(alias="from")] = None
    """
    The `from` number to be used as the caller id presented to the destination (`to` number). The number should be in +E164 format. This attribute will default to the `to` number of the original call if omitted.
    """
    from_display_name: str | None = None
    """
    The `from_display_name` string to be used as the caller id name (SIP From Display Name) presented to the destination (`to` number). The string should have a maximum of 128 characters, containing only letters, numbers, spaces, and -_~!.+ special characters. If ommited, the display name will be the same as the number in the `from` field.
    """
    media_encryption: _TransferCallRequestMediaEncryptionValue | None = (
        TransferCallRequestMediaEncryption.DISABLED
    )
    media_name: str | None = None
    """
    The media_name of a file to be played back when the transfer destination answers before bridging the call. The media_name must point to a file previously uploaded to api.telnyx.com/v2/media by the same user/organization. The file must either be a WAV or MP3 file.
    """
    mute_dtmf: _TransferCallRequestMuteDtmfValue | None = TransferCallRequestMuteDtmf.NONE
    park_after_unbridge: str | None = None
    """
    Specifies behavior after the bridge ends (i.e. the opposite leg either hangs up or is transferred). If supplied with the value `self`, the current leg will be parked after unbridge. If not set, the default behavior is to hang up the leg.
    """
    preferred_codecs: str | None = None
    """
    The list of comma-separated codecs in order of preference to be used during the call. The codecs supported are `G722`, `PCMU`, `PCMA`, `G729`, `OPUS`, `VP8`, `H264`, `AMR-WB`.
    """
    privacy: _TransferCallRequestPrivacyValue | None = None
    record: _TransferCallRequestRecordValue | None = None
    record_channels: _TransferCallRequestRecordChannelsValue | None = (
        TransferCallRequestRecordChannels.DUAL
    )
    record_custom_file_name: Annotated[str | None, Field(max_length=40, min_length=1)] = None
    """
    The custom recording file name to be used instead of the default `call_leg_id`. Telnyx will still add a Unix timestamp suffix.
    """
    record_format: _TransferCallRequestRecordFormatValue | None = (
        TransferCallRequestRecordFormat.MP3
    )
    record_max_length: int = 0
    """
    Defines the maximum length for the recording in seconds when `record` is specified. The minimum value is 0. The maximum value is 43200. The default value is 0 (infinite).
    """
    record_timeout_secs: int = 0
    """
    The number of seconds that Telnyx will wait for the recording to be stopped if silence is detected when `record` is specified. The timer only starts when the speech is detected. Please note that call transcription is used to detect silence and the related charge will be applied. The minimum value is 0. The default value is 0 (infinite).
    """
    record_track: _TransferCallRequestRecordTrackValue | None = TransferCallRequestRecordTrack.BOTH
    record_trim: _TransferCallRequestRecordTrimValue | None = None
    send_digits_on_answer: str | None = None
    """
    DTMF digits to send automatically after the transfer destination answers. Useful for reaching an extension behind an IVR (e.g. `"200"` to dial extension 200 once the called party picks up). Allowed characters: `0-9`, `A-D`, `w` (0.5s pause), `W` (1s pause), `*`, `#`. Maximum 64 characters. When omitted, no automatic DTMF is sent. May also be supplied inline by appending `,<digits>` to `to` (e.g. `to=+18004247767,200`); if both forms are present, this explicit field takes precedence.
    """
    sip_auth_password: str | None = None
    """
    SIP Authentication password used for SIP challenges.
    """
    sip_auth_username: str | None = None
    """
    SIP Authentication username used for SIP challenges.
    """
    sip_headers: list[SipHeader] | None = None
    """
    SIP headers to be added to the SIP INVITE. Currently only User-to-User header is supported.
    """
    sip_region: _TransferCallRequestSipRegionValue | None = TransferCallRequestSipRegion.US
    sip_transport_protocol: _TransferCallRequestSipTransportProtocolValue | None = (
        TransferCallRequestSipTransportProtocol.UDP
    )
    sound_modifications: SoundModifications | None = None
    target_leg_client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook for the new leg. It must be a valid Base-64 encoded string.
    """
    time_limit_secs: Annotated[int, Field(ge=30, le=14400)] = 14400
    """
    Sets the maximum duration of a Call Control Leg in seconds. If the time limit is reached, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `time_limit` will be sent. For example, by setting a time limit of 120 seconds, a Call Leg will be automatically terminated two minutes after being answered. The default time limit is 14400 seconds or 4 hours and this is also the maximum allowed call length.
    """
    timeout_secs: int = 30
    """
    The number of seconds that Telnyx will wait for the call to be answered by the destination to which it is being transferred. If the timeout is reached before an answer is received, the call will hangup and a `call.hangup` webhook with a `hangup_cause` of `timeout` will be sent. Minimum value is 5 seconds. Maximum value is 600 seconds.
    """
    to: str
    """
    The DID or SIP URI to dial out to. For SIP URI destinations, append `;secure=true` or `;secure=srtp` to enable SRTP media encryption for that endpoint, or `;secure=dtls` to enable DTLS media encryption for that endpoint. If `media_encryption` is set to `SRTP` or `DTLS`, it takes precedence over any per-endpoint `secure` URI parameter. You may also append a comma followed by DTMF digits (e.g. `+18004247767,200`) to play those digits as DTMF once the transfer destination answers — equivalent to setting `send_digits_on_answer` separately. If both are present, the explicit `send_digits_on_answer` parameter takes precedence.
    """
    webhook_retries_policies: dict[str, TransferCallRequestWebhookRetriesPoliciesValue] | None = (
        None
    )
    """
    A map of event types to retry policies. Each retry policy contains an array of `retries_ms` specifying the delays between retry attempts in milliseconds. Maximum 5 retries, total delay cannot exceed 60 seconds.
    """
    webhook_url: str | None = None
    """
    Use this field to override the URL for which Telnyx will send subsequent webhooks to for this call.
    """
    webhook_url_method: _TransferCallRequestWebhookUrlMethodValue | None = (
        TransferCallRequestWebhookUrlMethod.POST
    )
    webhook_urls: dict[str, AnyUrl] | None = None
    """
    A map of event types to webhook URLs. When an event of the specified type occurs, the webhook URL associated with that event type will be called instead of `webhook_url`. Events not mapped here will use the default `webhook_url`.
    """
    webhook_urls_method: _TransferCallRequestWebhookUrlsMethodValue | None = (
        TransferCallRequestWebhookUrlsMethod.POST
    )


class TransferCallRequestAnsweringMachineDetectionConfig(BaseModel):
    """
    Optional configuration parameters to modify 'answering_machine_detection' performance. Only `total_analysis_time_millis` and `greeting_duration_millis` parameters are applicable when `premium` is selected as answering_machine_detection.
    """

    after_greeting_silence_millis: int = 800
    """
    Silence duration threshold after a greeting message or voice for it be considered human.
    """
    between_words_silence_millis: int = 50
    """
    Maximum threshold for silence between words.
    """
    greeting_duration_millis: int = 3500
    """
    Maximum threshold of a human greeting. If greeting longer than this value, considered machine.
    """
    greeting_silence_duration_millis: int = 1500
    """
    If machine already detected, maximum threshold for silence between words. If exceeded, the greeting is considered ended.
    """
    greeting_total_analysis_time_millis: int = 5000
    """
    If machine already detected, maximum timeout threshold to determine the end of the machine greeting.
    """
    initial_silence_millis: int = 3500
    """
    If initial silence duration is greater than this value, consider it a machine.
    """
    maximum_number_of_words: int = 5
    """
    If number of detected words is greater than this value, consder it a machine.
    """
    maximum_word_length_millis: int = 3500
    """
    If a single word lasts longer than this threshold, consider it a machine.
    """
    silence_threshold: int = 256
    """
    Minimum noise threshold for any analysis.
    """
    total_analysis_time_millis: int = 3500
    """
    Maximum timeout threshold for overall detection.
    """


class TransferCallRequestWebhookRetriesPoliciesValue(BaseModel):
    retries_ms: Annotated[list[int] | None, Field(max_length=5)] = None
    """
    Array of delays in milliseconds between retry attempts. Total sum cannot exceed 60000ms.
    """


class TransferTool(BaseModel):
    transfer: CallControlTransferToolParams
    type: Literal["transfer"]


class UpdateConferenceParticipantRequest(BaseModel):
    beep_enabled: _UpdateConferenceParticipantRequestBeepEnabledValue | None = None
    end_conference_on_exit: bool | None = None
    """
    Whether the conference should end when this participant exits.
    """
    soft_end_conference_on_exit: bool | None = None
    """
    Whether the conference should soft-end when this participant exits. A soft end will stop new participants from joining but allow existing participants to remain.
    """


class UpdateConferenceRequest(BaseModel):
    call_control_id: str
    """
    Unique identifier and token for controlling the call
    """
    command_id: str | None = None
    """
    Use this field to avoid execution of duplicate commands. Telnyx will ignore subsequent commands with the same `command_id` as one that has already been executed.
    """
    region: _ConferenceRegionValue | None = None
    supervisor_role: _UpdateConferenceRequestSupervisorRoleValue
    whisper_call_control_ids: list[str] | None = None
    """
    Array of unique call_control_ids the supervisor can whisper to. If none provided, the supervisor will join the conference as a monitoring participant only.
    """


class UpdateQueueRequest(BaseModel):
    max_size: Annotated[int, Field(ge=1)]
    """
    The maximum number of calls allowed in the queue.
    """


class UpdateQueuedCallRequest(BaseModel):
    keep_after_hangup: bool | None = None
    """
    Whether the call should remain in queue after hangup.
    """


class UserMessage(BaseModel):
    """
    Messages sent by an end user
    """

    content: str
    """
    The contents of the user message.
    """
    metadata: MessageMetadata | None = None
    role: Literal["user"]


class WebhookTool(BaseModel):
    type: Literal["webhook"]
    webhook: CallControlWebhookToolParams


class XAIVoiceSettings(BaseModel):
    language: str = "auto"
    """
    Language code, or `auto` to detect automatically.
    """
    type: Literal["xai"]
