"""The one factory of tiny specs for the generator's tests (written here, nothing copied
from Telnyx's spec): `document(...)` builds one, the `tiny` fixture (tests/codegen/conftest.py)
writes and loads it."""

from __future__ import annotations

from typing import Any


def document(
    body: dict[str, Any],
    required: tuple[str, ...] = (),
    *,
    query: tuple[dict[str, Any], ...] = (),
    response: dict[str, Any] | None = None,
    payload: dict[str, Any] | None = None,
    action: str = "speak",
    extra_operation: bool = False,
    headers: tuple[dict[str, Any], ...] = (),
    request_body: dict[str, Any] | None = None,
    schemas: dict[str, Any] | None = None,
    content: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One voice command (POST /calls/{call_control_id}/actions/<action>, body `Speak` by
    $ref), optionally a second operation and a `call.tested` webhook event.

    `headers`: header parameters of the command; `request_body`: its request body object
    instead of the JSON `Speak` one; `schemas`: further component schemas; `content`
    replaces the 200 response's content (media type -> media object)."""
    ok = {"description": "ok"}
    path_param = {"name": "call_control_id", "in": "path", "required": True}
    paths: dict[str, Any] = {
        f"/calls/{{call_control_id}}/actions/{action}": {
            "post": {
                "operationId": "Speak",
                "tags": ["Call Commands"],
                "parameters": [
                    {**path_param, "schema": {"type": "string"}},
                    *query,
                    *({"in": "header", **h} for h in headers),
                ],
                "requestBody": request_body
                or {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Speak"}}
                    }
                },
                "responses": {
                    "200": {
                        **ok,
                        "content": content
                        or {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "data": {
                                            "type": "object",
                                            "properties": response
                                            or {"result": {"type": "string"}},
                                        }
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    }
    if extra_operation:
        paths["/calls/{call_control_id}/actions/hold"] = {
            "post": {
                "operationId": "Hold",
                "tags": ["Call Commands"],
                "parameters": [{**path_param, "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"note": {"type": "string"}}}
                        }
                    }
                },
                "responses": {"204": ok},
            }
        }
    webhooks: dict[str, Any] = {}
    if payload is not None:
        event = {
            "type": "object",
            "properties": {
                "event_type": {"type": "string", "enum": ["call.tested"]},
                "payload": {"type": "object", "properties": payload},
            },
        }
        webhooks["callTested"] = {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"data": event}}
                        }
                    }
                },
                "responses": {"200": ok},
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "paths": paths,
        "webhooks": webhooks,
        "components": {
            "schemas": {
                "Speak": {"type": "object", "properties": body, "required": list(required)},
                **(schemas or {}),
            }
        },
    }
