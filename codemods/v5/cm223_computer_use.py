from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common.platforms import CLIENT_WORDS, platforms_of

from claude_migrate.authoring import Codemod, FileContext, Safety, Scope, literal_text, with_text

from .tools import COMPUTER

OLD_TYPES: tuple[str, ...] = tuple(COMPUTER["old_types"])
NEW_TYPE: str = COMPUTER["new_type"]
OLD_HEADERS: tuple[str, ...] = tuple(COMPUTER["old_headers"])
NEW_HEADER: str = COMPUTER["new_header"]
OLD_CLASSES: tuple[str, ...] = tuple(COMPUTER["old_classes"])
CLASSES = dict.fromkeys(OLD_CLASSES, COMPUTER["new_class"])
# The TypeScript SDK's names of the old tools' types (no Param suffix): lang/computer_use.
TS_TYPES = tuple(c.removesuffix("Param") for c in OLD_CLASSES)


class ComputerUse20251124(Codemod):
    """Move the computer-use tool to computer_20251124 with its header computer-use-2025-11-24 (review).

    Opus 5 and Sonnet 5 do not list computer_20250124 or computer_20241022; they take
    computer_20251124 (same parameters; enable_zoom, off by default, adds a zoom action) with
    the beta header computer-use-2025-11-24, or the computer_20260801 toolset, which needs
    more than a rename. The tool type, the header and the SDK param class move together. A
    review-level rewrite: it runs only with --unsafe or when selected, because the file's
    requests must all be for Opus 5 or Sonnet 5 (Haiku 4.5 keeps computer_20250124).

    In a run to the 5.5 set it moves only code whose clients are all Bedrock ones: on the
    Claude API and Google Cloud the 5.5 models reject computer_20251124 too and need the
    toolset, which the 5.5 set reports.

    Before:  {"type": "computer_20250124", ...}, betas=["computer-use-2025-01-24"]
    After:   {"type": "computer_20251124", ...}, betas=["computer-use-2025-11-24"]

    Source: computer-use tool docs, compatibility table and "Earlier tool versions" (shared
    reference claude-5-facts.md, section 2.7).
    """

    code = "CM223"
    slug = "computer-use-20251124"
    target = (5, 0)
    safety = Safety.REVIEW
    triggers = tuple(t.encode() for t in (*OLD_TYPES, *OLD_HEADERS, *OLD_CLASSES, *TS_TYPES))
    scope = Scope(reads=CLIENT_WORDS)  # the clients the module creates

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._off = False

    def visit_Module(self, node: cst.Module) -> None:
        if self.context.options.target > self.target:
            platforms = platforms_of(node, self.context)
            self._off = not platforms or not platforms <= {"bedrock"}

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        old = literal_text(original_node)
        if self._off:
            return updated_node
        new = NEW_TYPE if old in OLD_TYPES else NEW_HEADER if old in OLD_HEADERS else None
        if old is None or new is None:
            return updated_node
        self.record_change(original_node, f"{old} -> {new}")
        return with_text(updated_node, new)

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        if self._off:
            return updated_node
        return self.rename_name(original_node, updated_node, CLASSES)
