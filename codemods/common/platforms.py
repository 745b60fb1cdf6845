"""Which Claude platforms a module's code talks to, from the SDK clients it creates."""

from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import dotted_name, visit

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


def platforms_of(module: cst.Module) -> frozenset[str]:
    """The platform ("api", "vertex", "bedrock", "foundry") of each kind of client the module
    creates; empty when it creates none (a client passed in: the platform cannot be seen)."""
    finder = _Clients()
    visit(module, finder)
    return frozenset(finder.platforms)


def client_keywords(module: cst.Module) -> frozenset[str]:
    """The keyword arguments the module's clients are created with (timeout=, say)."""
    finder = _Clients()
    visit(module, finder)
    return frozenset(finder.keywords)
