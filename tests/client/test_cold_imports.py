"""A call or a webhook parse in a fresh process imports only the model modules it needs.

The generated models are split per schema (codegen/models.py `split_models`); these tests
run the real package in a subprocess, against a loopback server, and compare
`sys.modules` with the import closure of the models the operation (or event) names,
computed from the generated files themselves.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import telnyx_voice
from telnyx_voice import _operations
from telnyx_voice.types.webhook_events import _EVENT_MODELS, _MODULES

from ..conftest import RecordingServer

PREFIX = "telnyx_voice.types.models."
MODELS_DIR = Path(telnyx_voice.__file__).parent / "types" / "models"


def _closure(*modules: str) -> set[str]:
    """`modules` and every model module they import, transitively (read from the files)."""
    seen: set[str] = set()
    pending = list(modules)
    while pending:
        module = pending.pop()
        if module in seen:
            continue
        seen.add(module)
        source = (MODELS_DIR / f"{module.removeprefix(PREFIX)}.py").read_text(encoding="utf-8")
        pending += [
            n.module
            for n in ast.parse(source).body
            if isinstance(n, ast.ImportFrom) and n.module and n.module.startswith(PREFIX)
        ]
    return seen


def _loaded_models(code: str, *args: str) -> set[str]:
    """The model modules in `sys.modules` after `code` ran in a fresh interpreter."""
    script = code + (
        "\nimport json, sys\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({PREFIX!r}))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_a_call_imports_only_its_models(recording_server: RecordingServer) -> None:
    op = _operations.CALLS_ACTIONS_SEND_DTMF
    assert op.request_model and op.response_model
    needed = _closure(op.request_model.partition(":")[0], op.response_model.partition(":")[0])
    loaded = _loaded_models(
        "import sys\n"
        "from telnyx_voice import Telnyx\n"
        "client = Telnyx(api_key='KEY', base_url=sys.argv[1], max_retries=0)\n"
        "result = client.calls.actions.send_dtmf('v3:abc', digits='1234')\n"
        "assert type(result).__name__ == 'CallControlCommandResponse', type(result)\n"
        "assert 'telnyx_voice.types.webhook_events' not in sys.modules\n",
        recording_server.url,
    )
    assert len(recording_server.requests) == 1
    assert loaded == needed
    # the models of other resources stay unimported
    other = _operations.CONFERENCES_CREATE.request_model
    assert other is not None and other.partition(":")[0] not in loaded
    assert len(loaded) < 10, loaded


def test_a_webhook_parse_imports_only_its_event_module() -> None:
    needed = _closure(_MODULES[_EVENT_MODELS["call.answered"]])
    body = {
        "data": {
            "event_type": "call.answered",
            "id": "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
            "occurred_at": "2026-12-01T12:00:00.000Z",
            "payload": {"call_control_id": "v3:abc", "connection_id": "7267"},
            "record_type": "event",
        }
    }
    loaded = _loaded_models(
        "import sys\n"
        "from telnyx_voice.webhooks import parse\n"
        "event = parse(sys.argv[1].encode())\n"
        "assert type(event).__name__ == 'CallAnsweredEvent', type(event)\n"
        "assert event.data.payload.call_control_id == 'v3:abc'\n",
        json.dumps(body),
    )
    assert loaded == needed
    assert f"{PREFIX}call_hangup_event" not in loaded


def test_an_unknown_event_imports_no_model() -> None:
    body = {"data": {"event_type": "call.teleported", "payload": {}, "record_type": "event"}}
    loaded = _loaded_models(
        "import sys\n"
        "from telnyx_voice.webhooks import UnknownEvent, parse\n"
        "assert isinstance(parse(sys.argv[1].encode()), UnknownEvent)\n",
        json.dumps(body),
    )
    assert loaded == set()


def test_every_model_keeps_its_public_names() -> None:
    import telnyx_voice.types as types
    import telnyx_voice.types.models as models
    from telnyx_voice.types import webhook_events

    assert len(models.__all__) > 600
    for name in models.__all__:  # each class once, under its name, in one split module
        cls = getattr(models, name)
        assert cls.__name__ == name and cls.__module__.startswith(PREFIX)
        assert getattr(types, name) is cls
    assert webhook_events.CallAnsweredEvent is models.CallAnsweredEvent
    assert webhook_events.EVENT_TYPES["call.answered"] is models.CallAnsweredEvent
    assert models.CallAnsweredEvent in webhook_events.WebhookEvent.__args__
    assert len(webhook_events.WebhookEvent.__args__) == len(webhook_events.EVENT_TYPES)
