from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common import stop_reasons as sr

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Lines,
    Safety,
    Scope,
    insert_after,
    line_length,
    literal_text,
    wrapped,
)


class RefusalStop(Codemod):
    """Give stop-reason dispatch an explicit refusal branch before its fall-through.

    From Claude 4 on, a request can end with stop_reason "refusal": HTTP 200, possibly with
    partial content. An if/elif chain or match that names several stop reasons and has no
    refusal case sends it to its fall-through, which raises "unexpected", assumes tool_use,
    treats it as end_turn or quietly returns nothing. A branch for refusal is inserted
    before the else / `case _` (or at the end). Its body is the refusal template: by default
    it raises an error saying Claude declined; set your own with --refusal-template, where
    {reason} stands for the dispatched expression. Every insertion is listed for review. A
    stop-reason map without a refusal entry is reported: what refusal should map to in your
    own values is yours to decide.

    Unknown literals (`case "pause" | "pause_turn":`) in a dispatch on `x.stop_reason` do
    not veto it; OpenAI's or MCP's vocabulary does (stop_reasons.py).

    Before:  elif response.stop_reason == "tool_use": ...
             else: raise RuntimeError("unexpected")
    After:   elif response.stop_reason == "tool_use": ...
             elif response.stop_reason == "refusal": raise RuntimeError("Claude declined ...")
             else: raise RuntimeError("unexpected")

    Source: "What's new in Claude 4.5", "Migrating to Claude 4.5" and handling-stop-reasons
    docs (shared reference, section 4; codemods/v4_5/requests.toml).
    """

    code = "CM122"
    slug = "stop-reason-refusal"
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"end_turn", b"tool_use", b"stop_sequence", b"max_tokens", b"pause_turn")
    scope = Scope(reads=(b"stop_reason",))  # sr.LazyNames reads the whole module
    finding_codes = {"CM123": "stop-reason map with no refusal entry"}

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._names = sr.LazyNames()
        self._lines = Lines()
        self._elifs: set[cst.If] = set()
        template = context.options.refusal_template or sr.REASONS["refusal_template"]
        self._template = template

    def visit_Module(self, node: cst.Module) -> None:
        self._names.start(node)
        self._module = node

    # Where a map is on its line, so an entry added to it keeps within the file's line length.
    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> None:
        self._lines.enter(node)

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine:
        self._lines.leave(original_node)
        return updated_node

    def visit_IndentedBlock(self, node: cst.IndentedBlock) -> None:
        self._lines.enter(node)

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        self._lines.leave(original_node)
        return updated_node

    def visit_If(self, node: cst.If) -> None:
        if isinstance(node.orelse, cst.If):
            self._elifs.add(node.orelse)

    def leave_If(self, original_node: cst.If, updated_node: cst.If) -> cst.If:
        if original_node in self._elifs:
            return updated_node
        tests = [t for _, t in sr.chain_tests(original_node) if t is not None]
        reasons = {r for t in tests for r in t.reasons}
        if not self._wants_refusal(reasons, [t.subject for t in tests]):
            return updated_node
        subject = cst.Module([]).code_for_node(tests[0].subject)
        quote = _quote(tests[0].comparison)
        branch = cst.parse_statement(f"if {subject} == {quote}{sr.REFUSAL}{quote}:\n    pass\n")
        assert isinstance(branch, cst.If)
        branch = branch.with_changes(body=self._body(subject))
        self.record_change(original_node, f"inserted a {sr.REFUSAL} branch (review its body)")
        return _append_elif(updated_node, branch)

    def leave_Match(self, original_node: cst.Match, updated_node: cst.Match) -> cst.Match:
        reasons = sr.match_reasons(original_node)
        if reasons is None or not self._wants_refusal(reasons, [original_node.subject]):
            return updated_node
        subject = cst.Module([]).code_for_node(original_node.subject)
        quote = next(
            (
                p.value.quote
                for c in original_node.cases
                for p in _alternatives(c.pattern)
                if isinstance(p, cst.MatchValue) and isinstance(p.value, cst.SimpleString)
            ),
            '"',
        )
        literal = cst.SimpleString(f"{quote}{sr.REFUSAL}{quote}")
        case = cst.MatchCase(pattern=cst.MatchValue(literal), body=self._body(subject))
        cases = list(updated_node.cases)
        wildcard = next((i for i, c in enumerate(cases) if _is_wildcard(c.pattern)), len(cases))
        cases.insert(wildcard, case)
        self.record_change(original_node, f"inserted a case for {sr.REFUSAL} (review its body)")
        return updated_node.with_changes(cases=cases)

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        reasons = sr.dict_reasons(original_node)
        if not (reasons and reasons <= sr.KNOWN and self._wants_refusal(reasons, [])):
            return updated_node
        values = [e.value for e in original_node.elements if isinstance(e, cst.DictElement)]
        if all(literal_text(v) in sr.FOREIGN for v in values):
            # Values are OpenAI finish reasons: refusal has a well-known equivalent there.
            last = updated_node.elements[-1]
            assert isinstance(last, cst.DictElement) and isinstance(last.key, cst.SimpleString)
            quote = last.key.quote
            entry = last.with_changes(
                key=cst.SimpleString(f"{quote}{sr.REFUSAL}{quote}"),
                value=cst.SimpleString(f"{quote}{sr.REASONS['openai_refusal']}{quote}"),
            )
            elements = insert_after(updated_node.elements, len(updated_node.elements) - 1, entry)
            longer = updated_node.with_changes(elements=elements)
            self.record_change(
                original_node,
                f'added "{sr.REFUSAL}": "{sr.REASONS["openai_refusal"]}" (OpenAI\'s equivalent)',
            )
            return wrapped(longer, line_length(self._module), self._lines.around(original_node))
        self.record_finding(
            original_node,
            "CM123",
            f"this stop-reason map has no entry for {sr.REFUSAL}; a refusal (Claude declined, "
            "HTTP 200) gets whatever the lookup's fallback gives: add an entry",
        )
        return updated_node

    def _wants_refusal(self, reasons: set[str], subjects: list[cst.BaseExpression]) -> bool:
        return (
            len(reasons) >= 2
            and sr.REFUSAL not in reasons
            and sr.is_dispatch(reasons, subjects, self._names)
        )

    def _body(self, subject: str) -> cst.IndentedBlock:
        code = self._template.replace("{reason}", subject)
        return cst.IndentedBlock(body=cst.parse_module(code + "\n").body)


def _append_elif(node: cst.If, branch: cst.If) -> cst.If:
    """Insert `branch` as the last elif, before the chain's else if it has one."""
    if isinstance(node.orelse, cst.If):
        return node.with_changes(orelse=_append_elif(node.orelse, branch))
    return node.with_changes(orelse=branch.with_changes(orelse=node.orelse))


def _quote(comparison: cst.Comparison) -> str:
    for target in comparison.comparisons:
        literal = target.comparator
        if isinstance(literal, cst.SimpleString):
            return literal.quote
        for element in getattr(literal, "elements", ()):
            if isinstance(element.value, cst.SimpleString) and literal_text(element.value):
                return element.value.quote
    return '"'


def _is_wildcard(pattern: cst.MatchPattern) -> bool:
    return isinstance(pattern, cst.MatchAs) and pattern.pattern is None


def _alternatives(pattern: cst.MatchPattern) -> list[cst.MatchPattern]:
    return [p.pattern for p in pattern.patterns] if isinstance(pattern, cst.MatchOr) else [pattern]
