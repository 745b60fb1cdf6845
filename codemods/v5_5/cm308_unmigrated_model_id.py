from __future__ import annotations

import re
from collections.abc import Iterator

import libcst as cst

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Finding,
    Outcome,
    Safety,
    split_string,
    tables,
)
from claude_migrate.authoring.tables import Unmigrated

_TABLE = tables.load(__package__)
_REPORTED = {i: row for row in _TABLE.unmigrated if row.status != "active" for i in row.ids}
# The ID with an optional Bedrock cross-region prefix (us.anthropic.claude-mythos-preview),
# as a whole token.
_ID = re.compile(
    r"(?<![A-Za-z0-9_.\-])(?:[a-z]{2,6}(?:-gov)?\.)?("
    + "|".join(re.escape(i) for i in sorted(_REPORTED, key=len, reverse=True))
    + r")(?![A-Za-z0-9_@\-])(?!\.[A-Za-z0-9])"
)
_WHITESPACE = re.compile(r"\s")


class UnmigratedModelId(Codemod):
    """Report model IDs with no safe 5.5 target: claude-mythos-preview, and dated IDs Anthropic never published.

    claude-mythos-preview (and its Bedrock forms) is retired and was a restricted-access line:
    mapping it to Opus 5.5 would change who may call it and what it does, so it is reported,
    never rewritten. claude-opus-4-6-20260205 and claude-opus-4-7-20260416 appear only in
    litellm's tables; Anthropic's IDs from 4.6 on are dateless, so the API likely rejects them.
    The active Fable and Mythos 5 lines are left alone. Strings with whitespace are prose and
    are read only with --prose, as for CM301.

    Before:  MODEL = "claude-mythos-preview"
    After:   (unchanged; reported)

    Source: anthropic SDK 2.15.0 DEPRECATED_MODELS and types/model.py, litellm 1.110.2
    (shared reference claude-5-5-facts.md, sections 1b and 1d).
    """

    code = "CM308"
    slug = "unmigrated-model-id"
    target = (5, 5)
    safety = Safety.REPORT
    triggers = tuple(sorted({i.encode() for i in _REPORTED}))
    text_kinds = frozenset({"config"})

    def visit_Expr(self, node: cst.Expr) -> bool:
        # A bare string statement (docstring or note) is prose.
        is_text = isinstance(node.value, (cst.SimpleString, cst.ConcatenatedString))
        return self.context.options.prose or not is_text

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        parts = split_string(node)
        if parts.is_bytes or (not self.context.options.prose and _WHITESPACE.search(parts.body)):
            return
        for _, message in reported(parts.body):
            self.record_finding(node, self.code, message)

    @classmethod
    def transform_text(cls, text: str, fmt: str, context: FileContext) -> Outcome:
        findings = [
            Finding(number, start + 1, cls.code, message)
            for number, line in enumerate(text.splitlines(), start=1)
            if not line.lstrip().startswith(("#", ";", "//"))
            for start, message in reported(line)
        ]
        return Outcome(text, (), tuple(findings))


def reported(text: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each reported ID in `text`; read by the other languages' rule
    too (lang/model_ids_5_5)."""
    for match in _ID.finditer(text):
        yield match.start(), _message(match.group(0), _REPORTED[match.group(1)])


def _message(token: str, row: Unmigrated) -> str:
    return f"{token} ({row.name}): {row.note}; left unchanged"
