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
from codegen.naming import snake
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
    can contain, such an annotation names `TranscriptionEngineLike` instead: for type
    checkers `TranscriptionEngine | Literal["Google", ...]` (so `"Googel"` is still an
    error), at run time the enum itself (what pydantic validates, unchanged). The alias is
    public because, once the models are split (`split_models`), other modules import it.
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
    taken = sorted(
        f"{e}Like"
        for e in used
        if f"{e}Like" in {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
    )
    if taken:
        raise GeneratorError(f"enum value aliases would shadow models of the same name: {taken}")
    for lineno, start, end, enum in sorted(edits, reverse=True):
        line = lines[lineno - 1]
        lines[lineno - 1] = line[:start] + f"{enum}Like" + line[end:]
    aliases = ["if TYPE_CHECKING:"]
    aliases += [
        f"    {e}Like: TypeAlias = {e} | Literal[{', '.join(py_literal(v) for v in enums[e] if v is not None)}]"
        for e in sorted(used)
    ]
    aliases += ["else:"] + [f"    {e}Like = {e}" for e in sorted(used)]
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


SPLIT_PACKAGE = "telnyx_voice.types.models"


def split_models(
    module: str, *, package: str = SPLIT_PACKAGE, docstring: str = _DOCSTRING
) -> tuple[dict[str, str], dict[str, str]]:
    """`render_models`' one module, split so that using a model imports only what it needs.

    Returns `({module name: text}, {class name: module name})`. The layout is decided by
    the classes' references to each other, nothing else:

    * every schema that two or more classes use (or none: an operation's or an event's
      top-level model) gets a module of its own, named `snake(ClassName)`;
    * a schema exactly one class uses (an inline object or enum hoisted out of it, a
      component only one model refers to) lives in that class's module, transitively;
    * classes that refer to each other in a cycle share one module (named after the first
      of them by name).

    A module imports the modules of the classes it refers to, so importing
    `models.call_control_command_response` builds only that model and its parts. A class
    moves module only when the number of classes using it changes between one and more,
    so a spec change touches few modules. Module order is the single module's (enums
    first, then dependencies first), so every default and base class resolves.
    """
    tree = ast.parse(module)
    lines = module.splitlines()
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    header_end = min(n.lineno for n in classes) - 1
    header = [
        n
        for n in tree.body
        if isinstance(n, (ast.Import, ast.ImportFrom)) and n.lineno <= header_end
    ]
    imports = "\n".join(
        "\n".join(lines[n.lineno - 1 : n.end_lineno])
        for n in header
        if not (isinstance(n, ast.ImportFrom) and n.module == "__future__")
    )
    aliases: dict[str, tuple[str, str, str]] = {}  # `XLike` -> (enum, checking, runtime)
    for node in tree.body:
        if isinstance(node, ast.If):
            aliases.update(_value_aliases(node))
    owner_of_name = {c.name: c.name for c in classes}
    owner_of_name.update({alias: enum for alias, (enum, _, _) in aliases.items()})
    refs: dict[str, set[str]] = {}
    for c in classes:
        names = {n.id for n in ast.walk(c) if isinstance(n, ast.Name)}
        refs[c.name] = {owner_of_name[n] for n in names if n in owner_of_name} - {c.name}
    component = _cycles(refs)
    users: dict[str, set[str]] = {comp: set() for comp in component.values()}
    for name, targets in refs.items():
        for target in targets:
            if component[target] != component[name]:
                users[component[target]].add(component[name])
    home: dict[str, str] = {}

    def home_of(comp: str) -> str:
        if comp not in home:
            (only,) = users[comp] if len(users[comp]) == 1 else (comp,)
            home[comp] = comp if only == comp else home_of(only)
        return home[comp]

    where = {name: snake(home_of(component[name])) for name in refs}
    clashes = {
        m
        for m in set(where.values())
        if len({home_of(component[n]) for n in where if where[n] == m}) > 1
    }
    if clashes:
        raise GeneratorError(f"two model modules would have the same name: {sorted(clashes)}")
    members: dict[str, list[ast.ClassDef]] = {}
    for c in classes:
        members.setdefault(where[c.name], []).append(c)
    modules = {}
    for mod, group in sorted(members.items()):
        own = {c.name for c in group}
        blocks = []
        for c in group:
            first = min([c.lineno, *(d.lineno for d in c.decorator_list)])
            blocks.append("\n".join(lines[first - 1 : c.end_lineno]))
        mine = sorted(a for a, (enum, _, _) in aliases.items() if enum in own)
        if mine:  # after the enums (which come first), before the classes using them
            blocks.insert(
                sum(1 for c in group if _is_enum(c)),
                "\n".join(
                    ["if TYPE_CHECKING:"]
                    + [f"    {aliases[a][1]}" for a in mine]
                    + ["else:"]
                    + [f"    {aliases[a][2]}" for a in mine]
                ),
            )
        needed: dict[str, set[str]] = {}
        for c in group:
            for n in ast.walk(c):
                if isinstance(n, ast.Name) and n.id in owner_of_name:
                    target = where[owner_of_name[n.id]]
                    if target != mod:
                        needed.setdefault(target, set()).add(n.id)
        sibling = "\n".join(
            f"from {package}.{target} import {', '.join(sorted(names))}"
            for target, names in sorted(needed.items())
        )
        title = home_of(component[group[0].name])
        doc = f"`{title}` and the schemas only it uses. {docstring}"
        text = (
            f'"""{doc}"""\n\nfrom __future__ import annotations\n\n{imports}\n{sibling}\n\n\n'
            + "\n\n\n".join(blocks)
            + "\n"
        )
        modules[mod] = _used_imports_only(text)
    return modules, where


def _value_aliases(node: ast.If) -> dict[str, tuple[str, str, str]]:
    """`XLike` -> (`X`, its type-checking line, its run-time line) of an alias block."""
    runtime = {
        s.targets[0].id: ast.unparse(s)
        for s in node.orelse
        if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name)
    }
    found = {}
    for stmt in node.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            alias = stmt.target.id
            found[alias] = (alias[: -len("Like")], ast.unparse(stmt), runtime[alias])
    return found


def _cycles(refs: dict[str, set[str]]) -> dict[str, str]:
    """Each class -> its strongly connected component, named by its first member by name
    (Tarjan's algorithm; classes that refer to each other in a cycle share a module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    component: dict[str, str] = {}

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(refs[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            members = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                members.append(w)
                if w == v:
                    break
            for w in members:
                component[w] = min(members)

    for v in sorted(refs):
        if v not in index:
            visit(v)
    return component
