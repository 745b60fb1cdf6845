from __future__ import annotations

from collections.abc import Callable, Mapping

import libcst as cst
from claude_migrate.codemods.common import converse
from claude_migrate.codemods.common import stop_reasons as sr
from claude_migrate.codemods.common.held_values import HeldInts, TracksHeldInts

from claude_migrate.authoring import (
    Family,
    FileContext,
    RequestAware,
    Safety,
    drop_items,
    is_request_call,
    literal_text,
    mapping_values,
)

from .tooling import MODELS

SAMPLING = sr.DATA["sampling"]
CEILING = max(f.max_tokens for f in MODELS.families.values())


class RequestRules(TracksHeldInts, RequestAware):
    """Fix request parameters the 4.5 models reject: temperature with top_p, and max_tokens over the ceiling.

    In messages.create / stream / count_tokens / parse (beta included), the SDK's
    MessageCreateParams types and request dicts (batch params), only where the request
    provably goes to Claude (a Claude model in sight, or with no model in sight a call of
    the Anthropic SDK's Messages API; a request dict of another provider's wrapper, such as
    {"model": self.cfg.model, ...}, is left alone and not reported): when temperature and
    top_p are both literals beside a model in sight, top_p is removed and temperature kept
    (the 4.5 models answer 400 to the pair), and the removal is reported with the value
    lost (CM130). Where the values come from the caller's settings (opts.get("top_p",
    NOT_GIVEN) may leave one unset) or the model cannot be seen, the pair is reported and
    left: removing a setting the caller may rely on is not the tool's call (a judgement).
    A literal max_tokens above the target model's ceiling (64,000 for the 4.5 models) is
    clamped, and reported; a thinking budget_tokens not below max_tokens is reported. A
    max_tokens or budget held in a module constant (max_tokens=OUTPUT_CAP), an attribute of
    the enclosing class (self.OUTPUT_CAP) or a fallback written in the request
    (kw.get("max_tokens", 128000)) is read too: above the ceiling it is reported (CM131),
    not changed, since the constant may serve requests to other models (a judgement: a
    clamp there could cut another model's output short). Bedrock Converse requests get the
    same rules: inferenceConfig's temperature, topP and maxTokens, and the thinking in
    additionalModelRequestFields.

    Before:  client.messages.create(..., max_tokens=128000, temperature=0.2, top_p=0.9)
    After:   client.messages.create(..., max_tokens=64000, temperature=0.2)

    Source: "Migrating to Claude 4.5"; models overview (max output) and extended-thinking
    docs (shared reference, section 5; codemods/v4_5/requests.toml, models.toml).
    """

    code = "CM125"
    slug = "request-rules"
    models = MODELS
    target = (4, 5)
    safety = Safety.SAFE
    triggers = (b"budget_tokens",)
    weak_triggers = (b"top_p", b"max_tokens", *converse.TRIGGERS)
    finding_codes = {
        "CM126": "max_tokens clamped to the target model's ceiling",
        "CM127": "thinking budget_tokens not below max_tokens",
        "CM131": "max_tokens above the ceiling, held in a constant, attribute or fallback",
        "CM130": "top_p removed beside temperature, or the pair left where that is not safe",
    }

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self.held = HeldInts()
        self._converse = converse.Edits()

    def visit_Call(self, node: cst.Call) -> None:
        request = converse.converse_request(node, self.requests.constants)
        if request is None:
            return
        model = request.values["model"]
        text = literal_text(model)
        if text is None and isinstance(model, cst.Name):
            text = self.requests.constants.get(model.value)
        drop, replace = self._decide(
            request.values, text, converse.names(request), spell=converse.label
        )
        for name in drop:
            self._converse.remove(request, name)
        for name, value in replace.items():
            if name is not None:
                self._converse.set_value(request, name, value)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if not is_request_call(original_node):
            return updated_node
        originals = {a.keyword.value: a for a in original_node.args if a.keyword is not None}
        values = {k: a.value for k, a in originals.items()}
        if not self.requests.goes_to_anthropic(original_node, values):
            return updated_node
        drop, replace = self._decide(values, self.requests.model_of(values), originals)
        args = []
        for arg in updated_node.args:
            key = arg.keyword.value if arg.keyword is not None else None
            if key in drop:
                continue
            args.append(arg.with_changes(value=replace[key]) if key in replace else arg)
        return drop_items(updated_node, args)

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        updated_node = self._converse.apply(original_node, updated_node)
        values = mapping_values(original_node) or {}
        if not (
            {"model", "messages"} <= values.keys() or {"max_tokens", "messages"} <= values.keys()
        ):
            return updated_node
        if not self.requests.goes_to_anthropic(original_node, values):
            return updated_node
        originals = {
            literal_text(e.key): e for e in original_node.elements if isinstance(e, cst.DictElement)
        }
        model = self.requests.model_of(values)
        drop, replace = self._decide(values, model, originals)  # type: ignore[arg-type]
        elements = []
        for element in updated_node.elements:
            key = literal_text(element.key) if isinstance(element, cst.DictElement) else None
            if key in drop:
                continue
            elements.append(element.with_changes(value=replace[key]) if key in replace else element)
        return drop_items(updated_node, elements)

    def _decide(
        self,
        values: Mapping[str, cst.BaseExpression],
        model: str | None,
        nodes: Mapping[str, cst.CSTNode],
        spell: Callable[[str], str] | None = None,
    ) -> tuple[set[str], dict[str | None, cst.BaseExpression]]:
        """What to drop and replace; `spell` names a parameter as the request writes it (a
        Converse request's inferenceConfig topP), None for a Messages request."""
        name = spell or str
        drop: set[str] = set()
        replace: dict[str | None, cst.BaseExpression] = {}
        family = MODELS.family_of(model) if model else None
        if self._drops_top_p(values, family, nodes, name):
            drop.add(SAMPLING["drop_when_both"])
        ceiling = family.max_tokens if family else CEILING
        max_tokens = _integer(values.get("max_tokens"))
        # A model this set does not know is newer than its target (claude-opus-5): its ceiling
        # is not ours to apply. An unseen model (a variable) gets the 4.5 ceiling.
        newer = model is not None and family is None and "claude-" in model
        # On a run to a later set, that set's ceiling rule owns a request whose model it sees
        # (with --to 5, Opus keeps up to 128,000 instead of 4.5's 64,000).
        later = self.context.options.target > self.target and family is not None
        if max_tokens is not None and max_tokens > ceiling and not newer and not later:
            old = values["max_tokens"]
            assert isinstance(old, cst.Integer)
            replace["max_tokens"] = old.with_changes(value=_format_like(ceiling, old.value))
            where = name("max_tokens")
            self.record_change(nodes["max_tokens"], f"{where} {max_tokens} -> {ceiling}")
            sdk = (
                ""
                if spell
                else " (the Python SDK also wants streaming above 21,333 for a non-streaming "
                "messages.create)"
            )
            self.record_finding(
                nodes["max_tokens"],
                "CM126",
                f"{where} {max_tokens} is above the {ceiling} ceiling of "
                f"{family.name if family else 'the 4.5 models'} and was clamped; check that the "
                f"output still fits{sdk}",
            )
            max_tokens = ceiling
        if max_tokens is None and "max_tokens" in values and not newer and not later:
            max_tokens = self._held_max_tokens(values["max_tokens"], nodes, ceiling, family)
        thinking = mapping_values(values["thinking"]) if "thinking" in values else None
        budget = _integer(thinking.get("budget_tokens")) if thinking else None
        if budget is None and thinking and "budget_tokens" in thinking:
            held = self.held.value(thinking["budget_tokens"], "budget_tokens")
            budget = held.value if held else None
        if budget is not None and max_tokens is not None and budget >= max_tokens:
            self.record_finding(
                nodes["thinking"],
                "CM127",
                f"thinking budget_tokens {budget} must be below {name('max_tokens')} {max_tokens}",
            )
        return drop, replace

    def _held_max_tokens(
        self,
        value: cst.BaseExpression,
        nodes: Mapping[str, cst.CSTNode],
        ceiling: int,
        family: Family | None,
    ) -> int | None:
        """max_tokens held outside the parameter: reported above the ceiling, never changed."""
        held = self.held.value(value, "max_tokens")
        if held is None:
            return None
        if held.value > ceiling:
            self.record_finding(
                nodes["max_tokens"],
                "CM131",
                f"max_tokens is {held.value} ({held.where}), above the {ceiling} ceiling of "
                f"{family.name if family else 'the 4.5 models'}; lower it where it is set (not "
                "changed here: it may serve requests to other models)",
            )
        return held.value

    def _drops_top_p(
        self,
        values: Mapping[str, cst.BaseExpression],
        family: Family | None,
        nodes: Mapping[str, cst.CSTNode],
        name: Callable[[str], str],
    ) -> bool:
        """top_p goes where temperature is beside it, both are literals and the model is one
        that rejects the pair; every removal, and every pair left, is reported (`name` spells
        a parameter as the request writes it)."""
        keep, drop = SAMPLING["keep"], SAMPLING["drop_when_both"]
        if keep not in values or drop not in values:
            return False
        kept, dropped = _code(values[keep]), _code(values[drop])
        kept_name, dropped_name = name(keep), name(drop)
        literal = all(_is_number(values[k]) for k in (keep, drop))
        if literal and family is not None:
            self.record_change(nodes[drop], f"removed {dropped_name}={dropped}")
            self.record_finding(
                nodes[drop],
                "CM130",
                f"{dropped_name}={dropped} was removed: {family.name} rejects temperature "
                f"together with top_p (400); {kept_name}={kept} is kept",
            )
            return True
        if self.context.options.target > self.target:
            return False  # the later set's sampling rule reports each of them (CM212)
        why = (
            "the model of this request cannot be seen"
            if family is None
            else "the values are not literals here (settings passed through may leave one unset)"
        )
        self.record_finding(
            nodes[drop],
            "CM130",
            f"{kept_name}={kept} and {dropped_name}={dropped} are both set, and the 4.5 models "
            f"reject the pair (400); left unchanged because {why}: send only one of them",
        )
        return False


def _code(node: cst.BaseExpression) -> str:
    return cst.Module([]).code_for_node(node)


def _is_number(node: cst.BaseExpression) -> bool:
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        node = node.expression
    return isinstance(node, (cst.Integer, cst.Float))


def _integer(node: cst.BaseExpression | None) -> int | None:
    return int(node.value.replace("_", "")) if isinstance(node, cst.Integer) else None


def _format_like(value: int, original: str) -> str:
    return f"{value:_}" if "_" in original else str(value)
