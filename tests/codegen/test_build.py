"""Stage: the selected spec -> the IR (codegen/build.py), on tiny specs."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from codegen import build, cli, media_streaming, render, select
from codegen.config import Config, load_selection
from codegen.errors import GeneratorError, SpecError
from codegen.ir import OperationIR, Resource
from codegen.paths import GENERATED_DIR, SPEC_DIR
from codegen.schemas import SchemaRegistry

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


# -- non-JSON success bodies ----------------------------------------------------------------

BINARY = {"type": "string", "format": "binary"}


@pytest.mark.parametrize(
    ("content", "kind", "accept"),
    [
        ({"application/pdf": {"schema": BINARY}}, "binary", "application/pdf"),
        ({"audio/wav": {"schema": BINARY}}, "binary", "audio/wav"),
        ({"*": {"schema": BINARY}}, "binary", "*/*"),
        # text/* is text even when the schema says `format: binary` (as the official SDK)
        ({"text/csv": {"schema": BINARY}}, "text", "text/csv"),
        ({"text/plain": {"schema": STR}}, "text", "text/plain"),
    ],
)
def test_a_non_json_success_body_is_decided_in_the_ir(
    tiny: SpecFactory, config: Config, content: dict[str, object], kind: str, accept: str
) -> None:
    api = build.build(tiny({"payload": STR}, content=content), config)
    (op,) = api.operations
    assert (op.response_kind, op.accept, op.response_model) == (kind, accept, None)
    assert op.headers_argument == f'{{"Accept": "{accept}", **(extra_headers or {{}})}}'
    assert api.result_models == []  # nothing to import from the models for it
    (resource,) = api.resources[0].children
    if kind == "binary":
        assert (op.result, op.client_call) == ("bytes", "request_binary")
        assert (op.returns(False), op.returns(True)) == (
            "BinaryAPIResponse",
            "AsyncBinaryAPIResponse",
        )
        assert op.wrapper(True, False) == (
            "to_custom_streamed_response_wrapper(resource.speak, StreamedBinaryAPIResponse)"
        )
        assert op.wrapper(False, True) == (
            "async_to_custom_raw_response_wrapper(resource.speak, AsyncBinaryAPIResponse)"
        )
        assert "to_raw_response_wrapper" not in resource.response_imports  # no dead import
        assert "BinaryAPIResponse" in op.docstring and "write_to_file" in op.docstring
    else:
        assert (op.result, op.returns(True), op.client_call) == ("str", "str", "request")
        assert resource.response_imports == [
            "async_to_raw_response_wrapper",
            "async_to_streamed_response_wrapper",
            "to_raw_response_wrapper",
            "to_streamed_response_wrapper",
        ]


def test_binary_and_text_operations_render_their_client_call_and_kind(
    tiny: SpecFactory, config: Config
) -> None:
    api = build.build(tiny({"payload": STR}, content={"image/png": {"schema": BINARY}}), config)
    assert config.media_streaming is not None
    media = media_streaming.build(*media_streaming.load(config.media_streaming, SPEC_DIR))
    files = render.render(api, media)
    (module,) = [text for path, text in files.items() if path.endswith("calls_actions.py")]
    assert "self._client.request_binary(" in module
    assert '{"Accept": "image/png", **(extra_headers or {})}' in module
    assert "def speak(" in module and ") -> AsyncBinaryAPIResponse:" in module
    (operations,) = [text for path, text in files.items() if path.endswith("/_operations.py")]
    assert "CALLS_ACTIONS_SPEAK: Operation[bytes] = Operation(" in operations
    assert 'result_kind="binary"' in operations


def test_json_beside_other_media_types_stays_json(tiny: SpecFactory, config: Config) -> None:
    json_content = tiny({"payload": STR}).document["paths"]
    content = next(iter(json_content.values()))["post"]["responses"]["200"]["content"]
    both = {**content, "text/csv": {"schema": STR}}
    (op,) = build.build(tiny({"payload": STR}, content=both), config).operations
    assert (op.response_kind, op.accept) == ("json", None)
    assert op.response_model is not None and op.result == op.response_model


def test_several_non_json_media_types_are_a_located_error(
    tiny: SpecFactory, config: Config
) -> None:
    content = {"application/pdf": {"schema": BINARY}, "image/png": {"schema": BINARY}}
    with pytest.raises(SpecError, match=r"responses/200/content.*application/pdf"):
        build.build(tiny({"payload": STR}, content=content), config)


# -- rules for the whole API ---------------------------------------------------------------


def _registry(components: dict[str, object]) -> SchemaRegistry:
    document = {"components": {"schemas": components}}
    return SchemaRegistry(document, select.RefResolver(document))


def test_a_list_of_a_union_of_models_yields_the_union_of_their_classes() -> None:
    ref = "#/components/schemas/"
    namer = _registry(
        {
            "Cdr": {"type": "object", "properties": {"a": STR}},
            "Mdr": {"type": "object", "properties": {"b": STR}},
            "Record": {"oneOf": [{"$ref": ref + "Cdr"}, {"$ref": ref + "Mdr"}]},
            "Nested": {"anyOf": [{"$ref": ref + "Record"}, {"$ref": ref + "Cdr"}]},
        }
    )
    for name in ("Record", "Nested", "Cdr"):
        namer.component(name, "#")
    # datamodel-code-generator writes such a union into the fields using it: no class `Record`
    assert build._result_type(namer, "Record") == "Cdr | Mdr"
    assert build._result_type(namer, "Nested") == "Cdr | Mdr"
    assert build._result_type(namer, "Cdr") == "Cdr"


_OP = OperationIR(
    operation_id="x",
    method="GET",
    path="/x",
    resource=("x",),
    name="x",
    const_name="X",
    path_params=(),
    query_params=(),
    body_fields=(),
    request_model=None,
    response_model=None,
    takes_command_id=False,
    idempotent=True,
    base64_fields=(),
    open_objects=(),
    pagination=None,
    page_item=None,
    docstring="",
)


def test_a_model_named_like_a_class_of_its_resource_module_is_imported_under_an_alias() -> None:
    op = dataclasses.replace(
        _OP, resource=("media",), name="retrieve", response_model="MediaResource"
    )
    res = Resource(path=("media",), class_name="MediaResource", module="media", operations=[op])
    build._annotate_imports(res, {"MediaResource"}, set())
    assert res.model_aliases == {"MediaResource": "_MediaResource"}
    assert res.local(op.returns(False)) == "_MediaResource"
    other = Resource(path=("calls",), class_name="CallsResource", module="calls", operations=[op])
    build._annotate_imports(other, {"MediaResource"}, set())
    assert other.model_aliases == {} and other.local("MediaResource") == "MediaResource"


def test_an_events_own_meta_model_refines_webhook_meta() -> None:
    namer = _registry(
        {
            "FaxQueued": {
                "type": "object",
                "properties": {
                    "meta": {
                        "type": "object",
                        "properties": {
                            "attempt": {"type": "integer"},
                            "delivered_to": {"type": "string", "format": "uri"},
                        },
                    }
                },
            }
        }
    )
    namer.component("FaxQueued", "#")
    assert build._event_meta(namer, "FaxQueued") == "FaxQueuedMeta"
    meta = build._strip_examples(namer.models["FaxQueuedMeta"], build.WEBHOOK_META_BASE)
    assert meta.base_class == "telnyx_voice._models.WebhookMeta"
    # the base's `delivered_to: str | None` is kept: no AnyUrl in the subclass
    assert meta.schema["properties"]["delivered_to"] == {"type": "string"}
