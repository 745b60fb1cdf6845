"""Helpers for the call and dict shapes that Claude requests are written in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import libcst as cst

from .strings import literal_text
from .tables import ANY_CLAUDE_ID, Family, ModelTable


def dotted_name(node: cst.BaseExpression) -> str:
    """`client.beta.messages.create` for that expression; "" for anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        left = dotted_name(node.value)
        return f"{left}.{node.attr.value}" if left else ""
    if isinstance(node, cst.Call):
        return dotted_name(node.func) + "()"
    return ""


# Calls that send a Messages request (beta included: client.beta.messages.create ends the same
# way), and the SDK's typed request params.
REQUEST_SUFFIXES = (
    ".messages.create",
    ".messages.stream",
    ".messages.count_tokens",
    ".messages.parse",
)
PARAM_CLASSES = (
    "MessageCreateParams",
    "MessageCreateParamsNonStreaming",
    "MessageCreateParamsStreaming",
)


def is_request_call(call: cst.Call) -> bool:
    name = dotted_name(call.func)
    return name.endswith(REQUEST_SUFFIXES) or name.split(".")[-1] in PARAM_CLASSES


def request_values(node: cst.CSTNode) -> Mapping[str, cst.BaseExpression] | None:
    """Keyword arguments of a request call, or keys of a request dict (a batch's `params`)."""
    if isinstance(node, cst.Call) and is_request_call(node):
        return {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    if isinstance(node, cst.Dict):
        values = mapping_values(node) or {}
        if {"messages", "max_tokens"} <= values.keys() or {"messages", "model"} <= values.keys():
            return values
    return None


def sets_key(values: Mapping[str, cst.BaseExpression], key: str) -> bool:
    """The request sets `key`, itself or inside its `extra_body` dict."""
    if key in values:
        return True
    extra = values.get("extra_body")
    extra_values = mapping_values(extra) if extra is not None else None
    return extra_values is not None and key in extra_values


def imports_anthropic(module: cst.Module) -> bool:
    """`import anthropic...` or `from anthropic... import` at the top level of the module."""
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.Import) and any(
                dotted_name(a.name).split(".")[0] == "anthropic" for a in small.names
            ):
                return True
            if (
                isinstance(small, cst.ImportFrom)
                and small.module is not None
                and dotted_name(small.module).split(".")[0] == "anthropic"
            ):
                return True
    return False


def kwarg(call: cst.Call, name: str) -> cst.Arg | None:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None


def dict_entries(node: cst.Dict) -> dict[str, cst.DictElement]:
    """The elements of a dict literal whose keys are plain strings, by key text."""
    entries = {}
    for element in node.elements:
        if isinstance(element, cst.DictElement):
            key = literal_text(element.key)
            if key is not None:
                entries[key] = element
    return entries


def mapping_values(node: cst.BaseExpression) -> dict[str, cst.BaseExpression] | None:
    """Key -> value for a dict literal or a `dict(key=...)` call; None for other shapes."""
    if isinstance(node, cst.Dict):
        return {key: element.value for key, element in dict_entries(node).items()}
    if isinstance(node, cst.Call) and dotted_name(node.func) == "dict":
        return {a.keyword.value: a.value for a in node.args if a.keyword is not None}
    return None


def module_string_constants(module: cst.Module) -> dict[str, str]:
    """`NAME = "text"` assignments at module level, for resolving `model=NAME`."""
    constants = {}
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            value = None
            targets: Sequence[cst.BaseExpression] = ()
            if isinstance(small, cst.Assign):
                value, targets = small.value, [t.target for t in small.targets]
            elif isinstance(small, cst.AnnAssign) and small.value is not None:
                value, targets = small.value, [small.target]
            text = literal_text(value) if value is not None else None
            if text is None:
                continue
            for target in targets:
                if isinstance(target, cst.Name):
                    constants[target.value] = text
    return constants


class _ParameterDefaults(cst.CSTVisitor):
    """`model=NAME` arguments that name a parameter with a string default (`def ask(text,
    model="claude-sonnet-5")`) the function never assigns: id(the NAME node) -> the default."""

    def __init__(self) -> None:
        self.found: dict[int, str] = {}
        self._scopes: list[dict[str, str]] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        params = node.params
        defaults = {
            p.name.value: text
            for p in (*params.posonly_params, *params.params, *params.kwonly_params)
            if p.default is not None and (text := literal_text(p.default)) is not None
        }
        assigned = _assigned_names(node.body)
        outer = self._scopes[-1] if self._scopes else {}
        own = {
            p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)
        }
        scope = {k: v for k, v in outer.items() if k not in own}
        scope.update(defaults)
        self._scopes.append({k: v for k, v in scope.items() if k not in assigned})

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._scopes.pop()

    def visit_Call(self, node: cst.Call) -> None:
        if not self._scopes:
            return
        arg = kwarg(node, "model")
        if arg is not None and isinstance(arg.value, cst.Name):
            text = self._scopes[-1].get(arg.value.value)
            if text is not None:
                self.found[id(arg.value)] = text


