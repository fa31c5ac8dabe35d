"""`StartForkingRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


class StartForkingRequestStreamType(LenientEnum):
    """
    Optionally specify a media type to stream. If `decrypted` selected, Telnyx will decrypt incoming SIP media before forking to the target. `rx` and `tx` are required fields if `decrypted` selected.
    """

    DECRYPTED = "decrypted"


if TYPE_CHECKING:
    StartForkingRequestStreamTypeLike: TypeAlias = (
        StartForkingRequestStreamType | Literal["decrypted"]
    )
else:
    StartForkingRequestStreamTypeLike = StartForkingRequestStreamType


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
    stream_type: StartForkingRequestStreamTypeLike | None = StartForkingRequestStreamType.DECRYPTED
    tx: str | None = None
    """
    The network target, <udp:ip_address:port>, where the call's outgoing RTP media packets should be forwarded.
    """
