"""`MinimaxVoiceSettings` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel


class MinimaxVoiceSettingsLanguageBoost(Enum):
    """
    Enhances recognition for specific languages and dialects during MiniMax TTS synthesis. Default is null (no boost). Set to 'auto' for automatic language detection.
    """

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


if TYPE_CHECKING:
    MinimaxVoiceSettingsLanguageBoostLike: TypeAlias = (
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
else:
    MinimaxVoiceSettingsLanguageBoostLike = MinimaxVoiceSettingsLanguageBoost


class MinimaxVoiceSettings(BaseModel):
    language_boost: MinimaxVoiceSettingsLanguageBoostLike | None = None
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
