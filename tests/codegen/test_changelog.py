"""The semantic changelog and `update-spec`: the two shared spec versions, then one rule at a
time on tiny specs written here (nothing copied from Telnyx's spec)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import changelog, cli, load, write
from codegen.config import Config, load_config, pin_yaml
from codegen.errors import GeneratorError
from codegen.paths import ROOT, SPEC_DIR

from .conftest import SpecFactory
from .tiny_spec import document

SHARED = ROOT.parent / "shared" / "spec"
OLD_SPEC = SHARED / "telnyx-openapi-2026-02-17.yml"
NEW_SPEC = SHARED / "telnyx-openapi-2026-07-16.yml"
NEW_COMMIT = "4f3a6bd8c1ce374fc0c82f838a7a8c5146dc336e"
EXAMPLE = ROOT / "docs" / "changelog"
STEM = "2026-02-17..2026-07-16"  # the changelog files' names: <old date>..<new date>.md/.json


# -- 2026-02-17 -> 2026-07-16 -----------------------------------------------------------------


@pytest.fixture(scope="module")
def real(config: Config) -> changelog.Changelog:
    return changelog.changelog(
        load.load(config.pin, OLD_SPEC), load.load(config.pin, NEW_SPEC), config
    )


def _find(log: changelog.Changelog, kind: str, **where: Any) -> list[changelog.Entry]:
    return [
        e
        for e in log.entries
        if e.kind == kind and all(getattr(e, k) == v for k, v in where.items())
    ]


def _one(log: changelog.Changelog, kind: str, **where: Any) -> changelog.Entry:
    found = _find(log, kind, **where)
    assert len(found) == 1, (kind, where, [e.message for e in log.entries])
    return found[0]


def test_sides_name_both_specs(real: changelog.Changelog) -> None:
    assert (real.from_.date, real.from_.operations, real.from_.webhooks) == ("2026-02-17", 63, 50)
    assert (real.to.date, real.to.operations, real.to.webhooks) == ("2026-07-16", 75, 55)
    assert real.from_.sha256.startswith("c0e23d770d7e")
    assert real.to.sha256.startswith("020dcdb3d9da")


def test_the_twelve_new_operations(real: changelog.Changelog) -> None:
    added = {e.operation_id: e for e in _find(real, "operation.added")}
    assert sorted(added) == [
        "CallJoinAIAssistant",
        "CallStartConversationRelay",
        "CallStopConversationRelay",
        "ConferenceGatherUsingAudio",
        "ConferenceSendDTMF",
        "CreateQueue",
        "DeleteQueue",
        "EndConference",
        "ListQueues",
        "RetrieveConferenceParticipant",
        "UpdateConferenceParticipant",
        "UpdateQueue",
    ]
    assert not any(e.breaking for e in added.values())
    create = added["CreateQueue"]
    assert (create.method, create.http, create.pointer) == (
        "queues.create",
        "POST /queues",
        "#/paths/~1queues/post",
    )
    assert added["ConferenceSendDTMF"].method == "conferences.actions.send_dtmf"
    assert added["CallJoinAIAssistant"].method == "calls.actions.join_ai_assistant"
    assert _find(real, "operation.removed") == []


def test_the_five_new_webhook_events(real: changelog.Changelog) -> None:
    added = {e.event: e for e in _find(real, "webhook.added")}
    assert sorted(added) == [
        "call.cost",
        "call.deepfake_detection.error",
        "call.deepfake_detection.result",
        "call.hold",
        "call.unhold",
    ]
    assert added["call.hold"].event_class == "CallHoldEvent"
    assert not added["call.hold"].breaking
    assert _find(real, "webhook.removed") == []
    reason = _one(real, "webhook_field.added", event="call.conversation.ended")
    assert (reason.field, reason.breaking) == ("data.payload.reason", False)
    assert reason.new == {"required": False, "type": "string | null"}


def test_new_optional_arguments(real: changelog.Changelog) -> None:
    privacy = _one(real, "body_field.added", method="calls.dial", field="privacy")
    assert not privacy.breaking
    assert (privacy.argument, privacy.location, privacy.operation_id) == (
        "privacy",
        "body",
        "DialCall",
    )
    assert privacy.new == {"required": False, "type": "string", "enum": ["id", "none"]}
    assert privacy.pointer == "#/components/schemas/CallRequest/properties/privacy"
    assert privacy.message == (
        '`client.calls.dial`: new optional argument `privacy` (string, one of "id", "none").'
    )
    legs = _one(real, "body_field.added", method="calls.actions.speak", field="target_legs")
    assert legs.http == "POST /calls/{call_control_id}/actions/speak"
    assert _one(
        real, "body_field.added", method="calls.actions.bridge", field="hold_after_unbridge"
    )


def test_nested_fields_are_named_by_dotted_path(real: changelog.Changelog) -> None:
    mode = _one(
        real,
        "body_field.added",
        method="calls.actions.start_noise_suppression",
        field="noise_suppression_engine_config.mode",
    )
    assert mode.argument == "noise_suppression_engine_config" and not mode.breaking
    assert mode.new == {"required": False, "type": "string", "enum": ["advanced", "standard"]}
    # `assistant` in ai_assistant_start is a richer schema now: one entry per new field, and
    # `id`, optional before, is required: breaking for a caller that left it out
    id_ = _one(
        real,
        "body_field.required_changed",
        method="calls.actions.start_ai_assistant",
        field="assistant.id",
    )
    assert id_.breaking and (id_.old, id_.new) == (False, True)
    assert id_.pointer == "#/components/schemas/CallAssistantRequest/properties/id"


def test_enum_values_added_to_requests(real: changelog.Changelog) -> None:
    engines = _one(
        real,
        "enum.value_added",
        method="calls.actions.start_noise_suppression",
        field="noise_suppression_engine",
    )
    assert not engines.breaking
    assert "AiCoustics" in engines.new and "Krisp" not in engines.new
    stt = _one(
        real,
        "enum.value_added",
        method="calls.actions.start_transcription",
        field="transcription_engine",
    )
    assert stt.new == ["AssemblyAI", "Parakeet", "Soniox", "Speechmatics", "xAI"]
    assert _find(real, "enum.value_removed") == []


def test_a_free_string_that_became_an_enum_is_breaking(real: changelog.Changelog) -> None:
    # TranscriptionConfig.model: any string (the description named `google`) -> 15 values
    model = _one(
        real,
        "enum.constraint_added",
        method="calls.actions.gather_using_ai",
        field="transcription.model",
    )
    assert model.breaking
    assert "deepgram/nova-3" in model.new and "google" not in model.new


def test_unions_that_gained_members_are_widened(real: changelog.Changelog) -> None:
    voice = _one(real, "type.changed", method="calls.actions.speak", field="voice_settings")
    assert not voice.breaking
    assert "AzureVoiceSettings" not in voice.old and "AzureVoiceSettings" in voice.new
    assert "widened" in voice.message


def test_a_restructured_schema_allowing_the_same_values_is_no_change(
    real: changelog.Changelog,
) -> None:
    # record_start's transcription_language: an anyOf of three language enums became one
    # enum with the same 245 values: the SDK's signature reads differently, the API is the same
    assert [e for e in real.entries if e.method == "calls.actions.start_recording"] == []


def test_summary_counts(real: changelog.Changelog) -> None:
    summary = real.summary()
    assert summary["breaking"] == 3 == len([e for e in real.entries if e.breaking])
    assert summary["total"] == len(real.entries)
    assert summary["by_kind"]["operation.added"] == {"total": 12, "breaking": 0}
    assert summary["by_kind"]["webhook.added"] == {"total": 5, "breaking": 0}
    assert summary["total"] == summary["breaking"] + summary["additions"] + summary["other"]


def test_output_is_deterministic_and_the_committed_example_is_current(
    real: changelog.Changelog, config: Config
) -> None:
    again = changelog.changelog(
        load.load(config.pin, OLD_SPEC), load.load(config.pin, NEW_SPEC), config
    )
    assert again.to_json() == real.to_json()
    assert again.to_markdown() == real.to_markdown()
    assert (EXAMPLE / f"{STEM}.json").read_text(encoding="utf-8") == real.to_json(), (
        "docs/changelog is stale: run `python -m codegen changelog` (see README, Updating the spec)"
    )
    assert (EXAMPLE / f"{STEM}.md").read_text(encoding="utf-8") == real.to_markdown()


def test_markdown_sections(real: changelog.Changelog) -> None:
    text = real.to_markdown()
    assert text.startswith("# Voice API changes: 2026-02-17 → 2026-07-16\n")
    breaking, additions, other = (
        text.index("## Breaking changes (3)"),
        text.index("## Additions ("),
        text.index("## Other changes ("),
    )
    assert breaking < additions < other
    assert "### `client.queues`" in text and "### Webhook events" in text
    assert "- `call.hold` (`CallHoldEvent`): new event." in text


def test_changelog_command(
    tmp_path: Path, real: changelog.Changelog, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json, out_md = tmp_path / "c.json", tmp_path / "c.md"
    args = [str(OLD_SPEC), str(NEW_SPEC), "--json", str(out_json), "--markdown", str(out_md)]
    assert cli.main(["changelog", *args]) == 0
    assert capsys.readouterr().out == real.to_markdown()
    assert out_json.read_text(encoding="utf-8") == real.to_json()
    assert out_md.read_text(encoding="utf-8") == real.to_markdown()
    assert cli.main(["changelog", str(tmp_path / "missing.yml"), str(NEW_SPEC)]) == 1
    assert "spec file not found: " + str(tmp_path / "missing.yml") in capsys.readouterr().err


# -- one rule at a time, on tiny specs ----------------------------------------------------------


def _diff(config: Config, old: load.LoadedSpec, new: load.LoadedSpec) -> list[changelog.Entry]:
    return list(changelog.changelog(old, new, config).entries)


def _kinds(entries: list[changelog.Entry]) -> list[tuple[str, str | None, bool]]:
    return [(e.kind, e.field, e.breaking) for e in entries]


STR = {"type": "string"}


def test_optional_to_required_is_breaking_and_back_is_not(
    tiny: SpecFactory, config: Config
) -> None:
    optional, required = tiny({"payload": STR}), tiny({"payload": STR}, ("payload",))
    [entry] = _diff(config, optional, required)
    assert _kinds([entry]) == [("body_field.required_changed", "payload", True)]
    assert (entry.old, entry.new, entry.argument) == (False, True, "payload")
    assert entry.pointer == "#/components/schemas/Speak/properties/payload"
    assert entry.message == "`client.calls.actions.speak`: argument `payload` is now required."
    assert _kinds(_diff(config, required, optional)) == [
        ("body_field.required_changed", "payload", False)
    ]


def test_added_fields_optional_is_not_breaking_required_is(
    tiny: SpecFactory, config: Config
) -> None:
    base = tiny({"payload": STR})
    assert _kinds(_diff(config, base, tiny({"payload": STR, "voice": STR}))) == [
        ("body_field.added", "voice", False)
    ]
    assert _kinds(_diff(config, base, tiny({"payload": STR, "voice": STR}, ("voice",)))) == [
        ("body_field.added", "voice", True)
    ]
    assert _kinds(_diff(config, tiny({"payload": STR, "voice": STR}), base)) == [
        ("body_field.removed", "voice", True)
    ]


def test_enum_values_in_requests(tiny: SpecFactory, config: Config) -> None:
    old = tiny({"voice": {"type": "string", "enum": ["female", "male"]}})
    new = tiny({"voice": {"type": "string", "enum": ["female", "neutral"]}})
    entries = _diff(config, old, new)
    assert _kinds(entries) == [
        ("enum.value_added", "voice", False),
        ("enum.value_removed", "voice", True),
    ]
    assert (entries[0].new, entries[1].old) == (["neutral"], ["male"])
    assert entries[1].message == (
        '`client.calls.actions.speak`: argument `voice` no longer accepts "male".'
    )


def test_enum_values_in_responses_and_webhooks_are_never_breaking(
    tiny: SpecFactory, config: Config
) -> None:
    def spec(values: list[str]) -> load.LoadedSpec:
        status = {"type": "string", "enum": values}
        return tiny({"payload": STR}, response={"status": status}, payload={"status": status})

    entries = _diff(config, spec(["a", "b"]), spec(["b", "c"]))
    assert sorted(_kinds(entries)) == [
        ("enum.value_added", "data.payload.status", False),
        ("enum.value_added", "data.status", False),
        ("enum.value_removed", "data.payload.status", False),
        ("enum.value_removed", "data.status", False),
    ]
    assert {e.location for e in entries} == {"response", "webhook"}


def test_types_narrowed_in_requests_are_breaking_widened_are_not(
    tiny: SpecFactory, config: Config
) -> None:
    loose = tiny({"loop": {"anyOf": [{"type": "string"}, {"type": "integer"}]}})
    strict = tiny({"loop": {"type": "integer"}})
    [narrowed] = _diff(config, loose, strict)
    assert _kinds([narrowed]) == [("type.changed", "loop", True)]
    assert (narrowed.old, narrowed.new) == ("integer | string", "integer")
    assert "narrowed" in narrowed.message
    assert _kinds(_diff(config, strict, loose)) == [("type.changed", "loop", False)]
    # integer -> number widens; a new `null` widens; string -> integer is a change
    assert _kinds(_diff(config, strict, tiny({"loop": {"type": "number"}}))) == [
        ("type.changed", "loop", False)
    ]
    assert _kinds(_diff(config, strict, tiny({"loop": {"type": ["integer", "null"]}}))) == [
        ("type.changed", "loop", False)
    ]
    assert _kinds(_diff(config, tiny({"loop": STR}), strict)) == [("type.changed", "loop", True)]


def test_responses_are_judged_as_a_reader(tiny: SpecFactory, config: Config) -> None:
    def spec(**fields: Any) -> load.LoadedSpec:
        return tiny({"payload": STR}, response=fields)

    base = spec(result=STR, count={"type": "integer"})
    assert _kinds(_diff(config, base, spec(result=STR))) == [
        ("response_field.removed", "data.count", True)
    ]
    assert _kinds(_diff(config, base, spec(result=STR, count={"type": "integer"}, extra=STR))) == [
        ("response_field.added", "data.extra", False)
    ]
    # a reader may now get a number it did not expect: widening is breaking here
    assert _kinds(_diff(config, base, spec(result=STR, count={"type": "number"}))) == [
        ("type.changed", "data.count", True)
    ]


def test_nested_fields_and_new_objects(tiny: SpecFactory, config: Config) -> None:
    def amd(**props: Any) -> dict[str, Any]:
        return {"type": "object", "properties": props}

    old = tiny({"amd_config": amd(total_millis={"type": "integer"})})
    new = tiny(
        {
            "amd_config": amd(
                total_millis={"type": "integer"}, greeting_millis={"type": "integer"}
            ),
            "retry": amd(attempts={"type": "integer"}, delay_secs={"type": "integer"}),
        }
    )
    entries = _diff(config, old, new)
    # the fields of the new `retry` object are part of its own entry
    assert _kinds(entries) == [
        ("body_field.added", "amd_config.greeting_millis", False),
        ("body_field.added", "retry", False),
    ]
    assert entries[0].argument == "amd_config"
    assert entries[0].message == (
        "`client.calls.actions.speak`: new optional body field `amd_config.greeting_millis` "
        "(integer)."
    )


def test_python_argument_names_are_used(tiny: SpecFactory, config: Config) -> None:
    [entry] = _diff(config, tiny({"to": STR}), tiny({"to": STR, "from": STR}))
    assert (entry.field, entry.argument) == ("from", "from_")
    assert "argument `from_` (`from` on the wire)" in entry.message


def test_query_parameters(tiny: SpecFactory, config: Config) -> None:
    page = {"name": "page[size]", "in": "query", "schema": {"type": "integer"}}
    base = tiny({"payload": STR})
    assert _kinds(_diff(config, base, tiny({"payload": STR}, query=(page,)))) == [
        ("parameter.added", "page[size]", False)
    ]
    required = {**page, "required": True}
    [entry] = _diff(config, base, tiny({"payload": STR}, query=(required,)))
    assert _kinds([entry]) == [("parameter.added", "page[size]", True)]
    assert (entry.location, entry.argument) == ("query", "page_size")
    assert _kinds(_diff(config, tiny({"payload": STR}, query=(page,)), base)) == [
        ("parameter.removed", "page[size]", True)
    ]


def test_operations_and_webhooks(tiny: SpecFactory, config: Config) -> None:
    small = tiny({"payload": STR})
    big = tiny({"payload": STR}, extra_operation=True, payload={"digit": STR})
    assert _kinds(_diff(config, small, big)) == [
        ("operation.added", None, False),
        ("webhook.added", None, False),
    ]
    removed = _diff(config, big, small)
    assert _kinds(removed) == [
        ("operation.removed", None, True),
        ("webhook.removed", None, True),
    ]
    assert (removed[0].method, removed[1].event, removed[1].event_class) == (
        "calls.actions.hold",
        "call.tested",
        "CallTestedEvent",
    )
    fewer = tiny({"payload": STR}, extra_operation=True, payload={})
    assert _kinds(_diff(config, big, fewer)) == [
        ("webhook_field.removed", "data.payload.digit", True)
    ]


def test_a_renamed_method_is_breaking(tiny: SpecFactory, config: Config) -> None:
    # same operationId, another path: the SDK method follows the path
    entries = _diff(config, tiny({"payload": STR}), tiny({"payload": STR}, action="say"))
    assert _kinds(entries) == [
        ("method.renamed", None, True),
        ("operation.http_changed", None, False),
    ]
    assert (entries[0].old, entries[0].new) == ("calls.actions.speak", "calls.actions.say")


# -- update-spec --------------------------------------------------------------------------------


def test_pin_yaml_keeps_the_committed_format(config: Config) -> None:
    text = (SPEC_DIR / "pin.yaml").read_text(encoding="utf-8")
    assert pin_yaml(config.pin, text) == text


@pytest.fixture
def old_root(tmp_path: Path, config: Config) -> Path:
    """A copy of spec/ whose pin is the older shared spec (2026-02-17)."""
    root = tmp_path / "repo"
    shutil.copytree(SPEC_DIR, root / "spec")
    pin = dataclasses.replace(
        config.pin,
        commit="unknown",
        url="unknown",
        sha256=load.sha256_of(OLD_SPEC),
        date="2026-02-17",
        local=str(OLD_SPEC),
    )
    pin_file = root / "spec" / "pin.yaml"
    pin_file.write_text(pin_yaml(pin, pin_file.read_text(encoding="utf-8")), encoding="utf-8")
    return root


def test_update_spec_pins_regenerates_and_writes_the_changelog(
    old_root: Path, real: changelog.Changelog, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["update-spec", str(NEW_SPEC), "--root", str(old_root)]) == 0
    printed = capsys.readouterr()
    assert printed.out == real.to_markdown()
    assert "commit: unknown" in printed.err and "--commit SHA" in printed.err
    pin = load_config(old_root / "spec").pin
    assert (pin.sha256, pin.date, pin.commit) == (real.to.sha256, "2026-07-16", "unknown")
    assert Path(pin.local).resolve() == NEW_SPEC.resolve()
    assert (old_root / "spec" / "pin.yaml").read_text().startswith("# The pinned Telnyx")
    version = (old_root / "generated" / "telnyx_voice" / "_version.py").read_text()
    assert real.to.sha256 in version
    written = old_root / "docs" / "changelog"
    assert (written / f"{STEM}.json").read_text(encoding="utf-8") == real.to_json()
    assert (written / f"{STEM}.md").read_text(encoding="utf-8") == real.to_markdown()
    assert sorted(p.name for p in written.iterdir()) == [f"{STEM}.json", f"{STEM}.md"]

    # the commit, given afterwards, completes the pin (the spec is the pinned one now)
    assert (
        cli.main(["update-spec", str(NEW_SPEC), "--root", str(old_root), "--commit", NEW_COMMIT])
        == 0
    )
    assert "pinned spec already" in capsys.readouterr().err
    pin = load_config(old_root / "spec").pin
    assert pin.commit == NEW_COMMIT
    assert (
        pin.url
        == f"https://raw.githubusercontent.com/team-telnyx/openapi/{NEW_COMMIT}/openapi/spec3.yml"
    )


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_update_spec_with_a_broken_spec_changes_nothing(
    old_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = document({"payload": {"$ref": "#/components/schemas/Missing"}})
    bad = tmp_path / "telnyx-openapi-2026-08-01.yml"
    bad.write_text(yaml.safe_dump(broken), encoding="utf-8")
    (old_root / "generated" / "telnyx_voice").mkdir(parents=True)
    (old_root / "generated" / "telnyx_voice" / "keep.py").write_text("# previous tree\n")
    before = _snapshot(old_root)
    assert cli.main(["update-spec", str(bad), "--root", str(old_root), "--commit", "abc1234"]) == 1
    err = capsys.readouterr().err
    assert "#/components/schemas/Speak/properties/payload" in err and "Missing" in err
    assert _snapshot(old_root) == before


def test_update_spec_restores_the_pin_when_generation_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(SPEC_DIR, root / "spec")  # pins 2026-07-16; update to 2026-02-17
    before = _snapshot(root)

    def fail(files: dict[str, str], out: Path) -> None:
        raise GeneratorError("ruff format failed on the generated code")

    monkeypatch.setattr(write, "write", fail)
    with pytest.raises(GeneratorError, match="ruff format failed"):
        cli.update_spec(OLD_SPEC, commit="abc1234", root=root)
    assert _snapshot(root) == before


@pytest.mark.parametrize(
    ("spec", "options", "message"),
    [
        ("missing.yml", {}, "spec file not found: "),
        (str(NEW_SPEC), {"commit": "main"}, "expected a git commit sha"),
        (str(NEW_SPEC), {"date": "16/07/2026"}, "expected YYYY-MM-DD"),
    ],
)
def test_update_spec_rejects_bad_input(
    old_root: Path, spec: str, options: dict[str, str], message: str
) -> None:
    before = _snapshot(old_root)
    with pytest.raises(GeneratorError, match=message):
        cli.update_spec(spec, root=old_root, **options)
    assert _snapshot(old_root) == before


def test_update_spec_needs_a_date(old_root: Path, tmp_path: Path) -> None:
    undated = tmp_path / "spec3.yml"
    undated.write_text(yaml.safe_dump(document({"payload": STR})), encoding="utf-8")
    before = _snapshot(old_root)
    with pytest.raises(
        GeneratorError, match="spec3.yml has no YYYY-MM-DD in its name: pass --date"
    ):
        cli.update_spec(undated, root=old_root)
    assert _snapshot(old_root) == before
