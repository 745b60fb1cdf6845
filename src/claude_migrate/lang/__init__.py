"""Other languages than Python: TypeScript, JavaScript, Go, Java, Ruby, C# and PHP.

This package's top level is cheap to import (no parser): discovery asks it for file kinds and
the run plan for which kinds a selection covers. `engine` parses (tree-sitter) only files that
hold a trigger of a selected codemod; the rules live one job per module beside it.
"""

from __future__ import annotations

from collections.abc import Iterable

# File suffix -> kind. One kind per SDK: a kind is what a rule is written for.
SUFFIXES = {
    ".ts": "typescript",
    ".tsx": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".js": "javascript",
    ".jsx": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".go": "go",
    ".java": "java",
    ".rb": "ruby",
    ".cs": "csharp",
    ".php": "php",
}
KINDS = frozenset(SUFFIXES.values())
ALL = KINDS
JS_TS = frozenset({"typescript", "javascript"})

# Codemod code -> the kinds it covers beyond Python, and the rule ("module:function") that
# does it. Keyed by code, so that --select and --ignore choose a codemod in every language.
COVERAGE: dict[str, tuple[frozenset[str], str]] = {
    "CM101": (ALL, "claude_migrate.lang.model_ids:model_ids"),
    "CM201": (ALL, "claude_migrate.lang.model_ids:model_ids"),
    "CM301": (ALL, "claude_migrate.lang.model_ids:model_ids"),
    "CM111": (ALL, "claude_migrate.lang.text_editor:editor_tool"),
    "CM113": (JS_TS, "claude_migrate.lang.text_editor:editor_dispatch"),
    "CM115": (JS_TS, "claude_migrate.lang.text_editor:undo_edit"),
    "CM117": (ALL, "claude_migrate.lang.tool_versions:versions_4_5"),
    "CM119": (JS_TS, "claude_migrate.lang.betas:beta_headers"),
    "CM124": (JS_TS, "claude_migrate.lang.responses:unchecked_content_text"),
    "CM125": (JS_TS, "claude_migrate.lang.requests_4_5:request_rules"),
    "CM128": (ALL, "claude_migrate.lang.tool_versions:code_execution_4_5"),
    "CM221": (JS_TS, "claude_migrate.lang.betas:beta_headers"),
    "CM223": (ALL, "claude_migrate.lang.computer_use:computer_use_5"),
    "CM215": (JS_TS, "claude_migrate.lang.requests_5:prefill"),
    "CM217": (JS_TS, "claude_migrate.lang.requests_5:output_config"),
    "CM225": (JS_TS, "claude_migrate.lang.responses:thinking_display"),
    "CM226": (JS_TS, "claude_migrate.lang.requests_5:thinking_default"),
    "CM230": (JS_TS, "claude_migrate.lang.requests_5:token_counts"),
    "CM231": (JS_TS, "claude_migrate.lang.completions:legacy_completions"),
    "CM121": (ALL, "claude_migrate.lang.stop_reasons:context_window"),
    "CM122": (ALL, "claude_migrate.lang.refusal:refusal"),
    "CM211": (ALL, "claude_migrate.lang.requests:sampling"),
    "CM213": (ALL, "claude_migrate.lang.requests:thinking"),
    "CM219": (JS_TS, "claude_migrate.lang.requests:max_tokens"),
    "CM227": (ALL, "claude_migrate.lang.tool_versions:code_execution_5"),
    "CM229": (JS_TS, "claude_migrate.lang.tool_versions:web_tools_5"),
    "CM316": (ALL, "claude_migrate.lang.tool_versions:computer_toolset_5_5"),
    "CM310": (JS_TS, "claude_migrate.lang.requests_5_5:thinking"),
    "CM312": (JS_TS, "claude_migrate.lang.requests_5_5:thinking_defaults"),
    "CM313": (JS_TS, "claude_migrate.lang.requests_5_5:forced_tool_choice"),
    "CM318": (JS_TS, "claude_migrate.lang.requests_5_5:haiku_sampling"),
    "CM321": (JS_TS, "claude_migrate.lang.requests_5_5:haiku_limits"),
    "CM322": (JS_TS, "claude_migrate.lang.requests_5_5:max_tokens"),
    "CM324": (JS_TS, "claude_migrate.lang.betas:beta_headers"),
    "CM306": (ALL, "claude_migrate.lang.model_ids_5_5:bedrock_profile"),
    "CM308": (ALL, "claude_migrate.lang.model_ids_5_5:unmigrated"),
    "CM326": (JS_TS, "claude_migrate.lang.compaction:compaction_stop"),
    "CM315": (JS_TS, "claude_migrate.lang.features_5_5:progress_in_thinking"),
    "CM317": (JS_TS, "claude_migrate.lang.features_5_5:advisor_model"),
    "CM328": (JS_TS, "claude_migrate.lang.features_5_5:unavailable_features"),
    "CM314": (JS_TS, "claude_migrate.lang.thinking_blocks:thinking_blocks"),
    "CM327": (JS_TS, "claude_migrate.lang.timeouts:non_streaming_timeout"),
}

# How list/explain name the kinds.
LANGUAGE_NAMES = {
    "typescript": "TypeScript",
    "javascript": "JavaScript",
    "go": "Go",
    "java": "Java",
    "ruby": "Ruby",
    "csharp": "C#",
    "php": "PHP",
}


def kind_of(path: str) -> str | None:
    dot = path.rfind(".")
    return SUFFIXES.get(path[dot:]) if dot >= 0 else None


def covers(code: str, kind: str) -> bool:
    entry = COVERAGE.get(code)
    return entry is not None and kind in entry[0]


def kinds_for(codes: Iterable[str]) -> frozenset[str]:
    """The file kinds of this package that some codemod of `codes` covers."""
    return frozenset(k for code in codes if code in COVERAGE for k in COVERAGE[code][0])


def languages_of(code: str) -> tuple[str, ...]:
    """Display names of the languages beyond Python a codemod covers, in a fixed order."""
    kinds = COVERAGE.get(code, (frozenset(), ""))[0]
    return tuple(name for kind, name in LANGUAGE_NAMES.items() if kind in kinds)