def _assigned_names(body: cst.CSTNode) -> set[str]:
    names: set[str] = set()

    class Targets(cst.CSTVisitor):
        def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
            names.update(n.value for n in _names(node.target))

        def visit_AugAssign(self, node: cst.AugAssign) -> None:
            names.update(n.value for n in _names(node.target))

        def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
            names.update(n.value for n in _names(node.target))

        def visit_For(self, node: cst.For) -> None:
            names.update(n.value for n in _names(node.target))

        def visit_AsName(self, node: cst.AsName) -> None:
            names.update(n.value for n in _names(node.name))

        def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
            names.update(n.value for n in _names(node.target))

    body.visit(Targets())
    return names


def _names(node: cst.CSTNode) -> list[cst.Name]:
    if isinstance(node, cst.Name):
        return [node]
    if isinstance(node, (cst.Tuple, cst.List)):
        return [n for e in node.elements for n in _names(e.value)]
    return []


class RequestModels:
    """The model family of the request call being visited, where it can be seen.

    A codemod calls `enter(call)` from visit_Call and `leave(call)` from leave_Call; `family`
    is then the family of the innermost enclosing call whose `model=` is a string literal or
    a module-level string constant, or None where the model cannot be seen.
    """

    def __init__(self, table: ModelTable) -> None:
        self.table = table
        self.constants: dict[str, str] = {}
        self._module: cst.Module | None = None
        self._defaults: dict[int, str] | None = None
        self._stack: list[tuple[cst.Call, Family | None, str | None]] = []

    def start(self, module: cst.Module) -> None:
        self.constants = module_string_constants(module)
        self._module = module
        self._defaults = None  # found when first asked for

    def model_text(self, call: cst.Call) -> str | None:
        arg = kwarg(call, "model")
        return None if arg is None else self.model_of({"model": arg.value})

    def model_of(self, values: Mapping[str, cst.BaseExpression]) -> str | None:
        """The request's model where it can be seen (see value_text)."""
        model = values.get("model")
        return None if model is None else self.value_text(model)

    def value_text(self, value: cst.BaseExpression) -> str | None:
        """A request's `model=` value where it is in sight: a literal, a module-level
        constant, or a parameter of the enclosing function whose default is a literal."""
        text = literal_text(value)
        if text is None and isinstance(value, cst.Name):
            text = self.constants.get(value.value)
            if text is None and self._module is not None:
                if self._defaults is None:
                    finder = _ParameterDefaults()
                    self._module.visit(finder)
                    self._defaults = finder.found
                text = self._defaults.get(id(value))
        return text

    def goes_to_anthropic(
        self, node: cst.CSTNode, values: Mapping[str, cst.BaseExpression]
    ) -> bool:
        """The request provably goes to a Claude model: its model in sight is a Claude ID
        (in any provider's form), or, with no model in sight, it is a call of the Anthropic
        SDK's Messages API (messages.create, MessageCreateParams, ...; OpenAI's
        beta.threads.messages.create is not). Request parameters are touched only in such
        a request: a dict of the same shape sent to another provider (`{"model":
        self.cfg.model, ...}`, a Groq or LiteLLM wrapper) is not ours."""
        model = self.model_of(values)
        if model is not None:
            return ANY_CLAUDE_ID.search(model) is not None
        return (
            isinstance(node, cst.Call)
            and is_request_call(node)
            and ".threads." not in dotted_name(node.func)
        )

    def enter(self, call: cst.Call) -> None:
        if kwarg(call, "model") is not None:
            text = self.model_text(call)
            self._stack.append((call, self.table.family_of(text) if text else None, text))

    def leave(self, call: cst.Call) -> None:
        if self._stack and self._stack[-1][0] is call:
            self._stack.pop()

    @property
    def family(self) -> Family | None:
        return self._stack[-1][1] if self._stack else None

    @property
    def model(self) -> str | None:
        """The model ID of the innermost request, where it is written in sight (a literal or
        a module-level constant), whether or not this table knows it."""
        return self._stack[-1][2] if self._stack else None
