"""CM122 in TypeScript and JavaScript: an explicit `refusal` branch in stop-reason dispatch,
with the judgement of the Python codemod (codemods/v4_5/cm122_refusal_stop.py).

A dispatch is an if/else-if chain or a `switch` whose tests name two or more stop reasons,
on one subject that is a stop reason (`msg.stop_reason`, `stopReason`, a name assigned from
one) or with only Anthropic's reasons as literals; none of OpenAI's or MCP's vocabulary. It
gets a branch for refusal before its fall-through (the `else`, the `default:`, or at the
end) when that fall-through mishandles an unknown value:

- a fall-through that passes the value on (`else return reason;`) is left alone;
- branches that each map to a constant of OpenAI's finish reasons (`return "stop";`,
  `finish = "length";`) get refusal mapped to "content_filter" in the same form; constants
  of another vocabulary are reported (CM123);
- otherwise the branch throws (the JavaScript spelling of the Python template); inside a
  streaming loop, with a refusal template of the user's own (Python code), across branches
  testing different things, or after a case that falls through, it is reported instead.

A stop-reason map (an object keyed by two or more stop reasons) whose values are OpenAI
finish reasons gets `refusal: "content_filter"`; any other is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from ..authoring.data import load_toml
from . import JS_TS
from .document import Document, Edit, ancestors
from .strings import literal_text
from .text_editor import _pairs

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

REFUSAL = "refusal"
THROW = (
    "throw new Error(\"Claude declined this request (stop_reason 'refusal'); "
    "see the response's stop_details\");"
)
_SUBJECT = re.compile(r"(?:\bstop_reason|\bstopReason|\[\s*[\"']stop_reason[\"']\s*\])$")
_FOREIGN_FIELD = re.compile(r"finish_reason|finishReason")
_CAMEL_CASE = re.compile(r"^[a-z]+[A-Z]")
_JUMPS = frozenset({"return_statement", "break_statement", "throw_statement", "continue_statement"})
_EQUALS = frozenset({"===", "=="})


@cache
def _reasons(package: str) -> dict[str, Any]:
    reasons: dict[str, Any] = load_toml(package, "requests.toml")["stop_reasons"]
    return reasons


@dataclass(frozen=True)
class _Test:
    subject: str
    reasons: tuple[str, ...]
    operator: str
    quote: str


class _Dispatch:
    """What the rule knows of one file: the stop-reason data and the names holding one."""

    def __init__(self, doc: Document, codemod: type[Codemod], package: str = "") -> None:
        self.doc = doc
        self.code = codemod.code
        # The stop reasons are the data of the codemod's set, or of the set `package` names.
        data = _reasons(package or codemod.__module__.rpartition(".")[0])
        self.known = frozenset(data["known"])
        self.foreign = frozenset(data["foreign"])
        self.mapped = str(data["openai_refusal"])
        self.custom = doc.context.options.refusal_template is not None
        self.names = {
            doc.text(name)
            for marker in (b"stop_reason", b"stopReason")
            for declarator in doc.around(marker, ("variable_declarator",))
            if (name := declarator.child_by_field_name("name")) is not None
            and (value := declarator.child_by_field_name("value")) is not None
            and name.type == "identifier"
            and _SUBJECT.search(doc.text(value))
        }

    def is_subject(self, text: str) -> bool:
        return bool(_SUBJECT.search(text)) or text in self.names

    def dispatches(self, reasons: set[str], subjects: set[str]) -> bool:
        """Stop-reason dispatch (stop_reasons.is_dispatch in Python): on a stop-reason
        subject, or naming two or more of Anthropic's reasons and none of another's."""
        if not reasons or any(r in self.foreign or _CAMEL_CASE.match(r) for r in reasons):
            return False
        if any(_FOREIGN_FIELD.search(s) for s in subjects):
            return False
        if any(self.is_subject(s) for s in subjects):
            return bool(reasons & self.known)
        return reasons <= self.known and len(reasons) >= 2

    def wants(self, reasons: set[str], subjects: set[str]) -> bool:
        """Stop-reason dispatch naming two or more reasons and no refusal case."""
        return len(reasons) >= 2 and REFUSAL not in reasons and self.dispatches(reasons, subjects)

    def report(self, node: Node, why: str) -> None:
        self.doc.finding(
            node,
            "CM123",
            f"no branch for {REFUSAL} (Claude declined, HTTP 200) and none inserted: {why}",
        )


def refusal(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        _report_elsewhere(doc, codemod)
        return
    dispatch = _Dispatch(doc, codemod)
    markers = [r.encode() for r in sorted(dispatch.known - {REFUSAL})]
    found: dict[tuple[int, int], Node] = {}
    for marker in markers:
        for node in doc.around(marker, ("if_statement", "switch_statement", "object")):
            found.setdefault((node.start_byte, node.end_byte), node)
    for _, node in sorted(found.items()):
        if node.type == "if_statement":
            parent = node.parent
            if parent is None or parent.type != "else_clause":  # an else-if is its chain's
                _chain(dispatch, node)
        elif node.type == "switch_statement":
            _switch(dispatch, node)
        else:
            _map(dispatch, node)


def read_test(
    doc: Document,
    node: Node | None,
    joins: frozenset[str] = frozenset({"||"}),
    tests: frozenset[str] = _EQUALS,
) -> _Test | None:
    """`subject === "x"` (an operator of `tests`), or several joined with an operator of
    `joins` on one subject."""
    while node is not None and node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    if node is None or node.type != "binary_expression":
        return None
    operator = node.child_by_field_name("operator")
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if operator is None or left is None or right is None:
        return None
    op = doc.text(operator)
    if op in joins:
        first, second = read_test(doc, left, joins, tests), read_test(doc, right, joins, tests)
        if first is None or second is None or first.subject != second.subject:
            return None
        return _Test(first.subject, first.reasons + second.reasons, first.operator, first.quote)
    if op not in tests:
        return None
    for literal, subject in ((right, left), (left, right)):
        text = literal_text(doc, literal) if literal.type == "string" else None
        if text is not None:
            return _Test(doc.text(subject), (text,), op, doc.text(literal)[0])
    return None


def _chain(dispatch: _Dispatch, top: Node) -> None:
    doc = dispatch.doc
    branches: list[tuple[Node, _Test | None]] = []
    current: Node | None = top
    fall: Node | None = None
    last = top
    while current is not None:
        branches.append((current, read_test(doc, current.child_by_field_name("condition"))))
        last = current
        alternative = current.child_by_field_name("alternative")
        following = alternative.named_children[0] if alternative is not None else None
        if following is not None and following.type == "if_statement":
            current = following
        else:
            fall, current = following, None
    tests = [t for _, t in branches if t is not None]
    reasons = {r for t in tests for r in t.reasons}
    if not dispatch.wants(reasons, {t.subject for t in tests}):
        return
    subject = tests[0].subject
    if len(tests) != len(branches) or {t.subject for t in tests} != {subject}:
        dispatch.report(
            top,
            "this chain tests different things in its branches (another object's "
            "stop_reason, or a condition that is no stop-reason test), so a refusal branch "
            "has no one place in it",
        )
        return
    bodies = [_statements(b.child_by_field_name("consequence")) for b, _ in branches]
    body = _body(dispatch, top, subject, bodies, _statements(fall) if fall is not None else None)
    if body is None:
        return
    indent = _indent(doc, top)
    step = _step(doc, indent, branches[0][0].child_by_field_name("consequence"))
    condition = f"{subject} {tests[0].operator} {tests[0].quote}{REFUSAL}{tests[0].quote}"
    lines = "".join(f"\n{indent}{step}{line}" for line in body)
    text = f"else if ({condition}) {{{lines}\n{indent}}}"
    alternative = last.child_by_field_name("alternative")
    if alternative is not None:
        edit = Edit(alternative.start_byte, alternative.start_byte, f"{text} ".encode())
    else:
        edit = Edit(last.end_byte, last.end_byte, f" {text}".encode())
    doc.change(top, dispatch.code, f"inserted a {REFUSAL} branch (review its body)", edit)


def _switch(dispatch: _Dispatch, switch: Node) -> None:
    doc = dispatch.doc
    value, body_node = switch.child_by_field_name("value"), switch.child_by_field_name("body")
    if value is None or body_node is None:
        return
    subject = doc.text(value)[1:-1].strip()  # inside the parentheses
    cases = [c for c in body_node.named_children if c.type == "switch_case"]
    default = next((c for c in body_node.named_children if c.type == "switch_default"), None)
    reasons: set[str] = set()
    quote = '"'
    for case in cases:
        label = case.child_by_field_name("value")
        text = literal_text(doc, label) if label is not None and label.type == "string" else None
        if label is None or text is None:
            return  # a case of another shape: not a dispatch this rule reads
        reasons.add(text)
        quote = doc.text(label)[0]
    if not dispatch.wants(reasons, {subject}):
        return
    # A label with no statements falls into the next case: only the bodies map.
    bodies = [parts for c in cases if (parts := _statements(c))]
    fall = _statements(default) if default is not None else None
    body = _body(dispatch, switch, subject, bodies, fall)
    if body is None:
        return
    before = _before(body_node, default)
    if before is not None and not _ends_in_jump(before):
        dispatch.report(
            switch,
            "the case before the place for it falls through, and a new case there would "
            "catch its values",
        )
        return
    anchor = default if default is not None else cases[-1]
    indent = _indent(doc, anchor)
    step = _step(doc, indent, cases[0])
    case_label = f"case {quote}{REFUSAL}{quote}:"
    if body[0].startswith("return ") or body[0].startswith("throw "):
        statements = body
    else:
        statements = [*body, "break;"]
    lines = "".join(f"\n{indent}{step}{line}" for line in statements)
    if default is not None:
        line_start = doc.data.rfind(b"\n", 0, default.start_byte) + 1
        if doc.data[line_start : default.start_byte].strip():
            dispatch.report(switch, "this switch is written on one line")
            return
        edit = Edit(line_start, line_start, f"{indent}{case_label}{lines}\n".encode())
    else:
        edit = Edit(anchor.end_byte, anchor.end_byte, f"\n{indent}{case_label}{lines}".encode())
    doc.change(switch, dispatch.code, f"inserted a case for {REFUSAL} (review its body)", edit)


def _map(dispatch: _Dispatch, obj: Node) -> None:
    doc = dispatch.doc
    pairs = [p for p in obj.named_children if p.type == "pair"]
    keys: dict[str, Node] = {}
    for pair in pairs:
        key = pair.child_by_field_name("key")
        if key is None:
            continue
        text = literal_text(doc, key) if key.type == "string" else doc.text(key)
        if text is not None:
            keys[text] = pair
    reasons = set(keys)
    if not (reasons and reasons <= dispatch.known and dispatch.wants(reasons, set())):
        return
    values = _pairs(doc, obj).values()
    if all(literal_text(doc, v) in dispatch.foreign for v in values):
        last = pairs[-1]
        last_key = last.child_by_field_name("key")
        last_value = last.child_by_field_name("value")
        if last_key is None or last_value is None:
            return
        key_quote = doc.text(last_key)[0] if last_key.type == "string" else ""
        value_quote = doc.text(last_value)[0]
        entry = f"{key_quote}{REFUSAL}{key_quote}: {value_quote}{dispatch.mapped}{value_quote}"
        doc.change(
            obj,
            dispatch.code,
            f'added "{REFUSAL}": "{dispatch.mapped}" (OpenAI\'s equivalent)',
            _after_entry(doc, last, entry),
        )
        return
    doc.finding(
        obj,
        "CM123",
        f"this stop-reason map has no entry for {REFUSAL}; a refusal (Claude declined, "
        "HTTP 200) gets whatever the lookup's fallback gives: add an entry",
    )


def _body(
    dispatch: _Dispatch,
    node: Node,
    subject: str,
    bodies: list[list[Node]],
    fall: list[Node] | None,
) -> list[str] | None:
    """The refusal branch's statements, or None (reported, or left: a pass-through)."""
    doc = dispatch.doc
    if fall is not None and _passes_on(doc, fall, subject):
        return None
    mapped = [_mapped(doc, b) for b in bodies]
    if all(m is not None for m in mapped):
        forms = {(m[0], m[1]) for m in mapped if m is not None}
        values = [literal_text(doc, m[2]) for m in mapped if m is not None]
        if len(forms) == 1 and all(v in dispatch.foreign for v in values):
            form, target = forms.pop()
            quote = next(doc.text(m[2])[0] for m in mapped if m is not None)
            value = f"{quote}{dispatch.mapped}{quote}"
            return [f"return {value};" if form == "return" else f"{target} = {value};"]
        dispatch.report(
            node,
            "this chain maps stop reasons to values of your own; what refusal should "
            "map to is yours to decide",
        )
        return None
    if "delta" in subject or _in_stream(doc, node):
        dispatch.report(
            node,
            "this dispatch runs inside a streaming loop, where throwing would end the "
            "stream mid-way; handle refusal where the stream ends",
        )
        return None
    if dispatch.custom:
        dispatch.report(
            node,
            "the refusal template set for this run is Python code; write the branch by hand",
        )
        return None
    return [THROW]


