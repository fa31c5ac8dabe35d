"""`ConversationRelayInterruptible` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import LenientEnum


class ConversationRelayInterruptible(LenientEnum):
    """
    Controls when caller input can interrupt assistant speech. `any` allows speech or DTMF interruptions; `none` disables interruptions; `speech` allows speech only; `dtmf` allows DTMF only.
    """

    NONE = "none"
    ANY = "any"
    SPEECH = "speech"
    DTMF = "dtmf"


if TYPE_CHECKING:
    ConversationRelayInterruptibleLike: TypeAlias = (
        ConversationRelayInterruptible | Literal["none", "any", "speech", "dtmf"]
    )
else:
    ConversationRelayInterruptibleLike = ConversationRelayInterruptible
