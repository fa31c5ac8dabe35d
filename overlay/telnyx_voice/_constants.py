"""Defaults shared by the clients (the official ``telnyx`` SDK's names and values)."""

from __future__ import annotations

import httpx

__all__ = ["DEFAULT_CONNECTION_LIMITS", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT"]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""60 s for the whole request, 5 s to connect."""

DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt (see ``telnyx_voice._retry`` for what is retried)."""

DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)
"""The connection pool of :class:`~telnyx_voice.DefaultHttpxClient` (httpx's own defaults)."""
