"""Stage 6: the IR -> file texts (Jinja2 templates, datamodel models, overlay copies).

Returns `{relative path: text}`; formatting and writing are codegen/write.py's job.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jinja2

from codegen import __version__ as GENERATOR_VERSION
from codegen import media_streaming
from codegen.errors import GeneratorError
from codegen.ir import API, TypesPackage
from codegen.models import SPLIT_PACKAGE, render_models, split_models
from codegen.paths import OVERLAY_DIR, PACKAGE, TEMPLATES_DIR

PACKAGE_VERSION = GENERATOR_VERSION  # pyproject.toml's, read once by codegen/__init__.py
# modules whose `__all__` (or the names given) `telnyx_voice/__init__.py` re-exports
_PUBLIC_MODULES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("_client", None),
    ("_constants", None),
    ("_exceptions", None),
    ("_http_clients", None),
    ("_models", ("BaseModel",)),
    ("_types", None),
    ("_pagination", None),
    ("_response", None),
)
_CLIENT_EXPORTS = ["AsyncClient", "AsyncTelnyx", "Client", "Telnyx"]
_OVERLAY_HEADER = (
    "# Hand-written: copied from overlay/telnyx_voice/{path} by codegen; edit it there.\n"
)


def docstring(text: str, indent: int) -> str:
    """`text` as the body of a triple-quoted docstring indented by `indent` spaces."""
    escaped = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if escaped.endswith('"'):
        escaped += " "
    pad = " " * indent
    return "\n".join(
        (pad + line.rstrip()) if i and line.strip() else line.rstrip()
        for i, line in enumerate(escaped.split("\n"))
    )


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = docstring
    env.filters["pyrepr"] = repr
    return env


def overlay_files(overlay: Path = OVERLAY_DIR) -> dict[str, str]:
    """The hand-written runtime modules, each with a header naming its source."""
    files = {}
    for path in sorted(overlay.rglob("*")):
        if path.is_dir() or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(overlay).as_posix()
        text = path.read_text(encoding="utf-8")
        files[rel] = _OVERLAY_HEADER.format(path=rel) + text if rel.endswith(".py") else text
    return files


def _exported_names(source: str, module: str) -> list[str]:
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, (list, tuple)):
                return sorted(str(v) for v in value)
    raise GeneratorError(f"overlay module {module} must define __all__ (a literal list)")


def _classes(module: str) -> list[str]:
    return sorted(n.name for n in ast.parse(module).body if isinstance(n, ast.ClassDef))


# overlay modules of telnyx_voice.media_streaming whose `__all__` the package re-exports
_MEDIA_OVERLAY = ("_errors", "_parse", "_stream")
_MEDIA_REGISTRY_EXPORTS = [
    "INBOUND_FRAMES",
    "KnownInboundFrame",
    "KnownOutboundFrame",
    "OUTBOUND_FRAMES",
]


def render_media_streaming(
    env: jinja2.Environment, media: media_streaming.MediaStreaming, overlay: dict[str, str]
) -> dict[str, str]:
    """The generated modules of telnyx_voice.media_streaming (paths relative to the package)."""
    models = render_models(
        media.models,
        docstring=media_streaming.DOCSTRING,
        base_class=media_streaming.BASE_CLASS,
        base_class_map=media_streaming.BASES,
    )
    exports = [
        (module, _exported_names(overlay[f"media_streaming/{module}.py"], module))
        for module in _MEDIA_OVERLAY
    ]
    exports += [("_registry", _MEDIA_REGISTRY_EXPORTS), ("models", _classes(models))]
    context = {"media": media, "media_exports": exports}
    return {
        "media_streaming/__init__.py": env.get_template("media_streaming_init.py.j2").render(
            context
        ),
        "media_streaming/_registry.py": env.get_template("media_streaming_registry.py.j2").render(
            context
        ),
        "media_streaming/models.py": models,
    }


def render(api: API, media: media_streaming.MediaStreaming | None = None) -> dict[str, str]:
    """Every file of the package; `media` (spec/media-streaming.yaml) adds
    telnyx_voice.media_streaming's generated modules to its overlay."""
    env = _environment()
    overlay = overlay_files()
    exports: list[tuple[str, list[str]]] = []
    for module, names in _PUBLIC_MODULES:
        if module == "_client":
            exports.append((f"{PACKAGE}._client", _CLIENT_EXPORTS))
        elif f"{module}.py" in overlay:
            listed = _exported_names(overlay[f"{module}.py"], module)
            if names is not None and not set(names) <= set(listed):
                raise GeneratorError(f"overlay module {module}: __all__ must list {names}")
            exports.append((f"{PACKAGE}.{module}", sorted(names or listed)))
    models = render_models(api.models, request_models=api.request_models)
    model_files, homes = split_models(models)
    model_modules = {name: f"{SPLIT_PACKAGE}.{module}" for name, module in homes.items()}
    context = {
        "api": api,
        "media": media,
        "package_version": PACKAGE_VERSION,
        "exports": exports,
        "model_classes": _classes(models),
        "model_modules": model_modules,
    }
    files = dict(overlay)
    files.update(
        {
            "__init__.py": env.get_template("package_init.py.j2").render(context),
            "_version.py": env.get_template("version.py.j2").render(context),
            "_operations.py": env.get_template("operations.py.j2").render(context),
            "_client.py": env.get_template("client.py.j2").render(context),
            "py.typed": "",
            "resources/__init__.py": '"""The resource tree of the clients (one module per resource)."""\n',
            "types/models/__init__.py": _models_package(env, model_modules),
            "types/params.py": env.get_template("params.py.j2").render(context),
            "types/webhook_events.py": env.get_template("webhook_events.py.j2").render(context),
            "webhooks/_typed_router.py": env.get_template("webhook_router.py.j2").render(context),
        }
    )
    if media is not None:
        files.update(render_media_streaming(env, media, overlay))
    elif any(rel.startswith("media_streaming/") for rel in overlay):
        raise GeneratorError(
            "overlay/telnyx_voice/media_streaming needs its generated models: spec/pin.yaml "
            "has no `media_streaming:` block (path and sha256 of spec/media-streaming.yaml)"
        )
    files.update({f"types/models/{module}.py": text for module, text in model_files.items()})
    files.update(_types_packages(env, api, model_modules))
    resource = env.get_template("resource.py.j2")
    pending = list(api.resources)
    while pending:
        res = pending.pop()
        files[f"resources/{res.module}.py"] = resource.render(res=res, **context)
        pending.extend(res.children)
    return {f"{PACKAGE}/{rel}": text for rel, text in sorted(files.items())}


