"""`StartSiprecRequest` and the schemas only it uses. Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Literal, TypeAlias

from telnyx_voice._models import BaseModel, LenientEnum


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


if TYPE_CHECKING:
    StartSiprecRequestIncludeMetadataCustomHeadersLike: TypeAlias = (
        StartSiprecRequestIncludeMetadataCustomHeaders | Literal[True, False]
    )
    StartSiprecRequestSecureLike: TypeAlias = StartSiprecRequestSecure | Literal[True, False]
    StartSiprecRequestSipTransportLike: TypeAlias = (
        StartSiprecRequestSipTransport | Literal["udp", "tcp", "tls"]
    )
    StartSiprecRequestSiprecTrackLike: TypeAlias = (
        StartSiprecRequestSiprecTrack | Literal["inbound_track", "outbound_track", "both_tracks"]
    )
else:
    StartSiprecRequestIncludeMetadataCustomHeadersLike = (
        StartSiprecRequestIncludeMetadataCustomHeaders
    )
    StartSiprecRequestSecureLike = StartSiprecRequestSecure
    StartSiprecRequestSipTransportLike = StartSiprecRequestSipTransport
    StartSiprecRequestSiprecTrackLike = StartSiprecRequestSiprecTrack


class StartSiprecRequest(BaseModel):
    client_state: str | None = None
    """
    Use this field to add state to every subsequent webhook. It must be a valid Base-64 encoded string.
    """
    connector_name: str | None = None
    """
    Name of configured SIPREC connector to be used.
    """
    include_metadata_custom_headers: StartSiprecRequestIncludeMetadataCustomHeadersLike | None = (
        None
    )
    secure: StartSiprecRequestSecureLike | None = None
    session_timeout_secs: int = 1800
    """
    Sets `Session-Expires` header to the INVITE. A reinvite is sent every half the value set. Usefull for session keep alive. Minimum value is 90, set to 0 to disable.
    """
    sip_transport: StartSiprecRequestSipTransportLike | None = StartSiprecRequestSipTransport.UDP
    siprec_track: StartSiprecRequestSiprecTrackLike | None = (
        StartSiprecRequestSiprecTrack.BOTH_TRACKS
    )
