"""The semantic changelog of the voice surface between two specs (`python -m codegen changelog`).

Both specs go through the generator's own stages (`load`, `select`, `build`) with the same
spec/ configuration, and the changelog compares the two IRs: the operations, arguments and
events the SDK generates, with the spec schemas and JSON pointers the IR keeps for them
(`OperationIR.request_schema`, `Field.source`, ...). An entry names what a user of the SDK
sees (`client.calls.dial`, argument `from_`, `CallHoldEvent`) next to its source (HTTP
method and path, operationId, a JSON pointer into the spec that has it). Schemas are
compared after `$ref` resolution (`select.RefResolver`) and `allOf` merging, down to `MAX_DEPTH`
property levels.

Modules: `shapes` (what one schema is), `surface` (one spec's IR in those terms), `rules`
(changes and which break), `report` (the changelog, Markdown and JSON).

A change is breaking when code that worked with the old SDK can fail with the new one:

* what the user sends (path/query parameters, request bodies): anything removed, a new
  required parameter or field, optional -> required, a narrowed type (`string | integer`
  -> `string`, `number` -> `integer`, a union losing a member), enum values removed, an
  enum constraint added to a free value;
* what the user receives (response bodies, webhook payloads): a removed field,
  required -> optional, a widened type; enum changes there are never breaking (the SDK's
  enums keep unknown values);
* names: an operation or webhook event removed, a method, argument or event class renamed.

Everything else (additions of optional things, widened request types, new events, a new
HTTP path behind the same method, deprecations) is not breaking.
"""

from codegen.changelog.entry import Entry
from codegen.changelog.report import Changelog, changelog, compare
from codegen.changelog.shapes import MAX_DEPTH
from codegen.changelog.surface import Location, Side, Surface, surface

__all__ = [
    "MAX_DEPTH",
    "Changelog",
    "Entry",
    "Location",
    "Side",
    "Surface",
    "changelog",
    "compare",
    "surface",
]
