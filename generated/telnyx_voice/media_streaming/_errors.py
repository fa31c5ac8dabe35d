# Hand-written: copied from overlay/telnyx_voice/media_streaming/_errors.py by codegen; edit it there.
"""Exceptions of :mod:`telnyx_voice.media_streaming`."""

from __future__ import annotations

from telnyx_voice._exceptions import TelnyxError

__all__ = ["MediaStreamAuthError", "MediaStreamClosedError", "MediaStreamError"]


class MediaStreamError(TelnyxError, ValueError):
    """A frame is not a valid media streaming frame (not JSON, not an object, no ``event``,
    a known event with a missing or mistyped field, a payload that is not base64).

    The message names what was wrong (``media frame: media.payload: Field required``);
    ``event`` is the frame's ``event`` when it had one.  Subclasses cover the stream itself.
    """

    def __init__(self, message: str, *, event: str | None = None) -> None:
        super().__init__(message)
        self.event = event


class MediaStreamAuthError(MediaStreamError):
    """The stream's auth token (``x-telnyx-streaming-auth-token``, header or ``connected``
    frame) is missing or differs from ``expected_auth_token``; the socket was closed with
    code 1008 (policy violation)."""


class MediaStreamClosedError(MediaStreamError):
    """Sending on a stream whose socket has closed (the call ended, or Telnyx hung up)."""
