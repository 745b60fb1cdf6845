"""Request parameters of the 5 generation (CM211 sampling, CM213 thinking).

TypeScript and JavaScript, in each request object (lang/request_objects: written in a
`messages.create/stream/countTokens/parse` call, built first in a `const`, or a batch's
`params`) whose `model` names Opus 5 or Sonnet 5 (the model-ID pass ran first):
`temperature`, `top_p` and `top_k` are removed and each lost value reported (CM212);
`thinking: { type: "enabled", budget_tokens: N }` becomes `{ type: "adaptive" }` and the
dropped budget is reported (CM214). A Haiku 4.5 request, or one whose model cannot be seen,
is reported and left. Go, Java, Ruby, C# and PHP: each use of these parameters in a file
that imports the SDK is reported with its line, not rewritten.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from . import JS_TS
from .document import Document
from .request_objects import requests, unwrapped
from .strings import literal_text
from .text_editor import _pairs
from .undo import _remove_element

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

FIVE, HAIKU = "five", "haiku"
SAMPLING = ("temperature", "top_p", "top_k")
# How the other SDKs spell the parameters: Go and C# fields, Java builder methods, Ruby and
# PHP keys.
_SPELLINGS = {
    "temperature": ("temperature", "Temperature"),
    "top_p": ("top_p", "topP", "TopP"),
    "top_k": ("top_k", "topK", "TopK"),
    "budget_tokens": ("budget_tokens", "budgetTokens", "BudgetTokens"),
}
_NAME_NODES = frozenset(
    {
        "field_identifier",
        "identifier",
        "hash_key_symbol",
        "simple_symbol",
        "name",
        "property_identifier",
    }
)
_SDK_IMPORT = re.compile(rb"anthropic-sdk-go|com\.anthropic\.|\bAnthropic\b")
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _imports_sdk(data: bytes) -> bool:
    """`_SDK_IMPORT.search(data)` by bytes searches: the expression's alternatives and its
    word boundaries kept it from searching for a literal, so it was tried at every byte of
    the file (a third of a millisecond for a large one, twice for a Go file with sampling)."""
    if b"anthropic-sdk-go" in data or b"com.anthropic." in data:
        return True
    at = data.find(b"Anthropic")
    while at >= 0:
        end = at + len(b"Anthropic")
        if (at == 0 or data[at - 1] not in _WORD_BYTES) and (
            end == len(data) or data[end] not in _WORD_BYTES
        ):
            return True
        at = data.find(b"Anthropic", end)
    return False


def model_text(doc: Document, values: dict[str, Node], obj: Node | None = None) -> str | None:
    """The request's model ID: a literal, or a name bound once in the file by a `const` to
    a literal (`model: MODEL` or `{ model }` after `const MODEL = "claude-…"`), as Python's
    RequestModels reads module constants."""
    model = values.get("model")
    if model is None and obj is not None:
        model = next(
            (
                c
                for c in obj.named_children
                if c.type == "shorthand_property_identifier" and doc.text(c) == "model"
            ),
            None,
        )
    if model is None:
        return None
    text = literal_text(doc, model)
    if text is not None:
        return text
    if model.type == "shorthand_property_identifier" or model.type == "identifier":
        return constant_text(doc, doc.text(model))
    return None


def constant_text(doc: Document, name: str) -> str | None:
    """The literal a name is bound to, when the file declares that name once, with `const`."""
    value = constant_value(doc, name)
    return literal_text(doc, value) if value is not None else None


def constant_value(doc: Document, name: str) -> Node | None:
    """The value a name is bound to, when the file declares that name once, with `const`,
    and never takes it as a parameter or assigns to it."""
    bound: list[Node] = []
    for declarator in doc.around(name.encode(), ("variable_declarator",)):
        target = declarator.child_by_field_name("name")
        if target is not None and doc.text(target) == name:
            bound.append(declarator)
    if len(bound) != 1 or _bound_elsewhere(doc, name):
        return None
    declaration = bound[0].parent
    value = bound[0].child_by_field_name("value")
    if declaration is None or value is None or declaration.type != "lexical_declaration":
        return None
    if not doc.text(declaration).startswith("const"):
        return None
    return value


def tool_object(doc: Document, element: Node) -> tuple[Node | None, str | None]:
    """The object literal a `tools` element is: itself, or the object a const holds (see
    const_value), with that const's name."""
    if element.type == "object":
        return element, None
    if element.type != "identifier":
        return None, None
    name = doc.text(element)
    value = const_value(doc, name)
    return (value, name) if value is not None and value.type == "object" else (None, None)