def _statements(node: Node | None) -> list[Node]:
    """A branch's statements: a block's, a case's (after its label), or the one statement."""
    if node is None:
        return []
    if node.type in ("switch_case", "switch_default"):
        label = node.child_by_field_name("value")
        parts = [c for c in node.named_children if c != label and c.type != "comment"]
        if len(parts) == 1 and parts[0].type == "statement_block":
            return _statements(parts[0])
        return parts
    if node.type == "statement_block":
        return [c for c in node.named_children if c.type != "comment"]
    return [node]


def _mapped(doc: Document, statements: list[Node]) -> tuple[str, str, Node] | None:
    """("return", "", value) or ("assign", name, value) for a branch that only maps to a
    constant; a case's closing `break` is allowed."""
    if statements and statements[-1].type == "break_statement":
        statements = statements[:-1]
    if len(statements) != 1:
        return None
    statement = statements[0]
    if statement.type == "return_statement" and statement.named_children:
        value = statement.named_children[0]
        return ("return", "", value) if _is_constant(doc, value) else None
    if statement.type == "expression_statement" and statement.named_children:
        assignment = statement.named_children[0]
        if assignment.type != "assignment_expression":
            return None
        left, right = (
            assignment.child_by_field_name("left"),
            assignment.child_by_field_name("right"),
        )
        if left is None or right is None or left.type != "identifier":
            return None
        return ("assign", doc.text(left), right) if _is_constant(doc, right) else None
    return None


