"""Naming and selection constructs of the whole API (issue 14 part B), on tiny specs:
collisions are located errors naming both sides unless spec/naming.yaml resolves them,
invalid identifiers are mended, webhooks with several or no event_type values, derived
operationIds, a selection without webhooks."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from codegen import build, naming, render
from codegen.config import Config
from codegen.errors import SpecError

from .conftest import SpecFactory

STR = {"type": "string"}
OK = {"204": {"description": "ok"}}


class _AnyModule(dict[str, str]):
    """Every model lives in one module (the split of types/models is not under test here)."""

    def __missing__(self, name: str) -> str:
        return "telnyx_voice.types.models.all"


def _templates(api: Any) -> dict[str, str]:
    """The webhook registry, the typed router and each resource module, as rendered (before
    ruff; media streaming's models are not needed for these)."""
    env = render._environment()
    context = {
        "api": api,
        "media": None,
        "package_version": "0",
        "exports": [],
        "model_classes": [],
        "model_modules": _AnyModule(),
    }
    files = {
        name: env.get_template(f"{name}.py.j2").render(context)
        for name in ("webhook_events", "webhook_router")
    }
    pending = list(api.resources)
    while pending:
        res = pending.pop()
        files[f"resources/{res.module}"] = env.get_template("resource.py.j2").render(
            res=res, **context
        )
        pending.extend(res.children)
    return files


def _with_naming(config: Config, **changes: Any) -> Config:
    return dataclasses.replace(config, naming=dataclasses.replace(config.naming, **changes))


def _add(spec: Any, path: str, method: str, operation: dict[str, Any]) -> None:
    spec.document["paths"].setdefault(path, {})[method] = {
        "tags": ["Call Commands"],
        "responses": OK,
        **operation,
    }


def test_two_components_with_one_class_name_are_a_located_error_naming_both(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"voice": {"$ref": "#/components/schemas/voice_name"}})
    spec.document["components"]["schemas"]["voice_name"] = STR
    spec.document["components"]["schemas"]["VoiceName"] = {"type": "object", "properties": {}}
    speak = spec.document["components"]["schemas"]["Speak"]
    speak["properties"]["other"] = {"$ref": "#/components/schemas/VoiceName"}
    with pytest.raises(SpecError) as caught:
        build.build(spec, config)
    message = str(caught.value)
    assert "#/components/schemas/VoiceName" in message
    assert "#/components/schemas/voice_name" in message
    assert "operationId Speak (Call Commands)" in message
    renamed = _with_naming(config, schemas={"#/components/schemas/voice_name": "VoiceNameString"})
    api = build.build(spec, renamed)
    assert {"VoiceNameString", "VoiceName"} <= {m.name for m in api.models}


def test_an_inline_schema_whose_derived_names_are_taken_is_resolved_by_naming_yaml(
    tiny: SpecFactory, config: Config
) -> None:
    # Speak.settings (inline) derives SpeakSettings, taken by a component, and
    # SpeakSettingsInline, taken by another component
    settings = {"type": "object", "properties": {"a": STR}}
    spec = tiny({"settings": settings})
    schemas = spec.document["components"]["schemas"]
    schemas["SpeakSettings"] = {"type": "object", "properties": {"b": STR}}
    schemas["SpeakSettingsInline"] = {"type": "object", "properties": {"c": STR}}
    pointer = "#/components/schemas/Speak/properties/settings"
    with pytest.raises(SpecError, match="SpeakSettings") as caught:
        build.build(spec, config)
    message = str(caught.value)
    assert message.startswith(f"spec error at {pointer}:")
    assert "component #/components/schemas/SpeakSettingsInline" in message
    assert "pulled in by operationId Speak" in message
    api = build.build(spec, _with_naming(config, schemas={pointer: "SpeakVoiceSettings"}))
    assert "SpeakVoiceSettings" in {m.name for m in api.models}


def test_a_method_named_like_a_sub_resource_is_a_located_error(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"payload": STR})
    _add(spec, "/loa/preview", "post", {"operationId": "Preview"})  # a lone leaf: loa.preview
    _add(
        spec,
        "/loa/{id}/preview",
        "get",
        {
            "operationId": "GetPreview",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
        },
    )
    api = build.build(spec, config)  # the leaf rule sees both paths: both under loa.preview
    names = {o.operation_id: (o.resource, o.name) for o in api.operations}
    assert names["Preview"] == (("loa", "preview"), "create")
    clash = _with_naming(config, overrides={**config.naming.overrides, "Preview": "loa.preview"})
    with pytest.raises(SpecError, match=r"client\.loa\.preview is both operationId Preview"):
        build.build(spec, clash)


