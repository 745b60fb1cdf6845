from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common import stop_reasons as sr

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Lines,
    Safety,
    Scope,
    TracksLines,
    insert_after,
    line_length,
    literal_text,
    wrapped,
    wrapped_block,
)


class RefusalStop(TracksLines, Codemod):
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
    Inserted only into a dispatch on one stop_reason whose fall-through mishandles an
    unknown value, because anywhere else a new branch changes what working code does:
    a fall-through that passes the value on (else: return stop_reason) is left alone; a chain
    that maps reasons to OpenAI's finish reasons (return "stop", finish = "length") gets
    refusal mapped to "content_filter" in the same form, and one mapping to values of your
    own is reported; a chain whose branches test different objects (primary.stop_reason then
    fallback.stop_reason) or unrelated conditions, and a dispatch inside a streaming loop
    (where the default template's raise would end the stream), are reported, not joined.

    Unknown literals (`case "pause" | "pause_turn":`) in a dispatch on `x.stop_reason` do
    not veto it; OpenAI's or MCP's vocabulary does (stop_reasons.py).

    Inserted code keeps to the file's line length (its longest line, 88 at least): a branch
    body too wide at the depth it goes in has its call's arguments wrapped as black writes
    them (a plain string still too long is split into adjacent literals), and a map that the
    new entry makes too long, with what shares its line, goes one entry per line.

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
    # The other SDKs' constants too: Go, Java, Ruby, C#, PHP stop-reason switches are reported.
    triggers = (
        b"pause_turn",
        b"StopReasonEndTurn",
        b"StopReason.END_TURN",
        b"StopReason::END_TURN",
        b"StopReason.EndTurn",
    )
    weak_triggers = (b"end_turn", b"tool_use", b"stop_sequence", b"max_tokens")
    scope = Scope(reads=(b"stop_reason",))  # sr.LazyNames reads the whole module
    finding_codes = {
        "CM123": "stop-reason dispatch or map with no refusal handling, left for a person"
    }

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._names = sr.LazyNames()
        self._lines = Lines()
        self._elifs: set[cst.If] = set()
        self._loops: list[str] = []  # the iterables of the for loops around the walk
        template = context.options.refusal_template or sr.REASONS["refusal_template"]
        self._template = template

    def visit_Module(self, node: cst.Module) -> None:
        self._names.start(node)
        self._module = node

    def visit_If(self, node: cst.If) -> None:
        if isinstance(node.orelse, cst.If):
            self._elifs.add(node.orelse)

    def visit_For(self, node: cst.For) -> None:
        self._loops.append(_code(node.iter))

    def leave_For(
        self, original_node: cst.For, updated_node: cst.For
    ) -> cst.BaseStatement | cst.FlattenSentinel[cst.BaseStatement] | cst.RemovalSentinel:
        self._loops.pop()
        return updated_node

    def leave_If(self, original_node: cst.If, updated_node: cst.If) -> cst.If:
        if original_node in self._elifs:
            return updated_node
        pairs = list(sr.chain_tests(original_node))
        tests = [t for _, t in pairs if t is not None]
        reasons = {r for t in tests for r in t.reasons}
        if not self._wants_refusal(reasons, [t.subject for t in tests]):
            return updated_node
        subject = _code(tests[0].subject)
        if len(tests) != len(pairs) or {_code(t.subject) for t in tests} != {subject}:
            self._report(
                original_node,
                "this chain tests different things in its branches (another object's "
                "stop_reason, or a condition that is no stop-reason test), so a refusal branch "
                "has no one place in it",
            )
            return updated_node
        fall = original_node
        while isinstance(fall.orelse, cst.If):
            fall = fall.orelse
        bodies = [branch.body for branch, _ in pairs]
        body = self._refusal_body(
            original_node, subject, bodies, fall.orelse.body if fall.orelse else None
        )
        if body is None:
            return updated_node
        quote = _quote(tests[0].comparison)
        branch = cst.parse_statement(f"if {subject} == {quote}{sr.REFUSAL}{quote}:\n    pass\n")
        assert isinstance(branch, cst.If)
        branch = branch.with_changes(body=body)
        self.record_change(original_node, f"inserted a {sr.REFUSAL} branch (review its body)")
        return _append_elif(updated_node, branch)

    def leave_Match(self, original_node: cst.Match, updated_node: cst.Match) -> cst.Match:
        reasons = sr.match_reasons(original_node)
        if reasons is None or not self._wants_refusal(reasons, [original_node.subject]):
            return updated_node
        subject = _code(original_node.subject)
        cases = [c for c in original_node.cases if not _is_wildcard(c.pattern)]
        wild = next((c for c in original_node.cases if _is_wildcard(c.pattern)), None)
        body = self._refusal_body(
            original_node, subject, [c.body for c in cases], wild.body if wild else None
        )
        if body is None:
            return updated_node
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
        case = cst.MatchCase(pattern=cst.MatchValue(literal), body=body)
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
            return wrapped(
                longer, line_length(self._module, self.context), self._lines.around(original_node)
            )
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

    def _refusal_body(
        self,
        node: cst.CSTNode,
        subject: str,
        bodies: list[cst.BaseSuite],
        fall_through: cst.BaseSuite | None,
    ) -> cst.IndentedBlock | None:
        """What the refusal branch does, or None (reported, or left: a pass-through).

        A fall-through that passes the value on (`else: return stop_reason`) already handles
        an unknown reason: left alone. A chain mapping reasons to values of another
        vocabulary (every branch one `return "x"` or `name = "x"`) gets refusal in that
        vocabulary: OpenAI's "content_filter"; a vocabulary of the project's own is
        reported. A raise is never put into a streaming loop, where it would end the stream.
        """
        if fall_through is not None and _passes_on(fall_through, subject):
            return None
        mapped = [_mapped_value(b) for b in bodies]
        if all(m is not None for m in mapped):
            forms = {(m[0], m[1]) for m in mapped if m is not None}
            values = [literal_text(m[2]) for m in mapped if m is not None]
            if len(forms) == 1 and all(v in sr.FOREIGN for v in values):
                kind, target = forms.pop()
                value = f'"{sr.REASONS["openai_refusal"]}"'
                code = f"return {value}" if kind == "return" else f"{target} = {value}"
                return self._fitted(node, cst.parse_module(code + "\n"))
            self._report(
                node,
                "this chain maps stop reasons to values of your own; what refusal should "
                "map to is yours to decide",
            )
            return None
        streaming = "delta" in subject or any(
            "stream" in loop or "event" in loop for loop in self._loops
        )
        if streaming and "raise" in self._template:
            self._report(
                node,
                "this dispatch runs inside a streaming loop, where raising would end the "
                "stream mid-way; handle refusal where the stream ends",
            )
            return None
        return self._fitted(
            node, cst.parse_module(self._template.replace("{reason}", subject) + "\n")
        )

    def _report(self, node: cst.CSTNode, why: str) -> None:
        self.record_finding(
            node,
            "CM123",
            f"no branch for {sr.REFUSAL} (Claude declined, HTTP 200) and none inserted: {why}",
        )

    def _fitted(self, dispatch: cst.CSTNode, code: cst.Module) -> cst.IndentedBlock:
        """The branch body, its long lines wrapped to the file's line length at the depth
        the branch goes (one level in from the dispatch, which TracksLines keeps count of)."""
        indent = self._lines.around(dispatch) + 4
        block = cst.IndentedBlock(body=code.body)
        return wrapped_block(block, line_length(self._module, self.context), indent)


def _code(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _small_statements(body: cst.BaseSuite) -> list[cst.BaseSmallStatement] | None:
    """The statements of a body that is one simple statement line; None otherwise."""
    if isinstance(body, cst.SimpleStatementSuite):
        return list(body.body)
    lines = body.body if isinstance(body, cst.IndentedBlock) else ()
    if len(lines) == 1 and isinstance(lines[0], cst.SimpleStatementLine):
        return list(lines[0].body)
    return None


def _mapped_value(body: cst.BaseSuite) -> tuple[str, str, cst.BaseExpression] | None:
    """("return", "", value) or ("assign", name, value) for a body that only maps to a
    constant (a literal or an attribute such as Finish.DONE); None for anything else."""
    small = _small_statements(body)
    if small is None or len(small) != 1:
        return None
    statement = small[0]
    value: cst.BaseExpression | None = None
    form: tuple[str, str] | None = None
    if isinstance(statement, cst.Return) and statement.value is not None:
        value, form = statement.value, ("return", "")
    elif (
        isinstance(statement, cst.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0].target, cst.Name)
    ):
        value, form = statement.value, ("assign", statement.targets[0].target.value)
    if value is None or form is None:
        return None
    if not _is_constant(value):
        return None
    return form[0], form[1], value


def _is_constant(node: cst.BaseExpression) -> bool:
    """A literal, or a name that reads as a constant (Finish.DONE, DONE, None): not a value
    computed from the response (response.content[0].text)."""
    if isinstance(node, (cst.SimpleString, cst.Integer)):
        return True
    if isinstance(node, cst.Name):
        return node.value in ("None", "True", "False") or node.value.isupper()
    if isinstance(node, cst.Attribute):
        root = node
        while isinstance(root, cst.Attribute):
            root = root.value  # type: ignore[assignment]
        return isinstance(root, cst.Name) and (
            root.value[:1].isupper() or node.attr.value.isupper()
        )
    return False


def _passes_on(body: cst.BaseSuite, subject: str) -> bool:
    """The fall-through returns, assigns or yields the dispatched value itself."""
    small = _small_statements(body)
    if small is None or len(small) != 1:
        return False
    statement = small[0]
    if isinstance(statement, (cst.Return, cst.Assign)) and statement.value is not None:
        return _code(statement.value) == subject
    if isinstance(statement, cst.Expr) and isinstance(statement.value, cst.Yield):
        value = statement.value.value
        return value is not None and _code(value) == subject
    return False


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