def const_value(doc: Document, name: str) -> Node | None:
    """`constant_value` of a const the file does not export, with `as const`, `satisfies T`
    and parentheses taken off: a tool, or a tools array, no other file can send."""
    value = constant_value(doc, name)
    declaration = value.parent.parent if value is not None and value.parent is not None else None
    if value is None or declaration is None:
        return None
    if declaration.parent is not None and declaration.parent.type == "export_statement":
        return None
    return unwrapped(value)


_BINDINGS = frozenset(
    {"required_parameter", "optional_parameter", "formal_parameters", "assignment_expression"}
)


def _bound_elsewhere(doc: Document, name: str) -> bool:
    """A parameter of that name, or an assignment to it, anywhere in the file."""
    for node in doc.around(name.encode(), _BINDINGS):
        if node.type == "formal_parameters":
            if any(c.type == "identifier" and doc.text(c) == name for c in node.named_children):
                return True
            continue
        field = "left" if node.type == "assignment_expression" else "pattern"
        target = node.child_by_field_name(field)
        if target is not None and doc.text(target) == name:
            return True
    return False


def target_of(
    doc: Document, values: dict[str, Node], models: Any, obj: Node | None = None
) -> str | None:
    text = model_text(doc, values, obj)
    if text is None:
        return None
    if "claude-haiku-4-5" in text:
        return HAIKU
    return FIVE if models.family_of(text) is not None else None


