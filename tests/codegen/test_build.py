"""Stage: the selected spec -> the IR (codegen/build.py), on tiny specs."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import build, cli
from codegen.config import Config, load_selection
from codegen.errors import GeneratorError, SpecError
from codegen.ir import MODELS_MODULE, PARAMS_MODULE, TypeRef, import_lines
from codegen.paths import GENERATED_DIR, SPEC_DIR

from .conftest import SpecFactory

STR = {"type": "string"}
STATE = {"type": "string", "description": "It must be a valid Base-64 encoded string."}
PAGE = {
    "name": "page",
    "in": "query",
    "style": "deepObject",
    "schema": {
        "type": "object",
        "properties": {"number": {"type": "integer"}, "size": {"type": "integer"}},
    },
}


def test_an_operation_becomes_a_method_with_its_arguments(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny(
        {"payload": STR, "command_id": STR, "client_state": STATE, "from": STR},
        ("payload",),
        query=(PAGE,),
    )
    api = build.build(spec, config)
    (op,) = api.operations
    assert (op.resource, op.name, op.const_name) == (
        ("calls", "actions"),
        "speak",
        "CALLS_ACTIONS_SPEAK",
    )
    assert [f.name for f in op.positional_params] == ["call_control_id"]
    assert [f.name for f in op.body_fields] == ["payload", "client_state", "command_id", "from_"]
    assert op.body_fields[0].required and not op.body_fields[1].required
    assert op.takes_command_id and op.idempotent  # a command_id makes retries safe
    assert op.base64_fields == ("client_state",)
    page_args = {f.name: f.wire for f in op.query_params}
    assert page_args == {"page": "page", "page_number": "page[number]", "page_size": "page[size]"}
    derived = [f for f in op.query_params if f.name.startswith("page_")]
    assert all(f.source is None for f in derived)  # compared through `page` in the changelog


def test_the_ir_keeps_the_spec_schemas_and_pointers_it_was_built_from(
    tiny: SpecFactory, config: Config
) -> None:
    api = build.build(tiny({"payload": STR}, payload={"digits": STR}), config)
    (op,) = api.operations
    assert op.pointer == "#/paths/~1calls~1{call_control_id}~1actions~1speak/post"
    assert op.request_schema is not None
    assert op.request_schema.schema == {"$ref": "#/components/schemas/Speak"}
    assert op.request_schema.pointer == op.pointer + "/requestBody/content/application~1json/schema"
    assert op.response_schema is not None and op.response_schema.pointer.startswith(op.pointer)
    (path_param,) = op.path_params
    assert path_param.source is not None and path_param.source.pointer.endswith(
        "/parameters/0/schema"
    )
    (event,) = api.webhooks
    assert (event.event_type, event.model) == ("call.tested", "CallTestedEvent")
    assert event.payload is not None and event.payload.pointer.startswith("#/webhooks/callTested")


def test_a_body_field_and_a_path_parameter_with_one_name_stay_distinct(
    tiny: SpecFactory, config: Config
) -> None:
    (op,) = build.build(tiny({"call_control_id": STR}), config).operations
    assert [f.name for f in op.fields] == ["call_control_id_path", "call_control_id"]


def test_request_side_objects_get_param_typeddicts(tiny: SpecFactory, config: Config) -> None:
    nested = {
        "type": "object",
        "properties": {"kind": {"enum": ["a", "b"]}, "n": {"type": "integer"}},
    }
    api = build.build(tiny({"settings": nested, "tags": {"type": "array", "items": STR}}), config)
    (op,) = api.operations
    types = {f.name: f.py_type for f in op.body_fields}
    assert types["settings"] == "SpeakSettings | SpeakSettingsParam"
    assert types["tags"] == "SequenceNotStr[str]"
    (param,) = api.params
    assert param.name == "SpeakSettingsParam"
    assert [(k.wire, k.annotation) for k in param.keys] == [
        ("kind", 'Literal["a", "b"]'),
        ("n", "int"),
    ]
    assert "SpeakSettings" in api.request_models


def test_imports_come_from_what_the_annotations_mention(tiny: SpecFactory, config: Config) -> None:
    nested = {"type": "object", "properties": {"kind": {"enum": ["a", "b"]}}}
    api = build.build(tiny({"settings": nested, "tags": {"type": "array", "items": STR}}), config)
    (op,) = api.operations
    by_name = {f.name: f.spelling for f in op.body_fields}
    assert by_name["tags"].refs == {TypeRef("telnyx_voice._types", "SequenceNotStr")}
    assert by_name["settings"].refs == {
        TypeRef(MODELS_MODULE, "SpeakSettings"),
        TypeRef(PARAMS_MODULE, "SpeakSettingsParam"),
    }
    (param,) = api.params
    assert param.keys[0].spelling.refs == {TypeRef("typing", "Literal")}

    (res,) = api.resources[0].children  # calls.actions
    runtime = {line.module: line.names for line in res.imports}
    later = {line.module: line.names for line in res.type_checking_imports}
    assert "SequenceNotStr" in runtime["telnyx_voice._types"]
    assert runtime["typing"] == ("TYPE_CHECKING",)  # no Literal: the enum is in the TypedDict
    assert "collections.abc" in runtime and "Sequence" not in runtime["collections.abc"]
    assert later[MODELS_MODULE] == ("SpeakResponse", "SpeakSettings")
    assert later[PARAMS_MODULE] == ("SpeakSettingsParam",)
    # the TypedDicts' own module imports what their keys mention, not themselves
    assert {line.module: line.names for line in api.params_imports} == {
        "typing": ("Literal",),
        "typing_extensions": ("TypedDict",),
    }


def test_import_lines_group_by_module_and_skip_the_module_itself() -> None:
    refs = {
        TypeRef("typing", "Literal"),
        TypeRef("typing", "Any"),
        TypeRef(PARAMS_MODULE, "AParam"),
        TypeRef(MODELS_MODULE, "A"),
    }
    lines = import_lines(refs, within=PARAMS_MODULE)
    assert [(line.module, line.names) for line in lines] == [
        (MODELS_MODULE, ("A",)),
        ("typing", ("Any", "Literal")),
    ]
    assert [line.one_per_line for line in lines] == [True, False]


def test_an_event_type_at_the_top_level_is_found_where_the_runtime_looks(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"payload": STR}, payload={"digits": STR})
    hook = spec.document["webhooks"]["callTested"]["post"]["requestBody"]["content"]
    envelope = hook["application/json"]["schema"]
    envelope["properties"] = envelope["properties"]["data"]["properties"]  # no `data`
    api = build.build(spec, config)
    assert [w.event_type for w in api.webhooks] == ["call.tested"]


def test_a_path_parameter_the_path_does_not_declare_is_a_located_error(
    tiny: SpecFactory, config: Config
) -> None:
    spec = tiny({"payload": STR})
    operation = next(iter(spec.document["paths"].values()))["post"]
    operation["parameters"][0]["name"] = "call_id"
    with pytest.raises(SpecError, match="/parameters"):
        build.build(spec, config)


def test_selections_pick_the_surface(tmp_path: Path) -> None:
    voice = load_selection(SPEC_DIR / "selections" / "voice.yaml")
    whole = load_selection(SPEC_DIR / "selections" / "whole-api.yaml")
    assert voice.takes(["Call Commands"]) and not voice.takes(["Messaging"])
    assert not voice.takes(None) and not voice.takes([])
    assert whole.takes(["Messaging"]) and whole.takes(None)  # every tag, and untagged
    bad = tmp_path / "bad.yaml"
    bad.write_text("operations: {tags: 5}\nwebhooks: {key_pattern: x}\n", encoding="utf-8")
    with pytest.raises(GeneratorError, match="operations.tags"):
        load_selection(bad)


def test_the_committed_package_is_always_the_voice_selection() -> None:
    with pytest.raises(GeneratorError, match="--out"):
        cli.generate(None, GENERATED_DIR, selection=SPEC_DIR / "selections" / "whole-api.yaml")
