"""`python -m codegen generate|changelog|update-spec|pin-media-streaming`.

* `generate [--spec PATH] [--out DIR]`: the telnyx_voice package from a spec.
* `changelog OLD NEW [--json PATH] [--markdown PATH]`: what changed in the voice surface.
* `update-spec PATH [--commit SHA] [--url URL] [--date YYYY-MM-DD] [--changelog-dir DIR]`:
  pin a new spec, regenerate generated/, write the changelog from the old pin to it.
* `pin-media-streaming`: record the sha256 of spec/media-streaming.yaml (our own schema of
  the media streaming frames) in spec/pin.yaml, after checking that it builds.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from codegen import build, changelog, load, media_streaming, render, write
from codegen.config import Pin, SchemaPin, load_config, pin_yaml, schema_pin_yaml
from codegen.errors import GeneratorError, PinError
from codegen.paths import GENERATED_DIR, ROOT, SPEC_DIR

UNKNOWN = "unknown"  # pin.yaml's commit and url when update-spec was not told them
_COMMIT = re.compile(r"[0-9a-f]{7,40}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def generate(
    spec: str | None,
    out: Path,
    *,
    quiet: bool = False,
    spec_dir: Path = SPEC_DIR,
    selection: Path | None = None,
) -> float:
    """Run the whole pipeline; returns the wall time in seconds. `selection` (a file like
    spec/selections/whole-api.yaml) replaces the voice selection, only for another `out`."""
    started = time.perf_counter()
    if selection is not None and out.resolve() == GENERATED_DIR.resolve():
        raise GeneratorError(
            f"the committed generated/ is the voice selection; generate {selection} "
            "into another directory with --out"
        )
    config = load_config(spec_dir, selection)
    loaded = load.load(config.pin, spec)
    if out.resolve() == GENERATED_DIR.resolve() and loaded.sha256 != config.pin.sha256:
        raise PinError(
            f"{loaded.path} has sha256 {loaded.sha256}, but spec/pin.yaml pins {config.pin.sha256}. "
            "The committed generated/ only comes from the pinned spec: generate into another "
            "directory with --out, or re-pin it with `nox -s update-spec -- PATH`."
        )
    media = None
    if config.media_streaming is not None:
        path, digest, document = media_streaming.load(config.media_streaming, spec_dir)
        if out.resolve() == GENERATED_DIR.resolve():
            media_streaming.check_pin(config.media_streaming, path, digest)
        media = media_streaming.build(path, digest, document)
    api = build.build(loaded, config)
    files = render.render(api, media)
    write.write(files, out)
    elapsed = time.perf_counter() - started
    if not quiet:
        frames = f", {len(media.models)} media streaming models" if media else ""
        print(
            f"generated {len(api.operations)} operations, {len(api.models)} models, "
            f"{len(api.webhooks)} webhook events{frames} from {loaded.path} "
            f"(sha256 {loaded.sha256[:12]}) into {out} in {elapsed:.2f} s"
        )
    return elapsed


def compare_specs(old: str, new: str, *, spec_dir: Path = SPEC_DIR) -> changelog.Changelog:
    """The changelog between two spec files, with the voice surface of spec/."""
    config = load_config(spec_dir)
    return changelog.changelog(load.load(config.pin, old), load.load(config.pin, new), config)


@dataclasses.dataclass(frozen=True)
class Update:
    """What update-spec did: the new pin, and the changelog with the files written (None when
    the spec was the pinned one already, and only the pin's commit, url or date changed)."""

    pin: Pin
    changelog: changelog.Changelog | None = None
    markdown: Path | None = None
    json: Path | None = None


def update_spec(
    spec: str | os.PathLike[str],
    *,
    commit: str | None = None,
    url: str | None = None,
    date: str | None = None,
    root: Path = ROOT,
    out: Path | None = None,
    changelog_dir: Path | None = None,
) -> Update:
    """Pin `spec` in `root`/spec/pin.yaml, regenerate `out` (`root`/generated) from it and
    write the changelog from the previously pinned spec into `changelog_dir`
    (`root`/docs/changelog) as `<old date>..<new date>.md` and `.json`.

    All or nothing: when anything fails, pin.yaml is restored, the generated tree is left as
    it was (codegen/write.py swaps it in only once complete) and no changelog is written.
    When `spec` is the pinned one already, only the pin's commit, url and date are updated.
    """
    spec_dir = root / "spec"
    out = out if out is not None else root / "generated"
    changelog_dir = changelog_dir if changelog_dir is not None else root / "docs" / "changelog"
    if commit is not None and not _COMMIT.fullmatch(commit):
        raise GeneratorError(f"--commit {commit!r}: expected a git commit sha (7 to 40 hex digits)")
    config = load_config(spec_dir)
    pin_file = spec_dir / "pin.yaml"
    previous = pin_file.read_text(encoding="utf-8")
    new = load.load(config.pin, spec)
    if new.sha256 == config.pin.sha256:
        pin = dataclasses.replace(
            config.pin,
            commit=commit or config.pin.commit,
            url=url or (_raw_url(config.pin, commit) if commit else config.pin.url),
            date=_spec_date(new.path, date) if date else config.pin.date,
        )
        _replace_text(pin_file, pin_yaml(pin, previous))
        return Update(pin=pin)
    date = _spec_date(new.path, date)
    old = _pinned_spec(config.pin, root, spec_dir)
    log = changelog.changelog(old, new, config, old_date=config.pin.date, new_date=date)
    pin = dataclasses.replace(
        config.pin,
        commit=commit or UNKNOWN,
        url=url or _raw_url(config.pin, commit),
        sha256=new.sha256,
        date=date,
        local=_local_path(new.path, root),
    )
    _replace_text(pin_file, pin_yaml(pin, previous))
    try:
        generate(str(new.path), out, quiet=True, spec_dir=spec_dir)
    except BaseException:
        _replace_text(pin_file, previous)
        raise
    stem = f"{config.pin.date}..{date}"
    markdown, json_file = changelog_dir / f"{stem}.md", changelog_dir / f"{stem}.json"
    changelog_dir.mkdir(parents=True, exist_ok=True)
    _replace_text(markdown, log.to_markdown())
    _replace_text(json_file, log.to_json())
    return Update(pin=pin, changelog=log, markdown=markdown, json=json_file)


def pin_media_streaming(spec_dir: Path = SPEC_DIR) -> tuple[SchemaPin, bool]:
    """Pin spec/media-streaming.yaml's current sha256 in spec/pin.yaml (only once it has
    been read and built without error); returns the pin and whether it changed."""
    config = load_config(spec_dir)
    if config.media_streaming is None:
        raise GeneratorError(
            f"{spec_dir / 'pin.yaml'} has no `media_streaming:` block; add one with "
            "`path: media-streaming.yaml` and any `sha256`, then run this again"
        )
    path, digest, document = media_streaming.load(config.media_streaming, spec_dir)
    media_streaming.build(path, digest, document)
    pin = dataclasses.replace(config.media_streaming, sha256=digest)
    pin_file = spec_dir / "pin.yaml"
    previous = pin_file.read_text(encoding="utf-8")
    _replace_text(pin_file, schema_pin_yaml("media_streaming", pin, previous))
    return pin, digest != config.media_streaming.sha256


def _spec_date(path: Path, date: str | None) -> str:
    """--date, else a YYYY-MM-DD in the spec file's name."""
    if date is None:
        match = _DATE.search(path.name)
        if match is None:
            raise GeneratorError(
                f"{path.name} has no YYYY-MM-DD in its name: pass --date with the spec's date"
            )
        date = match.group(0)
    try:
        datetime.date.fromisoformat(date)
    except ValueError as exc:
        raise GeneratorError(f"date {date!r}: expected YYYY-MM-DD") from exc
    return date


def _pinned_spec(pin: Pin, root: Path, spec_dir: Path) -> load.LoadedSpec:
    """The spec pin.yaml pins now: its local copy, else what `load` finds (cache, download)."""
    local = root / pin.local
    loaded = load.load(pin, local if local.is_file() else None)
    if loaded.sha256 != pin.sha256:
        raise PinError(
            f"{loaded.path} has sha256 {loaded.sha256}, but {spec_dir / 'pin.yaml'} pins "
            f"{pin.sha256}: the changelog needs the pinned spec to compare against"
        )
    return loaded


def _raw_url(pin: Pin, commit: str | None) -> str:
    if commit is None:
        return UNKNOWN
    return f"https://raw.githubusercontent.com/{pin.repository}/{commit}/{pin.path}"


def _local_path(path: Path, root: Path) -> str:
    """The spec's path as pin.yaml's `local`: relative to the repo root when the file is
    next to the checkout (`../shared/spec/...`), else absolute."""
    resolved, base = path.resolve(), root.resolve()
    if resolved.is_relative_to(base.parent):
        return Path(os.path.relpath(resolved, base)).as_posix()
    return resolved.as_posix()


def _replace_text(path: Path, text: str) -> None:
    """Write `text` to `path` atomically (a temporary file renamed over it)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_outputs(log: changelog.Changelog, markdown: Path | None, json_file: Path | None) -> None:
    for path, text in ((markdown, log.to_markdown()), (json_file, log.to_json())):
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                _replace_text(path, text)
            except OSError as exc:
                raise GeneratorError(f"cannot write {path}: {exc}") from exc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate the telnyx_voice package from the spec")
    gen.add_argument(
        "--spec",
        help="spec file (default: $TELNYX_OPENAPI_SPEC, else the pin in spec/pin.yaml)",
    )
    gen.add_argument(
        "--selection",
        type=Path,
        help="a selection file (default: spec/selections/voice.yaml), e.g. "
        "spec/selections/whole-api.yaml; needs --out",
    )
    gen.add_argument("--out", type=Path, default=GENERATED_DIR, help="output directory")
    gen.add_argument("--quiet", action="store_true")
    diff = sub.add_parser(
        "changelog", help="print the changes of the voice surface between two specs (Markdown)"
    )
    diff.add_argument("old", help="the older spec file")
    diff.add_argument("new", help="the newer spec file")
    diff.add_argument("--json", type=Path, help="also write the changelog as JSON here")
    diff.add_argument("--markdown", type=Path, help="also write the Markdown here")
    upd = sub.add_parser(
        "update-spec",
        help="pin a new spec, regenerate generated/ and write the changelog from the old pin",
    )
    upd.add_argument("spec", help="the new spec file (e.g. a checkout's openapi/spec3.yml)")
    upd.add_argument(
        "--commit", help="the team-telnyx/openapi commit the file comes from (recorded in the pin)"
    )
    upd.add_argument("--url", help="where to download it (default: raw.githubusercontent.com)")
    upd.add_argument("--date", help="the spec's date, YYYY-MM-DD (default: from the file name)")
    upd.add_argument(
        "--changelog-dir", type=Path, help="where the changelog goes (default: docs/changelog)"
    )
    upd.add_argument(
        "--root", type=Path, default=ROOT, help="the repository root (spec/, generated/)"
    )
    sub.add_parser(
        "pin-media-streaming",
        help="pin spec/media-streaming.yaml's sha256 in spec/pin.yaml (after checking it builds)",
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            generate(args.spec, args.out, quiet=args.quiet, selection=args.selection)
        elif args.command == "pin-media-streaming":
            pin, changed = pin_media_streaming()
            state = "pinned" if changed else "already pinned:"
            print(f"{state} {pin.path} sha256 {pin.sha256}; now run `nox -s generate`")
        elif args.command == "changelog":
            log = compare_specs(args.old, args.new)
            _write_outputs(log, args.markdown, args.json)
            print(log.to_markdown(), end="")
        else:
            return _update(args)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _update(args: argparse.Namespace) -> int:
    done = update_spec(
        args.spec,
        commit=args.commit,
        url=args.url,
        date=args.date,
        root=args.root,
        changelog_dir=args.changelog_dir,
    )
    if done.changelog is None:
        print(
            f"{args.spec} is the pinned spec already (sha256 {done.pin.sha256[:12]}): "
            f"generated/ is unchanged; pin.yaml records commit {done.pin.commit}",
            file=sys.stderr,
        )
    else:
        print(done.changelog.to_markdown(), end="")
        summary = done.changelog.summary()
        print(
            f"pinned {args.spec} (sha256 {done.pin.sha256[:12]}, commit {done.pin.commit}), "
            f"regenerated; changelog: {summary['total']} changes, {summary['breaking']} "
            f"breaking, written to {done.markdown} and {done.json}",
            file=sys.stderr,
        )
    if done.pin.commit == UNKNOWN:
        print(
            "warning: spec/pin.yaml records `commit: unknown` and `url: unknown` (a spec file "
            "does not say which upstream commit it comes from): run the same command again "
            "with --commit SHA",
            file=sys.stderr,
        )
    return 0