def test_method_and_module_collisions_are_one_located_error_naming_both_sides(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"payload": STR})
    _add(spec, "/oauth/grants", "get", {"operationId": "ListNestedGrants"})
    _add(spec, "/oauth_grants", "get", {"operationId": "ListGrants"})
    _add(spec, "/phone_numbers/voice", "get", {"operationId": "ListVoice"})
    _add(
        spec,
        "/phone_numbers/{id}/voice",
        "get",
        {
            "operationId": "GetVoice",
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
        },
    )
    with pytest.raises(SpecError) as caught:
        build.build(spec, _with_naming(config, modules={}))  # not the real naming.yaml's
    message = str(caught.value)
    assert (
        "client.phone_numbers.voice.list is both operationId ListVoice (GET /phone_numbers/voice)"
        " and operationId GetVoice (GET /phone_numbers/{id}/voice)" in message
    )
    assert "client.oauth.grants and client.oauth_grants both map to module oauth_grants.py" in (
        message.replace("resources ", "")
    )
    fixed = _with_naming(
        config,
        overrides={**config.naming.overrides, "GetVoice": "phone_numbers.voice.retrieve"},
        modules={"oauth.grants": "oauth_nested_grants"},
    )
    api = build.build(spec, fixed)
    modules = {r.module for top in api.resources for r in [top, *top.children]}
    assert {"oauth_grants", "oauth_nested_grants"} <= modules
    names = {(o.resource, o.name) for o in api.operations}
    assert {(("phone_numbers", "voice"), "list"), (("phone_numbers", "voice"), "retrieve")} <= names


def test_invalid_identifiers_and_our_own_keywords_are_mended(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"timeout": {"type": "integer"}, "max_retries": {"type": "integer"}, "from": STR})
    _add(spec, "/10dlc/import", "post", {"operationId": "Import10dlc"})
    api = build.build(spec, _with_naming(config, segments={}))
    speak = next(o for o in api.operations if o.operation_id == "Speak")
    assert {(f.name, f.wire) for f in speak.body_fields} == {
        ("timeout_", "timeout"),
        ("max_retries_", "max_retries"),
        ("from_", "from"),
    }
    other = next(o for o in api.operations if o.operation_id == "Import10dlc")
    # a lone leaf: `import` is an action of `10dlc`, both mended
    assert (other.resource, other.name) == (("n10dlc",), "import_")
    # spec/naming.yaml `segments` gives such a segment the official SDK's name
    other = next(o for o in build.build(spec, config).operations if o.operation_id == "Import10dlc")
    assert (other.resource, other.name) == (("messaging_10dlc",), "import_")
    assert naming.identifier("class") == "class_" and naming.identifier("2fa") == "n2fa"


def test_an_operation_without_operation_id_gets_a_derived_one_and_a_note(
    tiny: SpecFactory, config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tiny({"payload": STR})
    _add(spec, "/calls/{call_control_id}/recordings", "get", {})
    spec.document["paths"]["/calls/{call_control_id}/recordings"]["get"]["parameters"] = [
        {"name": "call_control_id", "in": "path", "required": True, "schema": STR}
    ]
    api = build.build(spec, config)
    ids = {o.operation_id for o in api.operations}
    assert "getCallsCallControlIdRecordings" in ids
    assert (
        "has no operationId; derived 'getCallsCallControlIdRecordings'" in capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        (
            {"type": "string", "enum": ["call.tested", "call.retested"]},
            ("call.tested", "call.retested"),
        ),
        (None, ()),
    ],
)
def test_webhooks_with_several_or_no_event_type_values(
    tiny: SpecFactory,
    config: Config,
    event_type: dict[str, Any] | None,
    expected: tuple[str, ...],
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = tiny({"payload": STR}, payload={"digits": STR})
    content = spec.document["webhooks"]["callTested"]["post"]["requestBody"]["content"]
    data = content["application/json"]["schema"]["properties"]["data"]
    if event_type is None:
        del data["properties"]["event_type"]
    else:
        data["properties"]["event_type"] = event_type
    api = build.build(spec, config)
    (hook,) = api.webhooks
    assert hook.event_types == expected
    registry = _templates(api)["webhook_events"]
    for value in expected:
        assert f'"{value}": "{hook.model}",' in registry
    if not expected:
        assert "is not in EVENT_TYPES" in capsys.readouterr().err
        assert hook.model in registry and f': "{hook.model}",' not in registry


def test_a_selection_without_webhooks_and_a_resource_without_imports_render(
    tiny: SpecFactory, config: Config, tmp_path: Path
) -> None:
    spec = tiny({"payload": STR})
    _add(spec, "/ping", "delete", {"operationId": "Ping"})
    api = build.build(spec, config)
    assert not api.webhooks
    files = _templates(api)
    for rel, text in files.items():
        compile(text, rel, "exec")  # a SyntaxError for an empty block or import list
    assert "WebhookEvent: TypeAlias = Never" in files["webhook_events"]
    ping = files["resources/ping"]
    assert "TYPE_CHECKING" not in ping
