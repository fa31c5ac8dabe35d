"""A minimal Starlette webhook receiver, as a user would write one (test fixture)."""

from __future__ import annotations

from collections.abc import Mapping

import pydantic
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telnyx_voice.webhooks import (
    WebhookParseError,
    WebhookRouter,
    WebhookVerificationError,
    unwrap,
)


def create_app(
    router: WebhookRouter,
    *,
    public_key: str | list[str],
    registry: Mapping[str, type[pydantic.BaseModel]] | None = None,
) -> Starlette:
    """POST /webhooks: verify with ``public_key``, parse, dispatch to ``router``."""

    async def receive(request: Request) -> Response:
        body = await request.body()  # the raw bytes, exactly as sent
        try:
            event = unwrap(body, request.headers, key=public_key, registry=registry)
        except WebhookVerificationError as exc:
            return PlainTextResponse(f"invalid webhook: {type(exc).__name__}", status_code=400)
        except WebhookParseError as exc:
            return PlainTextResponse(str(exc), status_code=422)
        result = await router.dispatch_async(event)
        return JSONResponse({"handled": result})

    return Starlette(routes=[Route("/webhooks", receive, methods=["POST"])])