def sampling(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        _report_uses(
            doc,
            codemod,
            "CM212",
            SAMPLING,
            "Opus 5 and Sonnet 5 reject sampling parameters (400); remove it (Haiku 4.5 honours one of temperature and top_p)",
        )
        return
    models = getattr(codemod, "models")  # noqa: B009 (declared by the request codemods only)
    for obj, values in requests(doc):
        target = target_of(doc, values, models, obj)
        for key in SAMPLING:
            value = values.get(key)
            if value is None or value.parent is None:
                continue
            pair = value.parent
            setting = f"{key}: {doc.text(value)}"
            if target != FIVE:
                why = (
                    "Haiku 4.5 honours one of temperature and top_p"
                    if target == HAIKU
                    else "the request's model cannot be seen"
                )
                doc.finding(
                    pair, "CM212", f"{setting} left unchanged: {why}; Opus 5 and Sonnet 5 reject it"
                )
                continue
            doc.change(pair, codemod.code, f"removed {setting}", _remove_element(doc, pair))
            doc.finding(
                pair,
                "CM212",
                f"removed {setting}: Opus 5 and Sonnet 5 reject sampling parameters"
                + (" (temperature 0 never guaranteed determinism)" if key == "temperature" else ""),
            )


# The SDKs' shortcuts that take the budget as their argument, with no budget field in sight:
# Go's union constructor and the Java builder's method.
_MANUAL_THINKING = r"^(Beta)?ThinkingConfigParamOfEnabled$|^enabledThinking$"


def thinking(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS:
        why = (
            "manual thinking with a token budget is rejected by Opus 5 and Sonnet 5"
            + (" and by every 5.5 model" if doc.context.options.target >= (5, 5) else "")
            + " (400); use adaptive thinking"
        )
        _report_uses(doc, codemod, "CM214", ("budget_tokens",), why)
        if _imports_sdk(doc.data):
            kinds = ("field_identifier", "identifier", "type_identifier", "constant", "name")
            for node in doc.walk(kinds, matching=_MANUAL_THINKING):
                doc.finding(
                    node,
                    "CM214",
                    f"{doc.text(node)} in {doc.kind}: {why}; not rewritten in this language",
                )
        return
    models = getattr(codemod, "models")  # noqa: B009 (declared by the request codemods only)
    for obj, values in requests(doc):
        config = values.get("thinking")
        if config is None or config.type != "object":
            continue
        settings = _pairs(doc, config)
        kind = settings.get("type")
        if kind is None or literal_text(doc, kind) != "enabled":
            continue
        budget = settings.get("budget_tokens")
        spent = doc.text(budget) if budget is not None else "none"
        target = target_of(doc, values, models, obj)
        if target != FIVE:
            if target is None:
                doc.finding(
                    config,
                    "CM214",
                    "manual thinking where the request's model cannot be seen: Opus 5 and Sonnet 5 accept only adaptive thinking",
                )
            continue
        if set(settings) - {"type", "budget_tokens", "display"}:
            doc.finding(
                config,
                "CM214",
                "manual thinking with settings this tool does not know; change it to adaptive by hand",
            )
            continue
        display = settings.get("display")
        kept = f", display: {doc.text(display)}" if display is not None else ""
        doc.change(
            config,
            codemod.code,
            'thinking {type: "enabled"} -> {type: "adaptive"}',
            doc.replace(config, f'{{ type: "adaptive"{kept} }}'),
        )
        doc.finding(
            config,
            "CM214",
            f"dropped budget_tokens {spent}: adaptive thinking has no budget; set "
            "output_config.effort if the budget mattered",
        )


def _report_uses(
    doc: Document, codemod: type[Codemod], code: str, keys: tuple[str, ...], why: str
) -> None:
    """Go, Java, Ruby, C#, PHP: every spelling of the parameters, reported, in SDK files."""
    if not _imports_sdk(doc.data):
        return
    names = {spelling: key for key in keys for spelling in _SPELLINGS[key]}
    spelled = "|".join(sorted(names))
    for node in doc.walk(_NAME_NODES, matching=f"^:?({spelled}):?$"):
        text = doc.text(node).lstrip(":").rstrip(":")
        key = names.get(text)
        if key is not None and _is_parameter(node):
            doc.finding(
                node, code, f"{text} ({key}) in {doc.kind}: {why}; not rewritten in this language"
            )


def _is_parameter(node: Node) -> bool:
    """A key, field, named argument or builder call: not a variable of the same name."""
    parent = node.parent
    if parent is None:
        return False
    return (
        parent.type
        in {
            "keyed_element",
            "literal_element",
            "pair",
            "method_invocation",
            "assignment_expression",
            "named_argument",
            "argument",
            "array_element_initializer",
            "encapsed_string",
            "string",
        }
        or node.type == "hash_key_symbol"
    )


def max_tokens(doc: Document, codemod: type[Codemod]) -> None:
    """CM219 in TypeScript and JavaScript: a literal max_tokens above the ceiling of the
    request's model (Opus 5 and Sonnet 5 128,000, Haiku 4.5 64,000) is clamped and reported."""
    models = getattr(codemod, "models")  # noqa: B009 (declared by the request codemods only)
    for obj, values in requests(doc):
        value, text = values.get("max_tokens"), model_text(doc, values, obj)
        if value is None or value.type != "number" or text is None:
            continue
        if "claude-haiku-4-5" in text:
            # Haiku 4.5 stays in this set, outside its table: the codemod's own constant.
            limit = getattr(sys.modules[codemod.__module__], "HAIKU_CEILING", None)
            name = "Claude Haiku 4.5"
        else:
            family = models.family_of(text)
            limit, name = (family.max_tokens, family.name) if family is not None else (None, "")
        written = doc.text(value)
        try:
            asked = int(written.replace("_", ""))
        except ValueError:
            continue
        if limit is None or asked <= limit:
            continue
        ceiling = f"{limit:_}" if "_" in written else str(limit)
        doc.change(
            value, codemod.code, f"max_tokens {written} -> {ceiling}", doc.replace(value, ceiling)
        )
        doc.finding(
            value, "CM220", f"max_tokens {written} is above {name}'s ceiling of {limit:,}: clamped"
        )