def _is_constant(doc: Document, node: Node) -> bool:
    """A literal, or a name that reads as a constant (Finish.DONE, DONE, null): not a value
    computed from the response (response.content[0].text)."""
    if node.type == "string":
        return literal_text(doc, node) is not None
    if node.type in ("number", "null", "undefined", "true", "false"):
        return True
    if node.type == "identifier":
        return doc.text(node).isupper() or doc.text(node) == "undefined"
    if node.type == "member_expression":
        root = node
        while root.type == "member_expression":
            inner = root.child_by_field_name("object")
            if inner is None:
                return False
            root = inner
        prop = node.child_by_field_name("property")
        return root.type == "identifier" and (
            doc.text(root)[:1].isupper() or (prop is not None and doc.text(prop).isupper())
        )
    return False


def _passes_on(doc: Document, statements: list[Node], subject: str) -> bool:
    """The fall-through returns, assigns or yields the dispatched value itself."""
    if len(statements) != 1:
        return False
    statement = statements[0]
    parts = statement.named_children
    if statement.type == "return_statement":
        return bool(parts) and doc.text(parts[0]) == subject
    if statement.type == "expression_statement" and parts:
        inner = parts[0]
        if inner.type == "assignment_expression":
            right = inner.child_by_field_name("right")
            return right is not None and doc.text(right) == subject
        if inner.type == "yield_expression" and inner.named_children:
            return doc.text(inner.named_children[0]) == subject
    return False


