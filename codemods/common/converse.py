"""Bedrock Converse requests, seen as Messages requests for the request rules.

`client.converse(modelId=..., inferenceConfig={"maxTokens": ..., "temperature": ...,
"topP": ...}, additionalModelRequestFields={"thinking": {...}, "top_k": ...})` sends a
Claude request with the Messages parameters under other names and in two nested dicts. The
request codemods apply their rules to it through `ConverseRequest`: `values` names the
parameters as a Messages request does (model, max_tokens, temperature, top_p, top_k,
thinking), and `places` says which dict (and key) holds each, so an edit lands there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import libcst as cst

from claude_migrate.authoring import dotted_name, drop_items, literal_text

SUFFIXES = (".converse", ".converse_stream")
# What makes a statement a Converse request worth walking for the request codemods.
TRIGGERS = (b"inferenceConfig", b"additionalModelRequestFields")
CONFIG = "inferenceConfig"
EXTRA = "additionalModelRequestFields"
# inferenceConfig's names for the Messages parameters.
CONFIG_NAMES = {"maxTokens": "max_tokens", "temperature": "temperature", "topP": "top_p"}


@dataclass(frozen=True)
class ConverseRequest:
    call: cst.Call
    values: dict[str, cst.BaseExpression]
    places: dict[str, tuple[cst.Dict, cst.DictElement]]


def converse_request(call: cst.Call, constants: Mapping[str, str]) -> ConverseRequest | None:
    """The request a Converse call sends, when its modelId= is visibly a Claude model (a
    literal, or a module constant in `constants`): Converse serves other vendors' models
    too, whose parameters are not these rules' business."""
    if not dotted_name(call.func).endswith(SUFFIXES):
        return None
    args = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
    if claude_model_id(call, constants) is None:
        return None
    values: dict[str, cst.BaseExpression] = {"model": args["modelId"]}
    places: dict[str, tuple[cst.Dict, cst.DictElement]] = {}
    for arg, names in ((CONFIG, CONFIG_NAMES), (EXTRA, None)):
        holder = args.get(arg)
        if not isinstance(holder, cst.Dict):
            continue
        for element in holder.elements:
            key = literal_text(element.key) if isinstance(element, cst.DictElement) else None
            if key is None or not isinstance(element, cst.DictElement):
                continue
            name = names.get(key) if names is not None else key
            if name is not None and name not in values:
                values[name] = element.value
                places[name] = (holder, element)
    return ConverseRequest(call, values, places)


def claude_model_id(call: cst.Call, constants: Mapping[str, str]) -> str | None:
    """The Claude model a Bedrock Runtime call names in modelId= (a literal, or a module
    constant in `constants`); None for another vendor's model or one not in sight."""
    model = next((a.value for a in call.args if a.keyword and a.keyword.value == "modelId"), None)
    text = literal_text(model) if model is not None else None
    if isinstance(model, cst.Name):
        text = constants.get(model.value)
    return text if text is not None and "anthropic.claude-" in text else None


@dataclass
class Edits:
    """Edits to the dicts of Converse requests, applied from leave_Dict."""

    drop: dict[cst.Dict, set[cst.DictElement]] = field(default_factory=dict)
    replace: dict[cst.DictElement, cst.BaseExpression] = field(default_factory=dict)

    def remove(self, request: ConverseRequest, name: str) -> None:
        holder, element = request.places[name]
        self.drop.setdefault(holder, set()).add(element)

    def set_value(self, request: ConverseRequest, name: str, value: cst.BaseExpression) -> None:
        holder, element = request.places[name]
        self.drop.setdefault(holder, set())
        self.replace[element] = value

    def apply(self, original: cst.Dict, updated: cst.Dict) -> cst.Dict:
        if original not in self.drop:
            return updated
        dropped = self.drop[original]
        kept = []
        for before, after in zip(original.elements, updated.elements, strict=True):
            if before in dropped:
                continue
            if before in self.replace and isinstance(after, cst.DictElement):
                after = after.with_changes(value=self.replace[before])
            kept.append(after)
        return drop_items(updated, kept)


def label(name: str) -> str:
    """How a Converse request spells a Messages parameter, for messages: `inferenceConfig
    topP` for top_p, `additionalModelRequestFields top_k` for the rest."""
    spelled = {messages: converse for converse, messages in CONFIG_NAMES.items()}
    if name in spelled:
        return f"{CONFIG} {spelled[name]}"
    return f"{EXTRA} {name}"


# Where a Converse request sets the effort of a Claude model: Converse has no output_config
# argument, so it goes with the model's own fields.
EFFORT = f'{EXTRA}={{"output_config": {{"effort": ...}}}}'


def names(request: ConverseRequest) -> Mapping[str, cst.CSTNode]:
    """Each parameter's element, to record changes and findings against."""
    return {name: element for name, (_, element) in request.places.items()}
