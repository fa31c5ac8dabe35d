"""Stage 5: the IR's named schemas -> pydantic v2 models, by datamodel-code-generator.

Every class name was decided in codegen/schemas.py; datamodel-code-generator receives an
OpenAPI document whose `components.schemas` are exactly those models (inline objects and
enums already hoisted), so it never invents a name.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from codegen.errors import GeneratorError
from codegen.ir import Model
from codegen.schemas import py_literal

_TEMPLATES = Path(__file__).resolve().parent / "dm_templates"
_ENUM_BASES = {"LenientEnum", "LenientIntEnum", "Enum", "IntEnum", "StrEnum"}


_DOCSTRING = "Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."
_BASE_CLASS = "telnyx_voice._models.BaseModel"


def render_models(
    models: list[Model],
    *,
    request_models: frozenset[str] = frozenset(),
    docstring: str = _DOCSTRING,
    base_class: str = _BASE_CLASS,
    base_class_map: dict[str, str] | None = None,
) -> str:
    """The module text of `models` (one class per model, enums first, no header comment).

    `base_class` is every class's base; a model's own `base_class`, or `base_class_map`,
    gives some classes another one (a subclass of `base_class`, named by dotted path).
    Enum fields of `request_models` also take the enum's values statically (see
    `_enum_values_accepted`).
    """
    bases = {m.name: m.base_class for m in models if m.base_class}
    bases.update(base_class_map or {})
    from datamodel_code_generator import (
        DataModelType,
        InputFileType,
        PythonVersion,
        generate,
    )

    document = {
        "openapi": "3.1.0",
        "info": {"title": "Telnyx Voice models", "version": "1"},
        "paths": {},
        "components": {"schemas": {m.name: m.schema for m in models}},
    }
    try:
        output = generate(
            json.dumps(document, sort_keys=True, default=str),
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_310,
            base_class=base_class,
            base_class_map=bases or None,
            additional_imports=[
                "telnyx_voice._models.LenientEnum",
                "telnyx_voice._models.LenientIntEnum",
            ],
            custom_template_dir=_TEMPLATES,
            use_subclass_enum=True,
            set_default_enum_member=True,
            collapse_root_models=True,
            capitalise_enum_members=True,
            use_standard_collections=True,
            use_union_operator=True,
            use_annotated=True,
            field_constraints=True,
            strict_nullable=True,
            use_schema_description=True,
            use_field_description=True,
            use_double_quotes=True,
            disable_timestamp=True,
            formatters=[],
            keep_model_order=True,
        )
    except Exception as exc:  # datamodel-code-generator raises many exception types
        raise GeneratorError(f"datamodel-code-generator failed on the models: {exc}") from exc
    if not isinstance(output, str):
        raise GeneratorError("datamodel-code-generator returned no single module")
    header, sep, body = output.partition("from __future__ import annotations")
    enums = {m.name: m.schema["enum"] for m in models if isinstance(m.schema.get("enum"), list)}
    return (
        f'"""{docstring}"""\n\n'
        + sep
        + _used_imports_only(_enum_values_accepted(_enums_first(body), request_models, enums))
    )


def _enums_first(module: str) -> str:
    """The module with its enum classes moved ahead of everything else, order otherwise kept.

    `keep_model_order` sorts classes by name (dependencies first), so that a new schema
    moves no existing class and the diff between two spec versions stays small. It does not
    count a field's default (`= SomeEnum.MEMBER`) as a dependency; enums depend on nothing,
    so defining them all first makes every default resolvable when the module runs.
    """
    lines = module.splitlines()
    body = [n for n in ast.parse(module).body if not isinstance(n, (ast.Import, ast.ImportFrom))]
    if not body:
        return module

    def first_line(node: ast.stmt) -> int:
        return min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])

    def block(node: ast.stmt) -> str:
        return "\n".join(lines[first_line(node) - 1 : node.end_lineno])

    enums = [block(n) for n in body if _is_enum(n)]
    others = [block(n) for n in body if not _is_enum(n)]
    imports = "\n".join(lines[: first_line(body[0]) - 1])
    return imports + "\n" + "\n\n\n".join(enums + others) + "\n"


def _is_enum(node: ast.stmt) -> bool:
    return isinstance(node, ast.ClassDef) and any(
        isinstance(base, ast.Name) and base.id in _ENUM_BASES for base in node.bases
    )


def _enum_values_accepted(
    module: str, request_models: frozenset[str], enums: dict[str, list[object]]
) -> str:
    """Let request-side models take an enum's values as well as its members, statically.

    A field typed `TranscriptionEngine` makes a type checker reject
    `TranscriptionStartRequest(transcription_engine="Google")`. In the classes a request
    can contain, such an annotation names `_TranscriptionEngineValue` instead: for type
    checkers `TranscriptionEngine | Literal["Google", ...]` (so `"Googel"` is still an
    error), at run time the enum itself (what pydantic validates, unchanged).
    """
    tree = ast.parse(module)
    lines = module.splitlines()
    used: set[str] = set()
    edits: list[tuple[int, int, int, str]] = []  # line, start col, end col, new name
    for node in tree.body:
        if not (isinstance(node, ast.ClassDef) and node.name in request_models):
            continue
        for stmt in node.body:
            if not isinstance(stmt, ast.AnnAssign) or (
                isinstance(stmt.target, ast.Name) and stmt.target.id == "root"
            ):
                continue  # a RootModel's `root` must keep its base class's type
            attributes = {
                id(a.value) for a in ast.walk(stmt.annotation) if isinstance(a, ast.Attribute)
            }
            for name in ast.walk(stmt.annotation):
                if isinstance(name, ast.Name) and name.id in enums and id(name) not in attributes:
                    used.add(name.id)
                    edits.append((name.lineno, name.col_offset, name.end_col_offset or 0, name.id))
    if not used:
        return module
    for lineno, start, end, enum in sorted(edits, reverse=True):
        line = lines[lineno - 1]
        lines[lineno - 1] = line[:start] + f"_{enum}Value" + line[end:]
    aliases = ["if TYPE_CHECKING:"]
    aliases += [
        f"    _{e}Value: TypeAlias = {e} | Literal[{', '.join(py_literal(v) for v in enums[e] if v is not None)}]"
        for e in sorted(used)
    ]
    aliases += ["else:"] + [f"    _{e}Value = {e}" for e in sorted(used)]
    first_class = next(n for n in tree.body if isinstance(n, ast.ClassDef) and not _is_enum(n))
    at = min([first_class.lineno, *(d.lineno for d in first_class.decorator_list)]) - 1
    lines[at:at] = aliases + ["", ""]
    text = "\n".join(lines) + "\n"
    return text.replace("from typing import ", "from typing import TYPE_CHECKING, TypeAlias, ", 1)


def _used_imports_only(module: str) -> str:
    """The module without the names datamodel-code-generator (or our `additional_imports`)
    imports but no class uses (`IntEnum` when no enum is an integer one): every other
    generated module imports exactly what it uses, so ruff is never asked to delete any."""
    tree = ast.parse(module)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = module.splitlines()
    for node in reversed(tree.body):
        if not isinstance(node, ast.ImportFrom) or node.module == "__future__":
            continue
        kept = [a for a in node.names if (a.asname or a.name) in used]
        if len(kept) == len(node.names):
            continue
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        if kept:
            names = ", ".join(
                a.name if a.asname is None else f"{a.name} as {a.asname}" for a in kept
            )
            lines[start:end] = [f"from {node.module} import {names}"]
        else:
            del lines[start:end]
    return "\n".join(lines) + "\n"
