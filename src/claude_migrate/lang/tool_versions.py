"""Server and client tool versions in the other languages (CM117, CM227, CM229, CM316), with
the data each set's codemod module declares (its tools.toml).

- CM117 (every language): a string that is `bash_20241022` becomes `bash_20250124`. The
  computer tool, whose version depends on the request's model, moves with its header in
  TypeScript and JavaScript where the request is in sight, and is reported (CM118)
  elsewhere, unless the later set's rule for it is in the run (CM223 under --to 5, CM316
  with CM223 under --to 5.5), which moves or reports it: one finding for one tool.
- CM227 (every language): `code_execution_20250825` and `_20260120` become
  `code_execution_20260521` wherever the string stands (a tool's type, an allowed_callers
  entry); the legacy `code_execution_20250522`, whose results have another shape, is
  reported (CM228).
- CM229 (TypeScript, JavaScript): in a request's own `tools` list, web fetch sent to Opus 5
  and a web tool whose default callers Haiku 4.5 rejects are reported.
- CM316: a computer tool definition (TypeScript, JavaScript), or each computer type string
  and typed tool param (the other languages), is reported: the 5.5 models take the computer
  toolset on the Claude API and Google Cloud. A file whose clients are all Bedrock clients
  keeps the beta tool (in Go and Java, see platforms_elsewhere).

The SDKs' typed param classes of these tools (`BetaToolBash20241022Param`, ...) are left to
the Python codemods; in the other languages they are not rewritten.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from . import JS_TS
from .document import Document, Edit
from .request_objects import requests
from .requests import model_text, tool_object
from .strings import contents_with, literal_text
from .text_editor import _pairs, _set_text

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod


def _module(codemod: type[Codemod]) -> ModuleType:
    return sys.modules[codemod.__module__]


def _rename(doc: Document, codemod: type[Codemod], renames: dict[str, str]) -> None:
    for old, new in renames.items():
        for _literal, node, start, end in contents_with(doc, old.encode()):
            if doc.data[start:end].decode("utf-8", "replace") == old:
                doc.change(node, codemod.code, f"{old} -> {new}", Edit(start, end, new.encode()))


def _report(doc: Document, type_name: str, code: str, message: str) -> None:
    for _literal, node, start, end in contents_with(doc, type_name.encode()):
        if doc.data[start:end].decode("utf-8", "replace") == type_name:
            doc.finding(node, code, message)


def versions_4_5(doc: Document, codemod: type[Codemod]) -> None:
    module = _module(codemod)
    _rename(doc, codemod, dict(getattr(module, "TYPES")))  # noqa: B009
    computer = getattr(module, "COMPUTER")  # noqa: B009
    moved = _computer_by_model(doc, codemod, computer) if doc.kind in JS_TS else set()
    owned_later = getattr(module, "computer_owned_later")  # noqa: B009
    for literal, node, start, end in contents_with(doc, computer["old_type"].encode()):
        if doc.data[start:end].decode("utf-8", "replace") != computer["old_type"]:
            continue
        # The later set's rule reports (or moves) it, once: CM316 reads only a tool's type
        # in TypeScript, every string in the other languages.
        tool_type = doc.kind not in JS_TS or _is_tool_type(doc, literal)
        if start not in moved and not owned_later(doc.context.options, tool_type):
            doc.finding(
                node,
                "CM118",
                f"{computer['old_type']}: Sonnet and Haiku 4.5 take {computer['new_type']}, Opus "
                f"4.5 takes {computer['new_type_by_family']['opus']}, with the header of its "
                "version; not rewritten here: the tool is not in the tools of a request whose "
                "model and betas are in sight (or a later set decides its version)",
            )


def _computer_by_model(doc: Document, codemod: type[Codemod], computer: dict[str, Any]) -> set[int]:
    """TypeScript and JavaScript: a computer tool in a request's own `tools` whose model is in
    sight moves to that model's version together with the header in the request's own
    `betas` (both or neither). Under a later target only a Haiku 4.5 request's tool moves
    here; an Opus or Sonnet request's (or one to a model the 4.5 table does not know) is
    left, unreported, to the later set, which knows its final version (CM223, CM316), as
    Python's tooling.left_to_a_later_set. Hands back the offsets of the types moved or left."""
    moved: set[int] = set()
    later = doc.context.options.target > (4, 5)
    models = importlib.import_module(codemod.__module__.rpartition(".")[0] + ".tooling").MODELS
    for obj, values in requests(doc):
        text = model_text(doc, values, obj)
        family = models.family_of(text) if text is not None else None
        tools, betas = values.get("tools"), values.get("betas")
        if tools is None or tools.type != "array" or text is None:
            continue
        types = [
            kind
            for element in tools.named_children
            if element.type == "object"
            and (kind := _pairs(doc, element).get("type")) is not None
            and literal_text(doc, kind) == computer["old_type"]
        ]
        if later and (family is None or family.key in ("opus", "sonnet")):
            # A const tool it sends is the later set's too (CM223 moves or reports it).
            held = [tool_object(doc, e)[0] for e in tools.named_children if e.type == "identifier"]
            types += [
                kind
                for tool in held
                if tool is not None
                and (kind := _pairs(doc, tool).get("type")) is not None
                and literal_text(doc, kind) == computer["old_type"]
            ]
            moved.update(t.named_children[0].start_byte for t in types)
            continue
        if family is None or betas is None or betas.type != "array":
            continue
        headers = [
            h for h in betas.named_children if literal_text(doc, h) == computer["old_header"]
        ]
        if len(types) != 1 or len(headers) != 1:
            continue
        new_type = computer["new_type_by_family"].get(family.key, computer["new_type"])
        new_header = computer["new_header_by_family"].get(family.key, computer["new_header"])
        type_edit, header_edit = (
            _set_text(doc, types[0], new_type),
            _set_text(doc, headers[0], new_header),
        )
        if type_edit is None or header_edit is None:
            continue
        edits = (type_edit, header_edit)
        doc.change(
            types[0], codemod.code, f"{computer['old_type']} -> {new_type} ({family.name})", *edits
        )
        doc.change(
            headers[0],
            codemod.code,
            f"{computer['old_header']} -> {new_header} (with {new_type})",
            *edits,
        )
        moved.add(types[0].named_children[0].start_byte)
    return moved


