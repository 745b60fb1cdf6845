"""CM115 in TypeScript and JavaScript: remove the `undo_edit` command, which Claude 4 never
sends, from code tied to the Anthropic text editor (text_editor.undo_edit decides that).

Removed: a `case "undo_edit":` with its body (or, when it only falls through to the next
case, its label), an `if (cmd === "undo_edit")` branch of an if/else-if chain, a handler
map's `undo_edit` entry, and the member of a union type or array of editor commands. A
first branch whose `else` is a plain block, a case another case falls into, and every other
use of the string are reported (CM116).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tree_sitter import Node

from .document import Document, Edit
from .strings import contents_with, holder

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

_EQUALITY = frozenset({"==", "==="})
_NAME_KEYS = frozenset({"property_identifier", "shorthand_property_identifier"})


def remove(doc: Document, codemod: type[Codemod], undo: str) -> None:
    done: list[Node] = []  # nodes already removed or reported
    for literal, _node, start, end in contents_with(doc, undo.encode()):
        if doc.data[start:end].decode() != undo or any(
            d.start_byte <= start and end <= d.end_byte for d in done
        ):
            continue
        target = _removal(doc, literal, undo)
        if target is None:
            doc.finding(
                literal, "CM116", f"{undo} is never sent by Claude 4; remove this code by hand"
            )
            done.append(literal)
            continue
        node, edit = target
        if edit is None:
            doc.finding(
                node,
                "CM116",
                f"the {undo} branch cannot be removed on its own here; remove it by hand",
            )
        else:
            doc.change(node, codemod.code, f"removed the {undo} {_what(node)}", edit)
        done.append(node)
    # `{ undo_edit: handler }` and `{ undo_edit }`: keys that are names, not strings.
    for entry in doc.around(undo.encode(), ("pair", "shorthand_property_identifier")):
        key = entry.child_by_field_name("key") if entry.type == "pair" else entry
        if key is None or key.type not in _NAME_KEYS or doc.text(key) != undo:
            continue
        if entry.parent is not None and len(entry.parent.named_children) > 1:
            doc.change(
                entry,
                codemod.code,
                f"removed the {undo} handler entry",
                _remove_element(doc, entry),
            )


def _what(node: Node) -> str:
    return {
        "switch_case": "case",
        "if_statement": "branch",
        "pair": "handler entry",
        "shorthand_property_identifier": "handler entry",
        "literal_type": "member",
    }.get(node.type, "element")


def _removal(doc: Document, literal: Node, undo: str) -> tuple[Node, Edit | None] | None:
    parent = holder(literal)
    if parent is None:
        return None
    if parent.type == "switch_case" and parent.child_by_field_name("value") == literal:
        return parent, _remove_case(doc, parent)
    if parent.type == "pair" and parent.child_by_field_name("key") == literal:
        return parent, _remove_element(doc, parent)
    if parent.type == "binary_expression":
        operator = parent.child_by_field_name("operator")
        branch = _branch_of(parent)
        if operator is not None and doc.text(operator) in _EQUALITY and branch is not None:
            return branch, _remove_branch(doc, branch)
    if parent.type == "union_type" and literal.parent is not None:
        return literal.parent, _remove_member(doc, literal.parent)
    if parent.type == "array" and len(parent.named_children) > 1:
        return literal, _remove_element(doc, literal)
    return None


def _branch_of(condition: Node) -> Node | None:
    """The if statement whose whole condition is `condition`."""
    wrapper = condition.parent
    if wrapper is None or wrapper.type != "parenthesized_expression":
        return None
    statement = wrapper.parent
    if statement is None or statement.type != "if_statement":
        return None
    return statement if statement.child_by_field_name("condition") == wrapper else None


def _remove_case(doc: Document, case: Node) -> Edit | None:
    body = [c for c in case.named_children if c != case.child_by_field_name("value")]
    before = case.prev_named_sibling
    if before is not None and before.type == "switch_case":
        before_body = [c for c in before.named_children if c != before.child_by_field_name("value")]
        if not before_body and body:
            return None  # another case falls into this body
    if not body:  # only a label that falls through to the next case
        colon = next(c for c in case.children if c.type == ":")
        return _whole_lines(doc, case.start_byte, colon.end_byte)
    return _whole_lines(doc, case.start_byte, case.end_byte)


def _remove_branch(doc: Document, branch: Node) -> Edit | None:
    alternative = branch.child_by_field_name("alternative")
    owner = branch.parent
    if owner is not None and owner.type == "else_clause":  # `else if (undo) {…}`
        end = alternative.start_byte if alternative is not None else branch.end_byte
        return Edit(_space_before(doc, owner.start_byte), _space_before(doc, end), b"")
    if alternative is None:
        return _whole_lines(doc, branch.start_byte, branch.end_byte)
    following = alternative.named_children[0] if alternative.named_children else None
    if following is None or following.type != "if_statement":
        return None  # `if (undo) {…} else {…}`: the else block's statements need re-indenting
    return Edit(branch.start_byte, following.start_byte, b"")


def _remove_member(doc: Document, member: Node) -> Edit:
    union = member.parent
    assert union is not None
    bar = member.prev_sibling if member.prev_sibling is not None else member.next_sibling
    if bar is not None and bar.type == "|" and bar.end_byte <= member.start_byte:
        return Edit(_space_before(doc, bar.start_byte), member.end_byte, b"")
    after = member.next_sibling
    assert after is not None
    return Edit(member.start_byte, _space_after(doc, after.end_byte), b"")


def _remove_element(doc: Document, element: Node) -> Edit:
    after = element.next_sibling
    if after is not None and after.type == ",":
        line = _whole_lines(doc, element.start_byte, after.end_byte)
        if line.start != element.start_byte:
            return line
        return Edit(element.start_byte, _space_after(doc, after.end_byte), b"")
    before = element.prev_sibling
    if before is not None and before.type == ",":
        return Edit(before.start_byte, element.end_byte, b"")
    return _whole_lines(doc, element.start_byte, element.end_byte)


def _whole_lines(doc: Document, start: int, end: int) -> Edit:
    """Remove [start, end); and the whole lines, when nothing else stands on them."""
    line_start = doc.data.rfind(b"\n", 0, start) + 1
    line_end = doc.data.find(b"\n", end)
    line_end = len(doc.data) if line_end < 0 else line_end + 1
    if not doc.data[line_start:start].strip() and not doc.data[end:line_end].strip():
        return Edit(line_start, line_end, b"")
    return Edit(start, _space_after(doc, end), b"")


def _space_before(doc: Document, offset: int) -> int:
    while offset > 0 and doc.data[offset - 1 : offset] in (b" ", b"\t"):
        offset -= 1
    return offset


def _space_after(doc: Document, offset: int) -> int:
    while doc.data[offset : offset + 1] in (b" ", b"\t"):
        offset += 1
    return offset
