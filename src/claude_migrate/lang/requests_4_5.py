"""CM125 in TypeScript and JavaScript: the request parameters the 4.5 models reject, with the
4.5 set's tables and the judgement of its Python codemod.

In the object passed to `messages.create/stream/countTokens/parse` (beta included):

- `temperature` with `top_p`: where both are number literals and the request's model is in
  sight (a literal, or a `const` bound once), `top_p` is removed and the loss reported
  (CM130); otherwise the pair is reported and left (in a run to a later set, that set's
  sampling rule reports it instead).
- A literal `max_tokens` above the model's ceiling (64,000; the highest of the set where the
  model cannot be seen) is clamped and reported (CM126); one held in a `const` is reported
  (CM131). A model this set does not know (`claude-opus-5`) or, in a run to a later set,
  one it knows is left to the later set's ceiling.
- A thinking `budget_tokens` not below `max_tokens` is reported (CM127).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from . import JS_TS
from .document import Document
from .request_objects import requests
from .requests import constant_value, model_text
from .strings import WRAPPERS
from .text_editor import _pairs
from .undo import _remove_element

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod


def request_rules(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    models = getattr(codemod, "models")  # noqa: B009 (declared by the request codemods only)
    sampling: dict[str, str] = getattr(sys.modules[codemod.__module__], "SAMPLING")  # noqa: B009
    later = doc.context.options.target > codemod.target
    for obj, values in requests(doc):
        model = model_text(doc, values, obj)
        family = models.family_of(model) if model is not None else None
        _sampling(doc, codemod, values, family, sampling, later)
        ceiling = (
            family.max_tokens
            if family is not None
            else max(f.max_tokens for f in models.families.values())
        )
        newer = model is not None and family is None and "claude-" in model
        limit = values.get("max_tokens")
        max_tokens = _integer(doc, limit)
        if limit is not None and not newer and not (later and family is not None):
            max_tokens = _ceiling(doc, codemod, limit, max_tokens, ceiling, family)
        _budget(doc, values, max_tokens)


def _sampling(
    doc: Document,
    codemod: type[Codemod],
    values: dict[str, Node],
    family: Any,
    sampling: dict[str, str],
    later: bool,
) -> None:
    keep, drop = sampling["keep"], sampling["drop_when_both"]
    kept, dropped = values.get(keep), values.get(drop)
    if kept is None or dropped is None or dropped.parent is None:
        return
    pair = dropped.parent
    if _is_number(kept) and _is_number(dropped) and family is not None:
        doc.change(
            pair, codemod.code, f"removed {drop}: {doc.text(dropped)}", _remove_element(doc, pair)
        )
        doc.finding(
            pair,
            "CM130",
            f"{drop}: {doc.text(dropped)} was removed: {family.name} rejects temperature "
            f"together with top_p (400); {keep}: {doc.text(kept)} is kept",
        )
        return
    if later:
        return  # the later set's sampling rule reports each of them (CM212)
    why = (
        "the model of this request cannot be seen"
        if family is None
        else "the values are not literals here (settings passed through may leave one unset)"
    )
    doc.finding(
        pair,
        "CM130",
        f"{keep}: {doc.text(kept)} and {drop}: {doc.text(dropped)} are both set, and the 4.5 "
        f"models reject the pair (400); left unchanged because {why}: send only one of them",
    )


def _ceiling(
    doc: Document,
    codemod: type[Codemod],
    limit: Node,
    asked: int | None,
    ceiling: int,
    family: Any,
) -> int | None:
    """Clamp a literal max_tokens above the ceiling, report one held in a const; the
    max_tokens the request ends with (None: not known)."""
    name = family.name if family is not None else "the 4.5 models"
    if asked is not None:
        if asked <= ceiling:
            return asked
        written = doc.text(limit)
        new = f"{ceiling:_}" if "_" in written else str(ceiling)
        doc.change(limit, codemod.code, f"max_tokens {written} -> {new}", doc.replace(limit, new))
        doc.finding(
            limit,
            "CM126",
            f"max_tokens {asked} is above the {ceiling} ceiling of {name} and was clamped; "
            "check that the output still fits",
        )
        return ceiling
    held = _const_integer(doc, limit)
    if held is not None and held > ceiling:
        doc.finding(
            limit,
            "CM131",
            f"max_tokens is {held} ({doc.text(limit)}), above the {ceiling} ceiling of {name}; "
            "lower it where it is set (not changed here: it may serve requests to other models)",
        )
    return held


def _budget(doc: Document, values: dict[str, Node], max_tokens: int | None) -> None:
    thinking = values.get("thinking")
    if thinking is None or thinking.type != "object" or max_tokens is None:
        return
    budget_node = _pairs(doc, thinking).get("budget_tokens")
    budget = _integer(doc, budget_node) if budget_node is not None else None
    if budget_node is not None and budget is None:
        budget = _const_integer(doc, budget_node)
    if budget is not None and budget >= max_tokens:
        doc.finding(
            thinking,
            "CM127",
            f"thinking budget_tokens {budget} must be below max_tokens {max_tokens}",
        )


def _unwrapped(node: Node) -> Node:
    while node.type in WRAPPERS and node.named_child_count == 1:
        node = node.named_children[0]
    return node


def _is_number(node: Node) -> bool:
    node = _unwrapped(node)
    if node.type == "unary_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node.type == "number"


def _integer(doc: Document, node: Node | None) -> int | None:
    if node is None or node.type != "number":
        return None
    written = doc.text(node).replace("_", "")
    return int(written) if written.isdigit() else None


def _const_integer(doc: Document, node: Node) -> int | None:
    """The integer a name is bound to by a `const` declared once in the file."""
    if node.type != "identifier":
        return None
    return _integer(doc, constant_value(doc, doc.text(node)))
