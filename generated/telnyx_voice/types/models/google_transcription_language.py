"""`GoogleTranscriptionLanguage` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


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


if TYPE_CHECKING:
    GoogleTranscriptionLanguageLike: TypeAlias = (
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
else:
    GoogleTranscriptionLanguageLike = GoogleTranscriptionLanguage
