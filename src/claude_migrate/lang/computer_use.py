"""CM223 in TypeScript and JavaScript: the computer-use tool moves to computer_20251124 with
its header computer-use-2025-11-24, with the data of the 5 set's tools.toml.

The tool's version depends on the model it is sent to (Haiku 4.5 keeps computer_20250124),
and the type and its beta header change together or not at all. So a type moves only where
the request is in sight: a request (`messages.create/stream/countTokens/parse`, beta
included) whose model is Opus 5 or Sonnet 5 (a literal, or a `const` bound once), whose
`tools` hold exactly one computer tool (written there, or in a `const` bound once, not
exported, to the tool's object or to the tools array, and named only in such requests)
and whose `betas` array holds exactly one old computer-use header. Both move; any other
old type or header is reported. The SDK's type names (`BetaToolComputerUse20250124`) are
renamed when every old type of the file moved, else reported. A review-level codemod: without --unsafe the moves are reported.

In a run to the 5.5 set only files whose clients are all Bedrock ones are moved (the 5.5
models take the computer toolset elsewhere, which that set reports); in Go and Java only
such files are reported (tool_versions.platforms_elsewhere), and in Ruby, C# and PHP, whose
Bedrock clients are not read, none (CM316 speaks for them).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document
from .request_objects import requests
from .requests import const_value, model_text, tool_object
from .strings import contents_with, literal_text
from .text_editor import _pairs, _set_text
from .tool_versions import _bedrock_only, _family_5, platforms_elsewhere

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

# The TypeScript SDK's names of the old tools' types (`Anthropic.Beta.BetaToolComputerUse…`).
_SDK_TYPE = re.compile(r"^BetaToolComputerUse(20241022|20250124)$")
# The other SDKs' (Go's BetaToolComputerUse20250124Param and OfComputerUseTool20250124, Java's
# and C#'s BetaToolComputerUse20250124).
_OTHER_SDK_TYPE = (
    r"^(Beta)?ToolComputerUse(20241022|20250124)\w*$|^OfComputerUseTool(20241022|20250124)$"
)
_SDK_NEW_TYPE = "BetaToolComputerUse20251124"


@dataclass
class _Request:
    """A request that sends a computer tool, and what of it could move."""

    family: str | None  # "opus", "sonnet", "haiku", or None: not in sight
    types: list[tuple[Node, str | None]] = field(default_factory=list)  # (literal, via const)
    headers: list[Node] = field(default_factory=list)  # old headers in its own betas array
    has_betas: bool = False
    held: bool = False  # its const tool is sent where it cannot move
    kept_as_is: bool = False  # a const request object also used elsewhere (Document.hold_span)

    @property
    def ready(self) -> bool:
        return (
            self.family in ("opus", "sonnet")
            and self.has_betas
            and not self.held
            and len(self.types) == 1
            and len(self.headers) == 1
        )


def computer_use_5(doc: Document, codemod: type[Codemod]) -> None:
    module = sys.modules[codemod.__module__]
    old_types: tuple[str, ...] = getattr(module, "OLD_TYPES")  # noqa: B009
    old_headers: tuple[str, ...] = getattr(module, "OLD_HEADERS")  # noqa: B009
    new_type: str = getattr(module, "NEW_TYPE")  # noqa: B009
    new_header: str = getattr(module, "NEW_HEADER")  # noqa: B009
    if doc.kind not in JS_TS:
        # In a run to 5.5, as in Python, only where every client is a Bedrock one (there
        # the beta tool stays; elsewhere the 5.5 set reports the toolset, CM316).
        later = doc.context.options.target > codemod.target
        if not later or platforms_elsewhere(doc) == {"bedrock"}:
            _elsewhere(doc, codemod, (*old_types, *old_headers), new_type, new_header, later)
        return
    if doc.context.options.target > codemod.target and not _bedrock_only(doc):
        return  # the 5.5 set reports these (CM316)
    found = _requests(doc, codemod, old_types, old_headers)
    _hold_back_shared(doc, found)
    # Haiku 4.5 takes the newest of the old versions (the 4.5 set moved its tools there).
    haiku_type, haiku_header = max(old_types), max(old_headers)
    moved: set[int] = set()  # start offsets of the literals moved
    spoken: set[int] = set()  # the literals of requests kept as they are, reported as such
    kept: set[int] = set()  # literals a Haiku 4.5 request keeps as they are
    for request in found:
        if request.family == "haiku":
            kept.update(t.start_byte for t, _ in request.types if _text(doc, t) == haiku_type)
            kept.update(h.start_byte for h in request.headers if _text(doc, h) == haiku_header)
    # A const tool sent to Haiku 4.5 and to another model is kept for neither.
    kept -= {t.start_byte for r in found if r.family != "haiku" for t, _ in r.types}
    for request in found:
        if not request.ready:
            continue
        (kind, _via), header = request.types[0], request.headers[0]
        type_edit, header_edit = _set_text(doc, kind, new_type), _set_text(doc, header, new_header)
        if type_edit is None or header_edit is None:
            continue
        edits = (type_edit, header_edit)  # both records carry both: together or not at all
        doc.change(
            kind, codemod.code, f"{_text(doc, kind)} -> {new_type} (with {new_header})", *edits
        )
        doc.change(
            header, codemod.code, f"{_text(doc, header)} -> {new_header} (with {new_type})", *edits
        )
        done = spoken if request.kept_as_is else moved  # the doc reports a held move
        done.update((kind.start_byte, header.start_byte))
    said = moved | kept | spoken
    left = _report_rest(doc, codemod, old_types, said, new_type, new_header, "type")
    _report_rest(doc, codemod, old_headers, said, new_type, new_header, "header")
    _sdk_types(doc, codemod, all_moved=bool(moved) and not left and not kept and not spoken)


def _requests(
    doc: Document, codemod: type[Codemod], old_types: tuple[str, ...], old_headers: tuple[str, ...]
) -> list[_Request]:
    found: list[_Request] = []
    for obj, values in requests(doc):
        tools, betas = values.get("tools"), values.get("betas")
        request = _Request(_family_5(codemod, model_text(doc, values, obj)))
        request.kept_as_is = (obj.start_byte, obj.end_byte) in doc.held
        listed: str | None = None  # `tools: TOOLS`, a const array of tools
        if tools is not None and tools.type == "identifier":
            listed = doc.text(tools)
            tools = const_value(doc, listed)
        if tools is not None and tools.type == "array":
            for element in tools.named_children:
                tool, via = tool_object(doc, element)
                if listed is not None:
                    tool, via = (element, listed) if element.type == "object" else (None, None)
                kind = _pairs(doc, tool).get("type") if tool is not None else None
                if kind is not None and literal_text(doc, kind) in old_types:
                    request.types.append((kind, via))
        if betas is not None and betas.type == "array":
            request.has_betas = True
            request.headers = [
                h for h in betas.named_children if literal_text(doc, h) in old_headers
            ]
        if request.types or request.headers:
            found.append(request)
    return found


def _hold_back_shared(doc: Document, found: list[_Request]) -> None:
    """A const tool moves only if every use of its name is in the tools of a request that
    moves: one used anywhere else (a Haiku request, an export, a function call) keeps the
    requests that send it from moving, until nothing changes."""
    while True:
        ready_uses: dict[str, int] = {}
        for request in found:
            if request.ready and request.types[0][1] is not None:
                name = request.types[0][1]
                ready_uses[name] = ready_uses.get(name, 0) + 1
        held = {name for name, uses in ready_uses.items() if _uses(doc, name) != uses}
        if not held:
            return
        for request in found:
            if request.ready and request.types[0][1] in held:
                request.held = True  # reported with the rest


def _uses(doc: Document, name: str) -> int:
    """How often `name` is used as a value (its declaration and property names aside)."""
    count = 0
    for node in doc.around(name.encode(), ("identifier", "shorthand_property_identifier")):
        parent = node.parent
        if doc.text(node) != name or parent is None:
            continue
        if parent.type == "variable_declarator" and parent.child_by_field_name("name") == node:
            continue
        count += 1
    return count


def _text(doc: Document, literal: Node) -> str:
    return literal_text(doc, literal) or ""


def _report_rest(
    doc: Document,
    codemod: type[Codemod],
    names: tuple[str, ...],
    done: set[int],
    new_type: str,
    new_header: str,
    what: str,
) -> int:
    """Report every literal naming one of `names` that did not move; how many there were."""
    count = 0
    for name in names:
        for literal, node, start, end in contents_with(doc, name.encode()):
            text = doc.data[start:end].decode("utf-8", "replace")
            if name not in (n.strip() for n in text.split(",")):  # "anthropic-beta": "a,b"
                continue
            if literal.start_byte in done:
                continue
            count += 1
            where = (
                "the tool is not in the tools of a request to Opus 5 or Sonnet 5 whose betas, "
                "with its header, are in sight"
                if what == "type"
                else "the header is not in the betas of a request to Opus 5 or Sonnet 5 whose "
                "computer tool is in sight"
            )
            doc.finding(
                node,
                codemod.code,
                f"{name}: Opus 5 and Sonnet 5 take {new_type} with the header {new_header} "
                "(same parameters; Haiku 4.5 keeps computer_20250124); not rewritten here: "
                + where,
            )
    return count


def _sdk_types(doc: Document, codemod: type[Codemod], all_moved: bool) -> None:
    """`BetaToolComputerUse20250124` and its 20241022 twin: renamed when every old type of
    the file moved (a tool typed by it moved too), else reported."""
    kinds = ("type_identifier", "identifier", "property_identifier")
    for node in doc.walk(kinds, matching=_SDK_TYPE.pattern):
        name = doc.text(node)
        if all_moved:
            doc.change(
                node, codemod.code, f"{name} -> {_SDK_NEW_TYPE}", doc.replace(node, _SDK_NEW_TYPE)
            )
        else:
            doc.finding(
                node,
                codemod.code,
                f"{name}: the SDK's type of an old computer tool; move it to {_SDK_NEW_TYPE} "
                "together with the tool's type and header",
            )


def _elsewhere(
    doc: Document,
    codemod: type[Codemod],
    names: tuple[str, ...],
    new_type: str,
    new_header: str,
    later: bool,
) -> None:
    """Go, Java, Ruby, C#, PHP (a run to 5, or to 5.5 in a file whose clients are all
    Bedrock ones): each old computer type or header string, and the SDKs' typed params of
    the old tools, reported."""
    takes = (
        f"on Bedrock the 5.5 models keep the beta tool, {new_type} with the header "
        f"{new_header} (Haiku 5.5's version there is not stated)"
        if later
        else f"Opus 5 and Sonnet 5 take {new_type} with the header {new_header} (same "
        "parameters; Haiku 4.5 keeps computer_20250124)"
    )
    advice = f"{takes}: move the tool and its header together; not rewritten in this language"
    for name in names:
        for _literal, node, start, end in contents_with(doc, name.encode()):
            text = doc.data[start:end].decode("utf-8", "replace")
            if name in (n.strip() for n in text.split(",")):
                doc.finding(node, codemod.code, f"{name} in {doc.kind}: {advice}")
    kinds = ("type_identifier", "identifier", "field_identifier", "constant", "name")
    for node in doc.walk(kinds, matching=_OTHER_SDK_TYPE):
        doc.finding(
            node,
            codemod.code,
            f"{doc.text(node)}, the SDK's type of an old computer tool: {advice}",
        )
