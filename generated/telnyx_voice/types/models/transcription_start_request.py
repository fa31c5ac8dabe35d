"""`TranscriptionStartRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from pydantic import ConfigDict, Field

from telnyx_voice._models import BaseModel, LenientEnum
from telnyx_voice.types.models.google_transcription_language import (
    GoogleTranscriptionLanguage,
    GoogleTranscriptionLanguageLike,
)
from telnyx_voice.types.models.telnyx_transcription_language import (
    TelnyxTranscriptionLanguage,
    TelnyxTranscriptionLanguageLike,
)


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


class DeepgramNova2ConfigTranscriptionEngine(LenientEnum):
    DEEPGRAM = "Deepgram"


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
    AzureTranscriptionLanguageLike: TypeAlias = (
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
    AzureTranscriptionRegionLike: TypeAlias = (
        AzureTranscriptionRegion
        | Literal[
            "australiaeast", "centralindia", "eastus", "northcentralus", "westeurope", "westus2"
        ]
    )
    DeepgramNova2ConfigTranscriptionEngineLike: TypeAlias = (
        DeepgramNova2ConfigTranscriptionEngine | Literal["Deepgram"]
    )
    DeepgramNova2TranscriptionLanguageLike: TypeAlias = (
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
    DeepgramNova3ConfigTranscriptionEngineLike: TypeAlias = (
        DeepgramNova3ConfigTranscriptionEngine | Literal["Deepgram"]
    )
    DeepgramNova3TranscriptionLanguageLike: TypeAlias = (
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
    SpeechmaticsTranscriptionLanguageLike: TypeAlias = (
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
    TranscriptionEngineAConfigModelLike: TypeAlias = (
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
    TranscriptionEngineAConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineAConfigTranscriptionEngine | Literal["A"]
    )
    TranscriptionEngineAssemblyaiConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineAssemblyaiConfigTranscriptionEngine | Literal["AssemblyAI"]
    )
    TranscriptionEngineAssemblyaiConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineAssemblyaiConfigTranscriptionModel
        | Literal["assemblyai/universal-streaming"]
    )
    TranscriptionEngineAzureConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineAzureConfigTranscriptionEngine | Literal["Azure"]
    )
    TranscriptionEngineBConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineBConfigTranscriptionEngine | Literal["B"]
    )
    TranscriptionEngineBConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineBConfigTranscriptionModel
        | Literal["openai/whisper-tiny", "openai/whisper-large-v3-turbo"]
    )
    TranscriptionEngineGoogleConfigModelLike: TypeAlias = (
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
    TranscriptionEngineGoogleConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineGoogleConfigTranscriptionEngine | Literal["Google"]
    )
    TranscriptionEngineParakeetConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineParakeetConfigTranscriptionEngine | Literal["Parakeet"]
    )
    TranscriptionEngineParakeetConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineParakeetConfigTranscriptionModel | Literal["nvidia/parakeet-v3"]
    )
    TranscriptionEngineSonioxConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineSonioxConfigTranscriptionEngine | Literal["Soniox"]
    )
    TranscriptionEngineSonioxConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineSonioxConfigTranscriptionModel | Literal["soniox/stt-rt-v4"]
    )
    TranscriptionEngineSpeechmaticsConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionEngine | Literal["Speechmatics"]
    )
    TranscriptionEngineSpeechmaticsConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel | Literal["speechmatics/standard"]
    )
    TranscriptionEngineTelnyxConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineTelnyxConfigTranscriptionEngine | Literal["Telnyx"]
    )
    TranscriptionEngineTelnyxConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineTelnyxConfigTranscriptionModel
        | Literal["openai/whisper-tiny", "openai/whisper-large-v3-turbo"]
    )
    TranscriptionEngineXaiConfigTranscriptionEngineLike: TypeAlias = (
        TranscriptionEngineXaiConfigTranscriptionEngine | Literal["xAI"]
    )
    TranscriptionEngineXaiConfigTranscriptionModelLike: TypeAlias = (
        TranscriptionEngineXaiConfigTranscriptionModel | Literal["xai/grok-stt"]
    )
    TranscriptionStartRequestTranscriptionEngineLike: TypeAlias = (
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
    XaiTranscriptionLanguageLike: TypeAlias = (
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
    AzureTranscriptionLanguageLike = AzureTranscriptionLanguage
    AzureTranscriptionRegionLike = AzureTranscriptionRegion
    DeepgramNova2ConfigTranscriptionEngineLike = DeepgramNova2ConfigTranscriptionEngine
    DeepgramNova2TranscriptionLanguageLike = DeepgramNova2TranscriptionLanguage
    DeepgramNova3ConfigTranscriptionEngineLike = DeepgramNova3ConfigTranscriptionEngine
    DeepgramNova3TranscriptionLanguageLike = DeepgramNova3TranscriptionLanguage
    SpeechmaticsTranscriptionLanguageLike = SpeechmaticsTranscriptionLanguage
    TranscriptionEngineAConfigModelLike = TranscriptionEngineAConfigModel
    TranscriptionEngineAConfigTranscriptionEngineLike = (
        TranscriptionEngineAConfigTranscriptionEngine
    )
    TranscriptionEngineAssemblyaiConfigTranscriptionEngineLike = (
        TranscriptionEngineAssemblyaiConfigTranscriptionEngine
    )
    TranscriptionEngineAssemblyaiConfigTranscriptionModelLike = (
        TranscriptionEngineAssemblyaiConfigTranscriptionModel
    )
    TranscriptionEngineAzureConfigTranscriptionEngineLike = (
        TranscriptionEngineAzureConfigTranscriptionEngine
    )
    TranscriptionEngineBConfigTranscriptionEngineLike = (
        TranscriptionEngineBConfigTranscriptionEngine
    )
    TranscriptionEngineBConfigTranscriptionModelLike = TranscriptionEngineBConfigTranscriptionModel
    TranscriptionEngineGoogleConfigModelLike = TranscriptionEngineGoogleConfigModel
    TranscriptionEngineGoogleConfigTranscriptionEngineLike = (
        TranscriptionEngineGoogleConfigTranscriptionEngine
    )
    TranscriptionEngineParakeetConfigTranscriptionEngineLike = (
        TranscriptionEngineParakeetConfigTranscriptionEngine
    )
    TranscriptionEngineParakeetConfigTranscriptionModelLike = (
        TranscriptionEngineParakeetConfigTranscriptionModel
    )
    TranscriptionEngineSonioxConfigTranscriptionEngineLike = (
        TranscriptionEngineSonioxConfigTranscriptionEngine
    )
    TranscriptionEngineSonioxConfigTranscriptionModelLike = (
        TranscriptionEngineSonioxConfigTranscriptionModel
    )
    TranscriptionEngineSpeechmaticsConfigTranscriptionEngineLike = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionEngine
    )
    TranscriptionEngineSpeechmaticsConfigTranscriptionModelLike = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel
    )
    TranscriptionEngineTelnyxConfigTranscriptionEngineLike = (
        TranscriptionEngineTelnyxConfigTranscriptionEngine
    )
    TranscriptionEngineTelnyxConfigTranscriptionModelLike = (
        TranscriptionEngineTelnyxConfigTranscriptionModel
    )
    TranscriptionEngineXaiConfigTranscriptionEngineLike = (
        TranscriptionEngineXaiConfigTranscriptionEngine
    )
    TranscriptionEngineXaiConfigTranscriptionModelLike = (
        TranscriptionEngineXaiConfigTranscriptionModel
    )
    TranscriptionStartRequestTranscriptionEngineLike = TranscriptionStartRequestTranscriptionEngine
    XaiTranscriptionLanguageLike = XaiTranscriptionLanguage


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
    language: DeepgramNova2TranscriptionLanguageLike | None = DeepgramNova2TranscriptionLanguage.EN
    smart_format: bool = True
    """
    Enable Deepgram's smart formatting (capitalization, punctuation, and digit normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript without punctuation.
    """
    transcription_engine: DeepgramNova2ConfigTranscriptionEngineLike
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
    language: DeepgramNova3TranscriptionLanguageLike | None = DeepgramNova3TranscriptionLanguage.EN
    smart_format: bool = True
    """
    Enable Deepgram's smart formatting (capitalization, punctuation, and digit normalization). Note: Telnyx defaults this to `true`, overriding Deepgram's underlying default of `false` — omit the field to get a smart-formatted transcript, or set it to `false` to receive the raw lowercase transcript without punctuation.
    """
    transcription_engine: DeepgramNova3ConfigTranscriptionEngineLike
    transcription_model: Literal["deepgram/nova-3"]
    utterance_end_ms: Annotated[int, Field(ge=0, le=5000)] = 1000
    """
    Number of milliseconds of silence to consider an utterance ended. Ranges from 0 to 5000 ms.
    """


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
    language: GoogleTranscriptionLanguageLike | None = GoogleTranscriptionLanguage.EN
    max_speaker_count: int = 6
    """
    Defines maximum number of speakers in the conversation.
    """
    min_speaker_count: int = 2
    """
    Defines minimum number of speakers in the conversation.
    """
    model: TranscriptionEngineAConfigModelLike | None = None
    profanity_filter: bool = False
    """
    Enables profanity_filter.
    """
    speech_context: list[TranscriptionEngineAConfigSpeechContextItem] | None = None
    """
    Speech context to improve transcription accuracy.
    """
    transcription_engine: TranscriptionEngineAConfigTranscriptionEngineLike | None = None
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
    transcription_engine: TranscriptionEngineAssemblyaiConfigTranscriptionEngineLike | None = None
    transcription_model: TranscriptionEngineAssemblyaiConfigTranscriptionModelLike | None = (
        TranscriptionEngineAssemblyaiConfigTranscriptionModel.ASSEMBLYAI_UNIVERSAL_STREAMING
    )


class TranscriptionEngineAzureConfig(BaseModel):
    api_key_ref: str | None = None
    """
    Reference to the API key for authentication. See [integration secrets documentation](https://developers.telnyx.com/api/secrets-manager/integration-secrets/create-integration-secret) for details. The parameter is optional as defaults are available for some regions.
    """
    language: AzureTranscriptionLanguageLike | None = AzureTranscriptionLanguage.EN
    region: AzureTranscriptionRegionLike
    transcription_engine: TranscriptionEngineAzureConfigTranscriptionEngineLike


class TranscriptionEngineBConfig(BaseModel):
    language: TelnyxTranscriptionLanguageLike | None = TelnyxTranscriptionLanguage.EN
    transcription_engine: TranscriptionEngineBConfigTranscriptionEngineLike | None = None
    transcription_model: TranscriptionEngineBConfigTranscriptionModelLike | None = (
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
    language: GoogleTranscriptionLanguageLike | None = GoogleTranscriptionLanguage.EN
    max_speaker_count: int = 6
    """
    Defines maximum number of speakers in the conversation.
    """
    min_speaker_count: int = 2
    """
    Defines minimum number of speakers in the conversation.
    """
    model: TranscriptionEngineGoogleConfigModelLike | None = None
    profanity_filter: bool = False
    """
    Enables profanity_filter.
    """
    speech_context: list[TranscriptionEngineGoogleConfigSpeechContextItem] | None = None
    """
    Speech context to improve transcription accuracy.
    """
    transcription_engine: TranscriptionEngineGoogleConfigTranscriptionEngineLike | None = None
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
    transcription_engine: TranscriptionEngineParakeetConfigTranscriptionEngineLike | None = None
    transcription_model: TranscriptionEngineParakeetConfigTranscriptionModelLike | None = (
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
    transcription_engine: TranscriptionEngineSonioxConfigTranscriptionEngineLike
    transcription_model: TranscriptionEngineSonioxConfigTranscriptionModelLike | None = (
        TranscriptionEngineSonioxConfigTranscriptionModel.SONIOX_STT_RT_V4
    )


class TranscriptionEngineSpeechmaticsConfig(BaseModel):
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: SpeechmaticsTranscriptionLanguageLike | None = SpeechmaticsTranscriptionLanguage.EN
    transcription_engine: TranscriptionEngineSpeechmaticsConfigTranscriptionEngineLike | None = None
    transcription_model: TranscriptionEngineSpeechmaticsConfigTranscriptionModelLike | None = (
        TranscriptionEngineSpeechmaticsConfigTranscriptionModel.SPEECHMATICS_STANDARD
    )


class TranscriptionEngineTelnyxConfig(BaseModel):
    language: TelnyxTranscriptionLanguageLike | None = TelnyxTranscriptionLanguage.EN
    transcription_engine: TranscriptionEngineTelnyxConfigTranscriptionEngineLike | None = None
    transcription_model: TranscriptionEngineTelnyxConfigTranscriptionModelLike | None = (
        TranscriptionEngineTelnyxConfigTranscriptionModel.OPENAI_WHISPER_TINY
    )


class TranscriptionEngineXaiConfig(BaseModel):
    interim_results: bool = False
    """
    Whether to send also interim results. If set to false, only final results will be sent.
    """
    language: XaiTranscriptionLanguageLike | None = XaiTranscriptionLanguage.EN
    transcription_engine: TranscriptionEngineXaiConfigTranscriptionEngineLike | None = None
    transcription_model: TranscriptionEngineXaiConfigTranscriptionModelLike | None = (
        TranscriptionEngineXaiConfigTranscriptionModel.XAI_GROK_STT
    )


class TranscriptionStartRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    command_id: str | None = None
    """
    Use this field to avoid duplicate commands. Telnyx will ignore any command with the same `command_id` for the same `call_control_id`.
    """
    transcription_engine: TranscriptionStartRequestTranscriptionEngineLike | None = (
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