def code_execution_5(doc: Document, codemod: type[Codemod]) -> None:
    module = _module(codemod)
    new: str = getattr(module, "NEW_TYPE")  # noqa: B009
    legacy: str = getattr(module, "LEGACY_TYPE")  # noqa: B009
    _rename(doc, codemod, {old: new for old in getattr(module, "OLD_TYPES")})  # noqa: B009
    _report(
        doc,
        legacy,
        "CM228",
        f"{legacy} is in no 5-generation model's list; {new} returns "
        "bash_code_execution_result and text_editor_code_execution_* blocks instead of "
        "code_execution_result: move it and its result handling by hand",
    )


def _family_5(codemod: type[Codemod], text: str | None) -> str | None:
    if text is None:
        return None
    requests_module: ModuleType = importlib.import_module(
        codemod.__module__.rpartition(".")[0] + ".requests"
    )
    if any(h in text for h in requests_module.HAIKU_IDS):
        return "haiku"
    family = requests_module.MODELS.family_of(text)
    return family.key if family is not None else None


def web_tools_5(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        return
    module = _module(codemod)
    prefix: str = getattr(module, "FETCH_PREFIX")  # noqa: B009
    no_fetch = getattr(module, "NO_FETCH")  # noqa: B009
    default_callers = getattr(module, "CALLER_DEFAULT_TYPES")  # noqa: B009
    no_calls = getattr(module, "NO_PROGRAMMATIC_CALLS")  # noqa: B009
    for obj, values in requests(doc):
        tools = values.get("tools")
        family = _family_5(codemod, model_text(doc, values, obj))
        if tools is None or tools.type != "array" or family is None:
            continue
        for element in tools.named_children:
            if element.type != "object":
                continue
            settings = _pairs(doc, element)
            kind_node = settings.get("type")
            kind = literal_text(doc, kind_node) if kind_node is not None else None
            if kind is None:
                continue
            if kind.startswith(prefix) and family in no_fetch:
                doc.finding(
                    element,
                    codemod.code,
                    f"{kind}: Opus 5 has no web fetch tool (Sonnet 5 has); drop the tool, or "
                    "send these requests to Sonnet 5",
                )
            elif (
                kind in default_callers and family in no_calls and "allowed_callers" not in settings
            ):
                doc.finding(
                    element,
                    codemod.code,
                    f"{kind} lets code execution call it by default; Haiku 4.5 cannot and "
                    'answers 400: add allowed_callers: ["direct"]',
                )


# The other SDKs' typed params of the beta computer tools (Go's
# BetaToolComputerUse20250124Param and OfComputerUseTool20250124, Java's and C#'s
# BetaToolComputerUse20250124), every version the 5.5 models reject off Bedrock.
_OTHER_SDK_COMPUTER = (
    r"^(Beta)?ToolComputerUse(20241022|20250124|20251124)\w*$"
    r"|^OfComputerUseTool(20241022|20250124|20251124)$"
)


def computer_toolset_5_5(doc: Document, codemod: type[Codemod]) -> None:
    types = sorted(getattr(_module(codemod), "TYPES"))  # noqa: B009
    if doc.kind not in JS_TS:
        _toolset_elsewhere(doc, codemod, types)
        return
    if _bedrock_only(doc):
        return
    for type_name in types:
        for literal, node, start, end in contents_with(doc, type_name.encode()):
            if doc.data[start:end].decode("utf-8", "replace") != type_name:
                continue
            if not _is_tool_type(doc, literal):
                continue
            doc.finding(
                node,
                codemod.code,
                f"{type_name}: on the Claude API and Google Cloud the 5.5 models take "
                "computer_toolset_20260801 (no beta header; the loop dispatches on name and "
                "toolset_name, actions come in batches); Bedrock keeps the beta tool: move "
                "the agent loop by hand",
            )


def _toolset_elsewhere(doc: Document, codemod: type[Codemod], types: list[str]) -> None:
    """Go, Java, Ruby, C#, PHP: each computer type string and typed param reported, as the
    Python codemod reports each tool, unless every client of the file is a Bedrock one;
    where no client is seen, with what Bedrock keeps."""
    platforms = platforms_elsewhere(doc)
    if platforms == {"bedrock"}:
        return  # the beta tool stays (CM223 reports its move to computer_20251124)
    where = (
        "" if platforms else " (on Bedrock, keep the beta tool: computer_20251124 with its header)"
    )
    advice = (
        "on the Claude API and Google Cloud the 5.5 models take computer_toolset_20260801 "
        "(no beta header; the loop dispatches on name and toolset_name, actions come in "
        f"batches): move the agent loop by hand{where}; not rewritten in this language"
    )
    for type_name in types:
        for _literal, node, start, end in contents_with(doc, type_name.encode()):
            if doc.data[start:end].decode("utf-8", "replace") == type_name:
                doc.finding(node, codemod.code, f"{type_name} in {doc.kind}: {advice}")
    kinds = ("type_identifier", "identifier", "field_identifier", "constant", "name")
    for node in doc.walk(kinds, matching=_OTHER_SDK_COMPUTER):
        doc.finding(
            node,
            codemod.code,
            f"{doc.text(node)}, the SDK's type of a beta computer tool: {advice}",
        )


def _is_tool_type(doc: Document, literal: Node) -> bool:
    pair = literal.parent
    if pair is None or pair.type != "pair" or pair.child_by_field_name("value") != literal:
        return False
    key = pair.child_by_field_name("key")
    return key is not None and doc.text(key).strip("\"'") == "type"


def _bedrock_only(doc: Document) -> bool:
    """Every client the file creates is a Bedrock one (`new AnthropicBedrock(...)`)."""
    clients = [
        doc.text(c.child_by_field_name("constructor") or c)
        for c in doc.around(b"Anthropic", ("new_expression",))
    ]
    return bool(clients) and all("Bedrock" in name for name in clients)


def platforms_elsewhere(doc: Document) -> frozenset[str]:
    """Go and Java: the platforms of the clients the file creates ("bedrock", "other"),
    empty when it creates none or the language's Bedrock client is not read here. Go's
    `anthropic.NewClient(bedrock.WithLoadDefaultConfig(ctx))` and Java's
    `AnthropicOkHttpClient.builder().backend(BedrockBackend.fromEnv())` reach Bedrock."""
    found: set[str] = set()
    if doc.kind == "go":
        for call in doc.around(b"NewClient", ("call_expression",)):
            function = call.child_by_field_name("function")
            if function is None or not doc.text(function).endswith("anthropic.NewClient"):
                continue
            arguments = call.child_by_field_name("arguments")
            reach = doc.text(arguments) if arguments is not None else ""
            found.add("bedrock" if "bedrock.With" in reach else "other")
    elif doc.kind == "java":
        for node in doc.at(b"AnthropicOkHttpClient"):
            chain = node
            while chain.parent is not None and chain.parent.type in (
                "method_invocation",
                "field_access",
                "argument_list",
            ):
                chain = chain.parent
            if chain is not node:  # a builder or fromEnv() call, not an import
                found.add("bedrock" if "Bedrock" in doc.text(chain) else "other")
    return frozenset(found)


def code_execution_4_5(doc: Document, codemod: type[Codemod]) -> None:
    """CM128 (review level, every language): code_execution_20250522 and its beta header move
    to 20250825 together; code reading the old result blocks is reported (CM129)."""
    module = _module(codemod)
    old_type: str = getattr(module, "OLD_TYPE")  # noqa: B009
    new_type: str = getattr(module, "NEW_TYPE")  # noqa: B009
    old_header: str = getattr(module, "OLD_HEADER")  # noqa: B009
    new_header: str = getattr(module, "NEW_HEADER")  # noqa: B009
    new_results: str = getattr(module, "NEW_RESULTS")  # noqa: B009
    moves = not getattr(module, "left_to_later_set")(doc.context.options)  # noqa: B009
    for _literal, node, start, end in contents_with(doc, old_type.encode()) if moves else ():
        if doc.data[start:end].decode("utf-8", "replace") == old_type:
            doc.change(
                node,
                codemod.code,
                f"{old_type} -> {new_type}: results become {new_results}; the header "
                f"{old_header} and the result handling move with it",
                Edit(start, end, new_type.encode()),
            )
    for _literal, node, start, end in contents_with(doc, old_header.encode()) if moves else ():
        text = doc.data[start:end].decode("utf-8", "replace")
        names = text.split(",")
        if old_header not in (n.strip() for n in names):
            continue
        new = ",".join(
            n.replace(old_header, new_header) if n.strip() == old_header else n for n in names
        )
        doc.change(
            node,
            codemod.code,
            f"{old_header} -> {new_header} (with {new_type})",
            Edit(start, end, new.encode()),
        )
    for result in sorted(getattr(module, "OLD_RESULTS")):  # noqa: B009
        for node in _named(doc, result):
            doc.finding(
                node,
                "CM129",
                f"{result} is a result of {old_type}; {new_type} returns {new_results} instead: "
                "move this handling with the tool version",
            )


def _named(doc: Document, name: str) -> list[Node]:
    """String literals whose text is `name`, and identifiers spelled `name`."""
    found = [
        node
        for _literal, node, start, end in contents_with(doc, name.encode())
        if doc.data[start:end] == name.encode()
    ]
    kinds = (
        "identifier",
        "type_identifier",
        "property_identifier",
        "field_identifier",
        "constant",
        "name",
    )
    found += [node for node in doc.around(name.encode(), kinds) if doc.text(node) == name]
    return sorted(found, key=lambda n: n.start_byte)
