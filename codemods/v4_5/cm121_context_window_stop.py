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
    with_text,
    wrapped,
)


class ContextWindowStop(TracksLines, Codemod):
    """Handle model_context_window_exceeded wherever max_tokens is handled: both are output cut off.

    The 4.5 models stop with model_context_window_exceeded when the context window, not
    max_tokens, ends the output. In stop-reason dispatch (see stop_reasons.py):
    `== "max_tokens"` becomes `in ("max_tokens", "model_context_window_exceeded")` (and
    `!=` becomes `not in`), an `in (...)` test gains the new reason, `case "max_tokens":`
    becomes `case "max_tokens" | "model_context_window_exceeded":`, and a map entry for
    max_tokens gains a twin with the same value. OpenAI's finish_reason and MCP's
    camelCase reasons are left alone. A literal the tool does not know beside
    `x.stop_reason` (`case "pause" | "pause_turn":`) does not stop the rule (a judgement:
    the subject shows it is Claude's dispatch); a foreign vocabulary does. A one-line map
    that its new entry makes longer than the file's line length (its longest line, at least
    88) is written one entry per line, and so is a tuple of reasons in an if/elif header or
    a statement that its new entry makes too long, as black writes it.

    Before:  if response.stop_reason == "max_tokens":
    After:   if response.stop_reason in ("max_tokens", "model_context_window_exceeded"):

    Source: "What's new in Claude 4.5" and handling-stop-reasons docs (shared reference,
    section 4; codemods/v4_5/requests.toml).
    """

    code = "CM121"
    slug = "stop-reason-context-window"
    target = (4, 5)
    safety = Safety.SAFE
    # With the other SDKs' constants (Go, Java, C#, Ruby, PHP), reported there.
    triggers = (
        b"StopReasonMaxTokens",
        b"StopReason.MAX_TOKENS",
        b"StopReason::MAX_TOKENS",
        b"StopReason.MaxTokens",
    )
    weak_triggers = (b'max_tokens"', b"max_tokens'")  # the stop reason, quoted
    scope = Scope(reads=(b"stop_reason",))  # sr.LazyNames reads the whole module

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._names = sr.LazyNames()
        self._lines = Lines()
        self._elifs: set[cst.If] = set()
        self._marked: set[cst.CSTNode] = set()
        self._headers: dict[cst.Comparison, int] = {}  # an if/elif test -> its header's width

    def visit_Module(self, node: cst.Module) -> None:
        self._names.start(node)
        self._module = node

    def visit_If(self, node: cst.If) -> None:
        if isinstance(node.orelse, cst.If):
            self._elifs.add(node.orelse)
        if isinstance(node.test, cst.Comparison):
            # `elif ` and `:` share the header's line with the test.
            self._headers[node.test] = len("elif :" if node in self._elifs else "if :")
        if node not in self._elifs and sr.chain_is_dispatch(node, self._names):
            self._marked.update(t.comparison for _, t in sr.chain_tests(node) if t is not None)

    def visit_Comparison(self, node: cst.Comparison) -> None:
        # Outside an if chain, only a comparison whose subject is a stop reason counts.
        test = sr.read_test(node)
        if (
            test
            and sr.is_subject(test.subject, self._names)
            and sr.is_dispatch(set(test.reasons), [test.subject], self._names)
        ):
            self._marked.add(node)

    def visit_Match(self, node: cst.Match) -> None:
        reasons = sr.match_reasons(node)
        if reasons is not None and sr.is_dispatch(reasons, [node.subject], self._names):
            self._marked.add(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        reasons = sr.dict_reasons(node)
        if reasons and reasons <= sr.KNOWN and sr.is_dispatch(reasons, [], self._names):
            self._marked.add(node)

    def leave_Comparison(
        self, original_node: cst.Comparison, updated_node: cst.Comparison
    ) -> cst.Comparison:
        test = sr.read_test(updated_node)
        if original_node not in self._marked or not test or not _needs_twin(test.reasons):
            return updated_node
        target = updated_node.comparisons[0]
        self.record_change(original_node, f"{sr.CONTEXT_WINDOW} handled like {sr.TRUNCATED}")
        if isinstance(target.comparator, (cst.Tuple, cst.List, cst.Set)):
            elements = target.comparator.elements
            index = [literal_text(e.value) for e in elements].index(sr.TRUNCATED)
            twin = elements[index].with_changes(value=_twin(elements[index].value))
            comparator = target.comparator.with_changes(
                elements=insert_after(elements, index, twin)
            )
            longer = updated_node.with_changes(
                comparisons=[target.with_changes(comparator=comparator)]
            )
            return self._fitted(original_node, longer, comparator)
        old = target.comparator
        assert isinstance(old, cst.SimpleString)
        pair = cst.Tuple(
            [
                cst.Element(old, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
                cst.Element(_twin(old)),
            ]
        )
        operator = target.operator
        assert isinstance(operator, (cst.Equal, cst.NotEqual))
        before, after = operator.whitespace_before, operator.whitespace_after
        new_operator = (
            cst.NotIn(whitespace_before=before, whitespace_after=after)
            if test.negated
            else cst.In(whitespace_before=before, whitespace_after=after)
        )
        longer = updated_node.with_changes(
            comparisons=[target.with_changes(operator=new_operator, comparator=pair)]
        )
        return self._fitted(original_node, longer, pair)

    def _fitted(
        self,
        original: cst.Comparison,
        longer: cst.Comparison,
        collection: cst.Tuple | cst.List | cst.Set,
    ) -> cst.Comparison:
        """`longer` with its collection one item a line when the line it is on (an if/elif
        header, or a simple statement) would pass the file's line length."""
        empty = cst.Module([])
        around = (
            self._lines.around(original)
            + self._headers.get(original, 0)
            + len(empty.code_for_node(longer))
            - len(empty.code_for_node(collection))
        )
        if isinstance(collection, cst.Tuple) and not collection.lpar:
            return longer
        fitted = wrapped(collection, line_length(self._module, self.context), around)
        if fitted is collection:
            return longer
        target = longer.comparisons[0]
        return longer.with_changes(comparisons=[target.with_changes(comparator=fitted)])

    def leave_Match(self, original_node: cst.Match, updated_node: cst.Match) -> cst.Match:
        if original_node not in self._marked:
            return updated_node
        cases = []
        for original, case in zip(original_node.cases, updated_node.cases, strict=True):
            pattern = case.pattern
            alternatives = pattern.patterns if isinstance(pattern, cst.MatchOr) else None
            texts = [
                literal_text(p.value) if isinstance(p, cst.MatchValue) else None
                for p in _patterns(pattern)
            ]
            if _needs_twin(texts):
                self.record_change(original, f"{sr.CONTEXT_WINDOW} handled like {sr.TRUNCATED}")
                value = next(
                    p
                    for p in _patterns(pattern)
                    if isinstance(p, cst.MatchValue) and literal_text(p.value) == sr.TRUNCATED
                )
                twin = cst.MatchValue(_twin(value.value))
                bar = cst.BitOr(cst.SimpleWhitespace(" "), cst.SimpleWhitespace(" "))
                if alternatives is None:
                    pattern = cst.MatchOr(
                        [cst.MatchOrElement(pattern, separator=bar), cst.MatchOrElement(twin)]
                    )
                else:
                    last = alternatives[-1].with_changes(separator=bar)
                    pattern = pattern.with_changes(
                        patterns=[*alternatives[:-1], last, cst.MatchOrElement(twin)]
                    )
                case = case.with_changes(pattern=pattern)
            cases.append(case)
        return updated_node.with_changes(cases=cases)

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        keys = [
            literal_text(e.key) if isinstance(e, cst.DictElement) else None
            for e in updated_node.elements
        ]
        if original_node not in self._marked or not _needs_twin(keys):
            return updated_node
        self.record_change(
            original_node, f"{sr.CONTEXT_WINDOW} entry added, same value as {sr.TRUNCATED}"
        )
        index = keys.index(sr.TRUNCATED)
        element = updated_node.elements[index]
        assert isinstance(element, cst.DictElement)
        twin = element.with_changes(key=_twin(element.key))
        longer = updated_node.with_changes(
            elements=insert_after(updated_node.elements, index, twin)
        )
        return wrapped(
            longer, line_length(self._module, self.context), self._lines.around(original_node)
        )


def _needs_twin(texts: list[str | None] | tuple[str, ...]) -> bool:
    return sr.TRUNCATED in texts and sr.CONTEXT_WINDOW not in texts


def _twin(literal: cst.BaseExpression) -> cst.SimpleString:
    assert isinstance(literal, cst.SimpleString)
    return with_text(literal, sr.CONTEXT_WINDOW)


def _patterns(pattern: cst.MatchPattern) -> list[cst.MatchPattern]:
    if isinstance(pattern, cst.MatchOr):
        return [p.pattern for p in pattern.patterns]
    return [pattern]
