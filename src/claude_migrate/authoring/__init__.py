"""What a codemod imports: the one face of the engine a codemod author reads.

    from claude_migrate.authoring import Codemod, Safety, literal_text, request_values

- `Codemod` (codemod.py): the base class and its header (code, slug, target, safety,
  triggers, finding codes, `scope`), `record_change` / `record_finding`.
- Shapes of calls and dicts (calls.py), string bodies with their quotes kept (strings.py),
  layout-keeping list and argument edits (edits.py), one way to know a request's model
  (requests.py, calls.RequestModels), the model tables and a set's data files (tables.py,
  data.py), a read-only walk (walk.visit), config and documentation lines (text.py).

Nothing here imports the rest of the engine; the engine imports this. Names are loaded on
first use, so that the engine can read `Safety` or `RunOptions` before (and often without)
LibCST being imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name -> the submodule that defines it
_EXPORTS = {
    "Codemod": "codemod",
    "Scope": "codemod",
    "FileContext": "options",
    "RunOptions": "options",
    "Safety": "options",
    "Change": "records",
    "Finding": "records",
    "Outcome": "records",
    "dict_entries": "calls",
    "dotted_name": "calls",
    "imports_anthropic": "calls",
    "is_request_call": "calls",
    "kwarg": "calls",
    "mapping_values": "calls",
    "module_string_constants": "calls",
    "request_values": "calls",
    "sets_key": "calls",
    "RequestModels": "calls",
    "literal_text": "strings",
    "split_string": "strings",
    "with_text": "strings",
    "Item": "edits",
    "TracksLines": "edits",
    "drop_items": "edits",
    "insert_after": "edits",
    "keep_closing_comma": "edits",
    "line_length": "edits",
    "Lines": "edits",
    "wrapped": "edits",
    "wrapped_block": "edits",
    "EachRequest": "requests",
    "RequestAware": "requests",
    "ModelTable": "tables",
    "Family": "tables",
    "load_toml": "data",
    "visit": "walk",
}
_SUBMODULES = frozenset(
    {"calls", "codemod", "data", "edits", "options", "records", "requests", "strings"}
    | {"tables", "text", "walk"}
)

__all__ = [
    "Change",
    "Codemod",
    "EachRequest",
    "Family",
    "FileContext",
    "Finding",
    "Item",
    "Lines",
    "ModelTable",
    "Outcome",
    "RequestAware",
    "RequestModels",
    "RunOptions",
    "Scope",
    "TracksLines",
    "Safety",
    "dict_entries",
    "dotted_name",
    "imports_anthropic",
    "drop_items",
    "insert_after",
    "is_request_call",
    "keep_closing_comma",
    "kwarg",
    "line_length",
    "literal_text",
    "load_toml",
    "mapping_values",
    "module_string_constants",
    "request_values",
    "sets_key",
    "split_string",
    "visit",
    "with_text",
    "wrapped",
    "wrapped_block",
]

if TYPE_CHECKING:
    from .calls import (
        RequestModels,
        dict_entries,
        dotted_name,
        imports_anthropic,
        is_request_call,
        kwarg,
        mapping_values,
        module_string_constants,
        request_values,
        sets_key,
    )
    from .codemod import Codemod, Scope
    from .data import load_toml
    from .edits import (
        Item,
        Lines,
        TracksLines,
        drop_items,
        insert_after,
        keep_closing_comma,
        line_length,
        wrapped,
        wrapped_block,
    )
    from .options import FileContext, RunOptions, Safety
    from .records import Change, Finding, Outcome
    from .requests import EachRequest, RequestAware
    from .strings import literal_text, split_string, with_text
    from .tables import Family, ModelTable
    from .walk import visit


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value
