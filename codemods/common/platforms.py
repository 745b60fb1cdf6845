"""Which Claude platforms a module's code talks to, from the SDK clients it creates."""

from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import FileContext, dotted_name, visit

# The anthropic SDK's client classes, by the platform each one reaches.
CLIENTS = {
    "Anthropic": "api",
    "AsyncAnthropic": "api",
    "AnthropicVertex": "vertex",
    "AsyncAnthropicVertex": "vertex",
    "AnthropicBedrock": "bedrock",
    "AsyncAnthropicBedrock": "bedrock",
    "AnthropicBedrockMantle": "bedrock",
    "AsyncAnthropicBedrockMantle": "bedrock",
    "AnthropicFoundry": "foundry",
    "AsyncAnthropicFoundry": "foundry",
}
# What a codemod that reads platforms lists in Scope(reads=...), so that sparse parsing
# keeps the statements that create clients.
CLIENT_WORDS = tuple(f"{name}(".encode() for name in CLIENTS)


class _Clients(cst.CSTVisitor):
    def __init__(self) -> None:
        self.platforms: set[str] = set()
        self.keywords: set[str] = set()  # keyword arguments given to any client

    def visit_Call(self, node: cst.Call) -> None:
        platform = CLIENTS.get(dotted_name(node.func).split(".")[-1])
        if platform is not None:
            self.platforms.add(platform)
            self.keywords.update(a.keyword.value for a in node.args if a.keyword is not None)


def _clients(module: cst.Module, context: FileContext | None) -> _Clients:
    """The module's clients, found once for the file's codemods (a walk of the whole
    module): again only when a codemod before them rebuilt the module."""
    memo = context.memo if context is not None else {}
    held = memo.get(__name__)
    if held is not None and held[0] is module:
        found = held[1]
        assert isinstance(found, _Clients)
        return found
    finder = _Clients()
    visit(module, finder)
    memo[__name__] = (module, finder)
    return finder


def platforms_of(module: cst.Module, context: FileContext | None = None) -> frozenset[str]:
    """The platform ("api", "vertex", "bedrock", "foundry") of each kind of client the module
    creates; empty when it creates none (a client passed in: the platform cannot be seen)."""
    return frozenset(_clients(module, context).platforms)


def client_keywords(module: cst.Module, context: FileContext | None = None) -> frozenset[str]:
    """The keyword arguments the module's clients are created with (timeout=, say)."""
    return frozenset(_clients(module, context).keywords)
