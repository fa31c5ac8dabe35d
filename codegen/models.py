"""Stage 5: the IR's named schemas -> pydantic v2 models, by datamodel-code-generator.

Every class name was decided in codegen/schemas.py; datamodel-code-generator receives an
OpenAPI document whose `components.schemas` are exactly those models (inline objects and
enums already hoisted), so it never invents a name.
"""

from __future__ import annotations

import json
from pathlib import Path

from codegen.errors import GeneratorError
from codegen.ir import Model

_TEMPLATES = Path(__file__).resolve().parent / "dm_templates"


def render_models(models: list[Model]) -> str:
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
            base_class="telnyx_voice._models.BaseModel",
            additional_imports=["telnyx_voice._models.LenientEnum"],
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
        )
    except Exception as exc:  # datamodel-code-generator raises many exception types
        raise GeneratorError(f"datamodel-code-generator failed on the voice models: {exc}") from exc
    if not isinstance(output, str):
        raise GeneratorError("datamodel-code-generator returned no single module")
    header, sep, body = output.partition("from __future__ import annotations")
    return (
        '"""Pydantic v2 models of the voice surface, by datamodel-code-generator (do not edit)."""\n\n'
        + sep
        + body
    )
