"""The 5.5 set's request rules in TypeScript and JavaScript (CM310, CM313, CM318, CM322), with
the set's requests.toml and the judgement of its Python codemods.

A request is the object passed to `messages.create/stream/countTokens/parse`; it counts as a
5.5 request only when its model (a literal, or a `const` bound once in the file) is one of
the 5.5 IDs in any platform's form (the set's `requests.family_of_id`). A request whose
model cannot be seen is reported where Python reports it.

- CM310: manual thinking becomes `{ type: "adaptive" }` (its budget dropped and reported);
  disabled is removed on Opus 5.5, becomes `between_tools` on Sonnet 5.5 when the effort
  allows it, and is reported where it stays a 400 (CM311).
- CM313: a forced tool choice (`"any"`, `"tool"`) sent to Opus or Sonnet 5.5 is reported.
- CM318: `temperature`, `top_p` and `top_k` are removed from Haiku 5.5 requests (CM319).
- CM322: a literal `max_tokens` above the 5.5 ceiling (128,000) is clamped (CM323).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tree_sitter import Node

from . import JS_TS
from .document import Document
from .request_objects import methods_of, requests
from .requests import model_text
from .strings import literal_text
from .text_editor import _pairs, _set_text
from .undo import _remove_element

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

OPUS, SONNET, HAIKU, UNSEEN = "opus", "sonnet", "haiku", "unseen"
Visit = Callable[[Document, "type[Codemod]", Node, dict[str, Node], str], None]


def _set(codemod: type[Codemod]) -> ModuleType:
    return importlib.import_module(codemod.__module__.rpartition(".")[0] + ".requests")


def _each(doc: Document, codemod: type[Codemod], visit: Visit) -> None:
    if doc.kind not in JS_TS:
        return
    family_of_id = _set(codemod).family_of_id
    for obj, values in requests(doc):
        text = model_text(doc, values, obj)
        family = UNSEEN if text is None else family_of_id(text)
        if family is not None:
            visit(doc, codemod, obj, values, family)


def _effort(doc: Document, values: dict[str, Node]) -> tuple[bool, str | None]:
    config = values.get("output_config")
    effort = (
        _pairs(doc, config).get("effort")
        if config is not None and config.type == "object"
        else None
    )
    return (effort is not None, literal_text(doc, effort) if effort is not None else None)


def thinking(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _thinking)


def _thinking(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    config = values.get("thinking")
    if config is None or config.type != "object":
        return
    keys = _pairs(doc, config)
    kind_node = keys.get("type")
    kind = literal_text(doc, kind_node) if kind_node is not None else None
    if kind_node is None or kind not in ("enabled", "disabled", "between_tools"):
        return
    module = sys.modules[codemod.__module__]
    accepted: dict[str, list[str]] = getattr(module, "ACCEPTED")  # noqa: B009
    default_effort: dict[str, str] = getattr(module, "DEFAULT_EFFORT")  # noqa: B009
    low = _set(codemod).LOW_EFFORTS
    names: dict[str, str] = _set(codemod).NAMES
    effort_set, level = _effort(doc, values)

    def report(message: str) -> None:
        doc.finding(config, "CM311", message)

    if family == UNSEEN:
        if kind == "enabled":
            report(
                'manual thinking is a 400 on every 5.5 model (use { type: "adaptive" }); '
                "the model of this request cannot be seen here"
            )
        elif kind == "disabled":
            report(
                "disabled thinking is a 400 on Opus 5.5 (remove it) and Sonnet 5.5 (use "
                "between_tools); Haiku 5.5 accepts it up to effort high; the model of this "
                "request cannot be seen here"
            )
        return
    if kind == "enabled":
        edit = _set_text(doc, kind_node, "adaptive")
        if edit is None:
            return
        budget = keys.get("budget_tokens")
        edits = [edit] + ([_remove_element(doc, budget.parent)] if budget and budget.parent else [])
        doc.change(config, codemod.code, 'thinking {type: "enabled"} -> {type: "adaptive"}', *edits)
        report(
            f"budget_tokens: {doc.text(budget) if budget is not None else 'none'} was dropped: "
            f"{names[family]} accepts only adaptive thinking; effort stays at its default "
            f"({default_effort[family]}): set output_config: {{ effort: ... }} if the budget "
            "was there to save tokens"
        )
    elif kind == "disabled" and family == OPUS:
        pair = config.parent
        if pair is None or pair.type != "pair":
            return
        doc.change(
            config,
            codemod.code,
            "removed thinking (disabled: a 400 on Opus 5.5)",
            _remove_element(doc, pair),
        )
        report(
            'thinking { type: "disabled" } was removed: Opus 5.5 always thinks and answers 400 '
            'to it; to think less, lower output_config: { effort: ... } ("low", say)'
        )
    elif kind == "disabled" and family == SONNET:
        edit = _set_text(doc, kind_node, "between_tools")
        if len(keys) == 1 and (not effort_set or level in low) and edit is not None:
            doc.change(
                config,
                codemod.code,
                'thinking {type: "disabled"} -> {type: "between_tools"}',
                edit,
            )
        elif len(keys) > 1:
            report(
                "Sonnet 5.5 answers 400 to disabled thinking; its way to think less is "
                '{ type: "between_tools" } (which takes no other keys): change this setting by hand'
            )
        else:
            report(
                "Sonnet 5.5 answers 400 to disabled thinking; between_tools, its way to think "
                "less, is accepted only at effort low, medium or high: set one, or use adaptive"
            )
    elif kind == "disabled" and family == HAIKU and effort_set and level not in low:
        report(
            "Haiku 5.5 accepts disabled thinking only at effort low, medium or high "
            f"(400 at xhigh and max); effort here: {level or 'not a literal'}"
        )
    elif kind == "between_tools" and family != SONNET:
        report(
            f"between_tools is Sonnet 5.5's; {names[family]} accepts "
            f"{' or '.join(accepted[family])} (400 otherwise)"
        )
    elif kind == "between_tools" and effort_set and level not in low:
        report("between_tools is a 400 at effort xhigh and max: lower the effort or use adaptive")


def forced_tool_choice(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _tool_choice)


def _tool_choice(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    choice = values.get("tool_choice")
    if choice is None or choice.type != "object":
        return
    kind_node = _pairs(doc, choice).get("type")
    kind = literal_text(doc, kind_node) if kind_node is not None else None
    data: dict[str, Any] = _set(codemod).DATA["tool_choice"]
    if kind not in data["forced"]:
        return
    text = sys.modules[codemod.__module__].message(kind, family)
    if text is not None:
        doc.finding(choice, codemod.code, text)


def haiku_sampling(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _haiku_sampling)


def _haiku_sampling(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    if family != HAIKU:
        return
    for key in _set(codemod).DATA["haiku"]["sampling"]:
        value = values.get(key)
        if value is None or value.parent is None:
            continue
        setting = f"{key}: {doc.text(value)}"
        doc.change(
            value.parent, codemod.code, f"removed {setting}", _remove_element(doc, value.parent)
        )
        doc.finding(
            value.parent,
            "CM319",
            f"{setting} was removed: Haiku 5.5 answers 400 to sampling parameters "
            "(Haiku 4.5 honoured one of temperature and top_p)",
        )


def max_tokens(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _max_tokens)


def _max_tokens(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    value = values.get("max_tokens")
    if family == UNSEEN or value is None or value.type != "number":
        return
    model = _set(codemod).MODELS.families[family]
    written = doc.text(value)
    try:
        asked = int(written.replace("_", ""))
    except ValueError:
        return
    if asked <= model.max_tokens:
        return
    ceiling = f"{model.max_tokens:_}" if "_" in written else str(model.max_tokens)
    doc.change(
        value, codemod.code, f"max_tokens {written} -> {ceiling}", doc.replace(value, ceiling)
    )
    doc.finding(
        value,
        "CM323",
        f"max_tokens {written} is above {model.name}'s {model.max_tokens} ceiling and was clamped",
    )


def thinking_defaults(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _thinking_defaults)


def _thinking_defaults(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    """CM312: a 5.5 request that leaves effort or thinking to a default that changed."""
    if family == UNSEEN or methods_of(doc, obj) == {"countTokens"}:
        return
    if any(c.type == "spread_element" for c in obj.named_children):
        return  # `...params` may set them
    effort_set, level = _effort(doc, values)
    limit = values.get("max_tokens")
    module = sys.modules[codemod.__module__]
    written = module.Written(
        limit=f"max_tokens: {doc.text(limit)}" if limit is not None else "max_tokens",
        set_effort="output_config: { effort: ... }",
        thinking=lambda kind: f'thinking: {{ type: "{kind}" }}',
    )
    text = module.message(
        family, written, effort_set=effort_set, level=level, thinks="thinking" not in values
    )
    if text is not None:
        doc.finding(obj, codemod.code, text)


def haiku_limits(doc: Document, codemod: type[Codemod]) -> None:
    _each(doc, codemod, _haiku_limits)


def _haiku_limits(
    doc: Document, codemod: type[Codemod], obj: Node, values: dict[str, Node], family: str
) -> None:
    """CM321: what Haiku 5.5 counts and serves differently."""
    if family != HAIKU:
        return
    small: int = _set(codemod).DATA["haiku"]["small_max_tokens"]
    limit = values.get("max_tokens")
    written = doc.text(limit).replace("_", "") if limit is not None else ""
    is_small = (
        limit is not None and limit.type == "number" and written.isdigit() and int(written) < small
    )
    text = sys.modules[codemod.__module__].message(
        "countTokens" in methods_of(doc, obj),
        f"max_tokens: {doc.text(limit)}" if is_small and limit is not None else None,
        "service_tier" in values,
    )
    if text is not None:
        doc.finding(obj, codemod.code, text)