def _lazy_module(env: jinja2.Environment, doc: str, exports: dict[str, tuple[str, str]]) -> str:
    """A module exporting `exports` (name -> (module, attribute)), each imported on first use."""
    by_module: dict[str, list[tuple[str, str]]] = {}
    for name, (module, attr) in sorted(exports.items()):
        by_module.setdefault(module, []).append((name, attr))
    return env.get_template("types_init.py.j2").render(
        doc=doc,
        exports=[(name, module, attr) for name, (module, attr) in sorted(exports.items())],
        imports=sorted((m, sorted(pairs, key=lambda p: p[1])) for m, pairs in by_module.items()),
    )


def _models_package(env: jinja2.Environment, model_modules: dict[str, str]) -> str:
    """`types/models/__init__.py`: every model by its name, from the module defining it."""
    doc = (
        "Pydantic v2 models of the voice surface, by datamodel-code-generator from the spec.\n\n"
        "One module per schema that several models (or an operation or event) use, holding\n"
        "it and the schemas only it uses (`codegen/models.py` `split_models`), so that a\n"
        "call or a webhook builds only the models it needs. Import from here."
    )
    return _lazy_module(env, doc, {name: (m, name) for name, m in model_modules.items()})


def _types_packages(
    env: jinja2.Environment, api: API, model_modules: dict[str, str]
) -> dict[str, str]:
    """`types/__init__.py` (every model, the event registry and the official names of the
    top level), `types/<package>/__init__.py` per other package of official names, and one
    module per official name (`types/calls/action_speak_params.py`)."""
    packages = {pkg.path: pkg for pkg in api.types_packages}
    packages.setdefault((), TypesPackage(path=()))
    events = "telnyx_voice.types.webhook_events"
    files = {}
    for path, pkg in sorted(packages.items()):
        where = "/".join(("types",) + path)
        exports = {e.name: (e.module, e.attr) for e in pkg.exports}
        if not path:
            exports.update({name: (module, name) for name, module in model_modules.items()})
            exports.update({p.name: ("telnyx_voice.types.params", p.name) for p in api.params})
            exports.update({name: (events, name) for name in ("EVENT_TYPES", "WebhookEvent")})
        doc = (
            "Request, response and webhook event models of the voice surface (pydantic v2),\n"
            "generated by datamodel-code-generator from the spec (see `models`), and the\n"
            "official SDK's names for them (`CallDialResponse`, `CallInitiatedWebhookEvent`)."
            if not path
            else f"The official SDK's type names of `telnyx.types.{'.'.join(path)}`: aliases of our\n"
            "models (`...Response`) and TypedDicts of the methods' arguments (`...Params`)."
        )
        files[f"{where}/__init__.py"] = _lazy_module(env, doc, exports)
        for export in pkg.exports:
            if export.params is not None:
                text = env.get_template("types_params.py.j2").render(params=export.params)
            else:
                text = env.get_template("types_alias.py.j2").render(export=export)
            for module in export.official_modules:
                files[f"{where}/{module}.py"] = text
    return files