def _in_stream(doc: Document, node: Node) -> bool:
    for loop in ancestors(node):
        if loop.type == "for_in_statement":
            right = loop.child_by_field_name("right")
            text = doc.text(right) if right is not None else ""
            if "stream" in text.lower() or "event" in text.lower():
                return True
    return False


def _before(body: Node, default: Node | None) -> Node | None:
    """The case the new one follows: the one before `default`, or the last."""
    cases = [c for c in body.named_children if c.type in ("switch_case", "switch_default")]
    if default is None:
        return cases[-1] if cases else None
    index = cases.index(default)
    return cases[index - 1] if index > 0 else None


def _ends_in_jump(case: Node) -> bool:
    statements = _statements(case)
    return bool(statements) and statements[-1].type in _JUMPS


def _indent(doc: Document, node: Node) -> str:
    line_start = doc.data.rfind(b"\n", 0, node.start_byte) + 1
    before = doc.data[line_start : node.start_byte].decode("utf-8", "replace")
    return before if not before.strip() else re.match(r"\s*", before).group(0)  # type: ignore[union-attr]


def _step(doc: Document, indent: str, node: Node | None) -> str:
    """The file's indentation step, from the first statement inside `node`."""
    inner = _statements(node)[:1] if node is not None else []
    if inner:
        deeper = _indent(doc, inner[0])
        if deeper.startswith(indent) and len(deeper) > len(indent):
            return deeper[len(indent) :]
    return "\t" if indent.startswith("\t") else "  "


