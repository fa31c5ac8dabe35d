"""`SpeakRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.aws_voice_settings import AWSVoiceSettings
from telnyx_voice.types.models.azure_voice_settings import AzureVoiceSettings
from telnyx_voice.types.models.eleven_labs_voice_settings import ElevenLabsVoiceSettings
from telnyx_voice.types.models.inworld_voice_settings import InworldVoiceSettings
from telnyx_voice.types.models.minimax_voice_settings import MinimaxVoiceSettings
from telnyx_voice.types.models.resemble_voice_settings import ResembleVoiceSettings
from telnyx_voice.types.models.rime_voice_settings import RimeVoiceSettings
from telnyx_voice.types.models.telnyx_voice_settings import TelnyxVoiceSettings
from telnyx_voice.types.models.xai_voice_settings import XAIVoiceSettings


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


if TYPE_CHECKING:
    SpeakRequestLanguageLike: TypeAlias = (
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
    SpeakRequestPayloadTypeLike: TypeAlias = SpeakRequestPayloadType | Literal["text", "ssml"]
    SpeakRequestServiceLevelLike: TypeAlias = SpeakRequestServiceLevel | Literal["basic", "premium"]
    SpeakRequestTargetLegsLike: TypeAlias = (
        SpeakRequestTargetLegs | Literal["self", "opposite", "both"]
    )
else:
    SpeakRequestLanguageLike = SpeakRequestLanguage
    SpeakRequestPayloadTypeLike = SpeakRequestPayloadType
    SpeakRequestServiceLevelLike = SpeakRequestServiceLevel
    SpeakRequestTargetLegsLike = SpeakRequestTargetLegs


class SpeakRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    language: SpeakRequestLanguageLike | None = None
    loop: str | int | None = None
    """
    The number of times to play the audio file. Use `infinity` to loop indefinitely. Defaults to 1.
    """
    payload: str
    """
    The text or SSML to be converted into speech. There is a 3,000 character limit.
    """
    payload_type: SpeakRequestPayloadTypeLike | None = SpeakRequestPayloadType.TEXT
    service_level: SpeakRequestServiceLevelLike | None = SpeakRequestServiceLevel.PREMIUM
    stop: str | None = None
    """
    When specified, it stops the current audio being played. Specify `current` to stop the current audio being played, and to play the next file in the queue. Specify `all` to stop the current audio file being played and to also clear all audio files from the queue.
    """
    target_legs: SpeakRequestTargetLegsLike | None = SpeakRequestTargetLegs.SELF
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
