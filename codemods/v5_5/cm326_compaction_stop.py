from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common import stop_reasons as sr

from claude_migrate.authoring import Codemod, FileContext, Safety, Scope, request_values, visit

from .requests import DATA

COMPACTION = DATA["compaction"]
REASON: str = COMPACTION["stop_reason"]
KEY: str = COMPACTION["request_key"]


class _Compacts(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found = False

    def visit_Call(self, node: cst.Call) -> None:
        values = request_values(node)
        if values is not None and KEY in values:
            self.found = True


class CompactionStop(Codemod):
    """Report stop-reason dispatch with no "compaction" branch in code that asks for compaction.

    A beta request with compaction={"type": "summarize", ...} can end with stop_reason
    "compaction": one signed compaction block and nothing sampled after it; that block goes
    first in the next request's messages. An if/elif chain or match on the stop reason, in a
    module that sends such a request, that names no "compaction" sends it to its
    fall-through, as a stop-reason map (a dict keyed by two or more stop reasons) sends it to
    its lookup's fallback. What the loop should do (send the block back and continue) depends on the
    loop, so the dispatch is reported, not changed. Modules that never ask for compaction are
    left alone: the stop reason cannot happen there.

    Before:  if response.stop_reason == "end_turn": ... else: raise RuntimeError(...)
    After:   (unchanged; reported)

    Source: anthropic 2.15.0 types/beta/beta_stop_reason.py and beta_compaction_config_param.py
    (shared reference claude-5-5-facts.md, section 2.9).
    """

    code = "CM326"
    slug = "compaction-stop-reason"
    target = (5, 5)
    safety = Safety.REPORT
    triggers = ()
    weak_triggers = (b"compaction",)
    scope = Scope(
        around=(b"stop_reason", b"end_turn", b"tool_use", b"max_tokens", b"pause_turn"),
        reads=(b"stop_reason",),  # sr.LazyNames reads the whole module
    )

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._names = sr.LazyNames()
        self._elifs: set[cst.If] = set()
        self._compacts = False

    def visit_Module(self, node: cst.Module) -> None:
        self._names.start(node)
        finder = _Compacts()
        visit(node, finder)
        self._compacts = finder.found

    def visit_If(self, node: cst.If) -> None:
        if isinstance(node.orelse, cst.If):
            self._elifs.add(node.orelse)
        if not self._compacts or node in self._elifs:
            return
        tests = [t for _, t in sr.chain_tests(node) if t is not None]
        reasons = {r for t in tests for r in t.reasons}
        if REASON not in reasons and sr.is_dispatch(
            reasons, [t.subject for t in tests], self._names
        ):
            self._report(node)

    def visit_Match(self, node: cst.Match) -> None:
        if not self._compacts:
            return
        reasons = sr.match_reasons(node)
        if (
            reasons
            and REASON not in reasons
            and sr.is_dispatch(reasons, [node.subject], self._names)
        ):
            self._report(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        if self._compacts and is_map(sr.dict_reasons(node)):
            self.record_finding(node, self.code, message(f"{KEY}=", is_map=True))

    def _report(self, node: cst.CSTNode) -> None:
        self.record_finding(node, self.code, message(f"{KEY}="))


def is_map(keys: set[str]) -> bool:
    """A stop-reason map (keyed by two or more of Anthropic's reasons and nothing else)
    with no entry for compaction, which a lookup would send to its fallback."""
    return (
        len(keys) >= 2 and REASON not in keys and keys <= sr.KNOWN and sr.is_dispatch(keys, [], ())
    )


def message(written_key: str, *, is_map: bool = False) -> str:
    """The finding, with the request key as the language writes it (`compaction=`,
    `compaction:` in lang/compaction)."""
    what = (
        f'stop-reason map has no "{REASON}" entry'
        if is_map
        else f'dispatch has no "{REASON}" branch'
    )
    return (
        f"this {what}: a request with {written_key} can stop with it "
        "(one compaction block, nothing after it); send the block back first in the next "
        "request's messages and continue"
    )