def _after_entry(doc: Document, last: Node, entry: str) -> Edit:
    """`entry` added after an object's last pair, on its own line when the pairs are."""
    after = last.next_sibling
    has_comma = after is not None and after.type == ","
    end = after.end_byte if has_comma and after is not None else last.end_byte
    line_start = doc.data.rfind(b"\n", 0, last.start_byte) + 1
    indent = doc.data[line_start : last.start_byte]
    separator = b"\n" + indent if not indent.strip() else b" "
    text = (b"" if has_comma else b",") + separator + entry.encode() + (b"," if has_comma else b"")
    return Edit(end, end, text)


# Go, Java, Ruby, C#, PHP: a switch on a stop reason whose text names two or more reasons in
# any SDK's spelling (end_turn, EndTurn, END_TURN, StopReasonEndTurn) and never refusal.
_SWITCHES_ELSEWHERE = frozenset(
    {"expression_switch_statement", "switch_expression", "switch_statement", "case"}
)
_SUBJECT_ELSEWHERE = re.compile(r"(?:stop_reason|stopReason|StopReason)\W*$")


def _report_elsewhere(doc: Document, codemod: type[Codemod]) -> None:
    known = _reasons(codemod.__module__.rpartition(".")[0])["known"]
    spellings = {r.replace("_", ""): r for r in known}
    found: dict[int, Node] = {}
    for marker in (b"stop_reason", b"stopReason", b"StopReason"):
        for switch in doc.around(marker, _SWITCHES_ELSEWHERE):
            found.setdefault(switch.start_byte, switch)
    for _, switch in sorted(found.items()):
        text = doc.text(switch)
        head = re.split(r"[{\n]", text, maxsplit=1)[0]
        if not _SUBJECT_ELSEWHERE.search(head.rstrip(" )")):
            continue
        flat = text.lower().replace("_", "")
        named = {r for spelled, r in spellings.items() if spelled in flat}
        if REFUSAL in named or len(named - {REFUSAL}) < 2:
            continue
        doc.finding(
            switch,
            "CM123",
            f"no branch for {REFUSAL} (Claude declined, HTTP 200) in this stop-reason switch "
            f"({', '.join(sorted(named))}): add one where the fall-through mishandles it; not "
            f"rewritten in {doc.kind}",
        )
