# Hand-written: copied from overlay/telnyx_voice/_http_clients.py by codegen; edit it there.
"""HTTP clients with this SDK's defaults, to pass as ``http_client=`` (official names).

``DefaultHttpxClient`` / ``DefaultAsyncHttpxClient`` are ``httpx.Client`` /
``httpx.AsyncClient`` with :data:`~telnyx_voice.DEFAULT_TIMEOUT`,
:data:`~telnyx_voice.DEFAULT_CONNECTION_LIMITS` and ``follow_redirects=True`` unless you
pass others (``DefaultHttpxClient(proxy="http://...")`` keeps the rest).

``DefaultAioHttpClient`` is an ``httpx.AsyncClient`` sending over aiohttp (the
``httpx-aiohttp`` package): install the extra with ``pip install 'telnyx-voice[aiohttp]'``.
Without it the name still imports, and creating one raises ``ImportError`` naming the extra.
aiohttp is only imported when the name is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient", "DefaultAsyncHttpxClient", "DefaultHttpxClient"]

AIOHTTP_EXTRA_MISSING = (
    "DefaultAioHttpClient needs the optional 'aiohttp' extra: "
    "pip install 'telnyx-voice[aiohttp]' (it installs httpx-aiohttp)"
)


def _with_defaults(kwargs: dict[str, Any]) -> dict[str, Any]:
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
    kwargs.setdefault("follow_redirects", True)
    return kwargs


class DefaultHttpxClient(httpx.Client):
    """``httpx.Client`` with this SDK's timeout, pool limits and redirects (any
    ``httpx.Client`` argument overrides them)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` with this SDK's timeout, pool limits and redirects."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**_with_defaults(kwargs))


def _aiohttp_client_class() -> type[httpx.AsyncClient]:
    try:
        import httpx_aiohttp
    except ImportError:

        class _MissingAioHttpClient(httpx.AsyncClient):
            """Stands in for ``DefaultAioHttpClient`` without the ``aiohttp`` extra."""

            def __init__(self, **_kwargs: Any) -> None:
                raise ImportError(AIOHTTP_EXTRA_MISSING)

        _MissingAioHttpClient.__name__ = _MissingAioHttpClient.__qualname__ = "DefaultAioHttpClient"
        return _MissingAioHttpClient

    class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):
        """``httpx.AsyncClient`` over aiohttp with this SDK's timeout, limits, redirects."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**_with_defaults(kwargs))

    return DefaultAioHttpClient


if TYPE_CHECKING:
    DefaultAioHttpClient = httpx.AsyncClient
else:

    def __getattr__(name: str) -> Any:
        if name == "DefaultAioHttpClient":
            cls = _aiohttp_client_class()
            globals()[name] = cls
            return cls
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
