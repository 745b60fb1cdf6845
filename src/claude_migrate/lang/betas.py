"""Beta headers in TypeScript and JavaScript (CM119, CM221), with the data each set's codemod
declares (`remove`, `rename`, `manual`, read from its tools.toml).

In a `betas: [...]` array and an `"anthropic-beta": "a,b"` header of an object literal
(request params, `defaultHeaders`, `headers`): the headers that do nothing on the 4.5 models
or became standard are removed, renamed ones are renamed, and the ones that need more than
a new name (the MCP connector's) are reported (the set's manual code). An array or header left empty goes
with its key. A header the set's codemod `defers` (the 5 set's computer-use headers, which
CM223 moves with the tool) is not reported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from .document import Document, Edit
from .strings import literal_text
from .text_editor import _pairs
from .undo import _remove_element

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

HEADER = "anthropic-beta"


def _betas(doc: Document, codemod: type[Codemod]) -> dict[str, Any]:
    """The set's data, as its BetaHeaders subclass declares it, without the manual headers
    it leaves to another codemod of this run."""
    betas = {k: getattr(codemod, k) for k in ("remove", "rename", "manual", "manual_code")}
    defers = getattr(codemod, "defers", None)
    if defers is not None:
        betas["manual"] = {
            k: v for k, v in betas["manual"].items() if not defers(k, doc.context.options)
        }
    return betas


def beta_headers(doc: Document, codemod: type[Codemod]) -> None:
    betas = _betas(doc, codemod)
    objects = {
        (o.start_byte, o.end_byte): o
        for marker in (b"betas", HEADER.encode())
        for o in doc.around(marker, ("object",))
    }
    for _, obj in sorted(objects.items()):
        values = _pairs(doc, obj)
        listed = values.get("betas")
        if listed is not None and listed.type == "array":
            _array(doc, codemod, betas, listed)
        header = values.get(HEADER)
        if header is not None and literal_text(doc, header) is not None:
            _header(doc, codemod, betas, header)


def _array(doc: Document, codemod: type[Codemod], betas: dict[str, Any], array: Node) -> None:
    elements = array.named_children
    removed: list[Node] = []
    for element in elements:
        name = literal_text(doc, element)
        if name is None:
            continue
        if name in betas["manual"]:
            doc.finding(element, betas["manual_code"], f"{name}: {betas['manual'][name]}")
        elif name in betas["rename"]:
            fragment = element.named_children[0]
            doc.change(
                element,
                codemod.code,
                f"{name} -> {betas['rename'][name]}",
                doc.replace(fragment, betas["rename"][name]),
            )
        elif name in betas["remove"]:
            removed.append(element)
    if not removed:
        return
    if len(removed) == len(elements) and array.parent is not None and array.parent.type == "pair":
        pair = array.parent
        names = ", ".join(literal_text(doc, e) or "" for e in removed)
        doc.change(
            pair,
            codemod.code,
            f"removed betas {names} (the list is left empty)",
            _remove_element(doc, pair),
        )
        return
    for element in removed:
        doc.change(
            element,
            codemod.code,
            f"removed beta {literal_text(doc, element)}",
            _remove_element(doc, element),
        )


def _header(doc: Document, codemod: type[Codemod], betas: dict[str, Any], header: Node) -> None:
    text = literal_text(doc, header) or ""
    names = [n.strip() for n in text.split(",")]
    kept: list[str] = []
    notes: list[str] = []
    for name in names:
        if name in betas["remove"]:
            notes.append(f"removed beta {name}")
        elif name in betas["rename"]:
            kept.append(betas["rename"][name])
            notes.append(f"{name} -> {betas['rename'][name]}")
        else:
            if name in betas["manual"]:
                doc.finding(header, betas["manual_code"], f"{name}: {betas['manual'][name]}")
            kept.append(name)
    if not notes:
        return
    pair = header.parent
    if not kept and pair is not None and pair.type == "pair":
        edit = _remove_element(doc, pair)
    else:
        fragment = header.named_children[0]
        edit = Edit(fragment.start_byte, fragment.end_byte, ",".join(kept).encode())
    for note in notes:
        doc.change(header, codemod.code, f"{HEADER}: {note}", edit)
