"""Every voice webhook of the spec, built from the spec's own schema, signed with a real
Ed25519 key, goes through `client.webhooks.unwrap` to its own generated class."""

from __future__ import annotations

import json
from typing import Any

import pytest
from telnyx_voice import Telnyx, testing
from telnyx_voice.types.webhook_events import EVENT_TYPES
from telnyx_voice.webhooks import UnknownEvent
from telnyx_voice.webhooks._event_type import event_type_in_body

from codegen import load, select
from codegen.config import Config, load_config

from .conftest import SpecSchemas


def _webhooks() -> list[select.SelectedWebhook]:
    cfg = load_config()
    return select.select_webhooks(load.load(cfg.pin).document, cfg.selection)


def _full(schemas: SpecSchemas, schema: Any, depth: int = 0) -> Any:
    """A value with every property the schema declares (examples where they validate)."""
    target = schemas.refs.deref(schema, "#")
    if isinstance(target, dict) and "properties" in target and depth < 6:
        return {k: _full(schemas, v, depth + 1) for k, v in target["properties"].items()}
    return schemas.sample(schema, depth)


def test_the_pin_has_55_voice_webhooks(config: Config) -> None:
    assert len(_webhooks()) == 55


@pytest.mark.parametrize("webhook", _webhooks(), ids=lambda w: w.key)
def test_each_event_unwraps_to_its_own_class(
    webhook: select.SelectedWebhook, schemas: SpecSchemas
) -> None:
    schema = webhook.operation["requestBody"]["content"]["application/json"]["schema"]
    body = _full(schemas, schema)
    assert schemas.errors(body, schema) == []
    private, public = testing.generate_keypair()
    raw = json.dumps(body).encode()
    headers = testing.sign(raw, private_key=private)
    client = Telnyx(api_key="k", public_key=public)
    event = client.webhooks.unwrap(raw, headers)
    expected = EVENT_TYPES[str(event_type_in_body(body))]
    assert type(event) is expected
    assert not isinstance(event, UnknownEvent)


def test_unknown_amd_result_is_kept_in_the_right_class() -> None:
    private, public = testing.generate_keypair()
    body = testing.build_event(
        "call.machine.detection.ended",
        payload={"call_control_id": "v3:x", "result": "robot"},
    )
    raw = json.dumps(body).encode()
    event = Telnyx(api_key="k", public_key=public).webhooks.unwrap(
        raw, testing.sign(raw, private_key=private)
    )
    assert type(event).__name__ == "CallMachineDetectionEndedEvent"
    assert event.data.payload.result == "robot"  # type: ignore[union-attr]


def test_unknown_event_type_is_kept_raw() -> None:
    body = {"data": {"event_type": "call.teleported", "payload": {"x": 1}}}
    event = Telnyx(api_key="k").webhooks.parse(json.dumps(body))
    assert isinstance(event, UnknownEvent)
    assert event.event_type == "call.teleported" and event.raw == body
