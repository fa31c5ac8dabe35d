"""spec/media-streaming.yaml: pinned like the OpenAPI input, and the one source of the
generated telnyx_voice.media_streaming models."""

from __future__ import annotations

import ast
import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from codegen import cli, media_streaming
from codegen.config import load_config, pin_yaml
from codegen.errors import PinError, SpecError
from codegen.paths import GENERATED_DIR, SPEC_DIR

SCHEMA = SPEC_DIR / "media-streaming.yaml"
PACKAGE = GENERATED_DIR / "telnyx_voice" / "media_streaming"


def _copy_spec(tmp_path: Path) -> Path:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    return spec_dir


def test_the_pin_matches_the_schema_file() -> None:
    config = load_config()
    assert config.media_streaming is not None
    assert config.media_streaming.path == "media-streaming.yaml"
    digest = hashlib.sha256(SCHEMA.read_bytes()).hexdigest()
    assert config.media_streaming.sha256 == digest, (
        "spec/media-streaming.yaml changed: run `python -m codegen pin-media-streaming`"
    )
    version = (GENERATED_DIR / "telnyx_voice" / "_version.py").read_text()
    assert f'MEDIA_STREAMING_SHA256 = "{digest}"' in version


def test_every_schema_definition_is_a_generated_class() -> None:
    defs = yaml.safe_load(SCHEMA.read_text())["$defs"]
    source = (PACKAGE / "models.py").read_text()
    classes = {n.name for n in ast.parse(source).body if isinstance(n, ast.ClassDef)}
    frames = {k for k in defs if k.endswith("Frame") and k not in media_streaming.DIRECTIONS}
    assert frames <= classes
    assert "DtmfFrameDtmf" in classes  # inline objects: parent + property, as for OpenAPI
    assert "SequenceNumber" not in classes  # plain string definitions are inlined
    from telnyx_voice.media_streaming import INBOUND_FRAMES, OUTBOUND_FRAMES

    assert sorted(INBOUND_FRAMES) == [
        "connected",
        "dtmf",
        "error",
        "mark",
        "media",
        "start",
        "stop",
    ]
    assert sorted(OUTBOUND_FRAMES) == ["clear", "mark", "media"]


def _edit(spec_dir: Path, change: str) -> None:
    path = spec_dir / "media-streaming.yaml"
    path.write_text(path.read_text() + change, encoding="utf-8")


def test_an_unpinned_edit_is_refused_for_the_committed_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_dir = _copy_spec(tmp_path)
    _edit(spec_dir, "# an edit\n")
    committed = tmp_path / "generated"
    monkeypatch.setattr(cli, "GENERATED_DIR", committed)  # stands in for generated/
    with pytest.raises(PinError, match="pin-media-streaming"):
        cli.generate(None, committed, quiet=True, spec_dir=spec_dir)
    assert not committed.exists()


def test_a_new_frame_is_one_schema_edit_and_a_re_pin(tmp_path: Path) -> None:
    spec_dir = _copy_spec(tmp_path)
    document = yaml.safe_load((spec_dir / "media-streaming.yaml").read_text())
    document["$defs"]["TranscriptionFrame"] = {
        "type": "object",
        "required": ["event"],
        "properties": {"event": {"const": "transcription"}, "text": {"type": "string"}},
    }
    document["$defs"]["InboundFrame"]["oneOf"].append({"$ref": "#/$defs/TranscriptionFrame"})
    (spec_dir / "media-streaming.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    before = (spec_dir / "pin.yaml").read_text()
    old = load_config(spec_dir).media_streaming
    assert old is not None
    pin, changed = cli.pin_media_streaming(spec_dir)
    after = (spec_dir / "pin.yaml").read_text()
    assert changed and pin.sha256 != old.sha256
    assert after == before.replace(old.sha256, pin.sha256)  # only the sha256 changed
    assert pin_yaml(load_config(spec_dir).pin, after) == after  # update-spec keeps the block
    assert cli.pin_media_streaming(spec_dir)[1] is False  # the second time: nothing to do
    out = tmp_path / "out"
    cli.generate(None, out, quiet=True, spec_dir=spec_dir)
    registry = (out / "telnyx_voice" / "media_streaming" / "_registry.py").read_text()
    assert '"transcription": TranscriptionFrame,' in registry
    assert pin.sha256 in registry


def test_a_frame_without_an_event_constant_is_a_located_error(tmp_path: Path) -> None:
    spec_dir = _copy_spec(tmp_path)
    path = spec_dir / "media-streaming.yaml"
    document = yaml.safe_load(path.read_text())
    document["$defs"]["DtmfFrame"]["properties"]["event"] = {"type": "string"}
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    before = (spec_dir / "pin.yaml").read_text()
    with pytest.raises(SpecError, match=r"#/\$defs/DtmfFrame/properties/event"):
        cli.pin_media_streaming(spec_dir)
    assert (spec_dir / "pin.yaml").read_text() == before  # nothing pinned
