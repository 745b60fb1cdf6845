from __future__ import annotations

import libcst as cst
from claude_migrate.codemods.common.platforms import CLIENT_WORDS, CLIENTS

from claude_migrate.authoring import (
    Codemod,
    FileContext,
    Safety,
    Scope,
    dotted_name,
    imports_anthropic,
    kwarg,
    visit,
)


class Sdk2Calls(Codemod):
    """Move models.list(betas=...) to client.beta.models.list, which anthropic SDK 2.0 requires.

    SDK 2.0's non-beta client.models.list() takes no betas argument (TypeError); the beta
    namespace's list takes it in every SDK version, so the call moves there in files that
    import anthropic, unless the project pins anthropic 0.x, and only on an object seen to
    be an Anthropic client: one made in place, or a name or attribute the module assigns a
    client to or annotates with a client class. Beside `import anthropic` another library's
    object can have models.list too, so any other owner is reported (CM238), not changed.
    Also reported, not changed: calling MessageParam(...), which SDK 2.0 made a Union of the role-specific TypedDicts (UserMessageParam,
    AssistantMessageParam, SystemMessageParam), so the call raises TypeError; which role was
    meant is for a person to say.

    Before:  client.models.list(betas=["some-beta-2026-01-01"])
    After:   client.beta.models.list(betas=["some-beta-2026-01-01"])

    Source: API versioning and migration-2026-10-21 docs, anthropic 2.0 wheel diff (shared
    reference claude-5-facts.md, section 3).
    """

    code = "CM236"
    slug = "sdk-2-calls"
    target = (5, 0)
    safety = Safety.SAFE
    triggers = ()
    weak_triggers = (b"models.list(", b"MessageParam(")  # OpenAI's SDK has both
    finding_codes = {
        "CM237": "MessageParam called, which SDK 2.0 made a Union",
        "CM238": "models.list(betas=...) on an object not seen to be an Anthropic client",
    }
    scope = Scope(reads=CLIENT_WORDS)  # the statements that create the module's clients

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self._clients: set[str] = set()

    def visit_Module(self, node: cst.Module) -> bool:
        sdk = self.context.options.sdk
        # Another library's models.list(betas=...) is not the SDK's: only files that import anthropic.
        if not ((sdk is None or sdk >= 1) and imports_anthropic(node)):
            return False
        finder = _ClientNames()
        visit(node, finder)
        self._clients = finder.names
        return True

    def visit_Call(self, node: cst.Call) -> None:
        sdk = self.context.options.sdk
        if dotted_name(node.func).split(".")[-1] == "MessageParam" and (sdk is None or sdk >= 2):
            self.record_finding(
                node,
                "CM237",
                "MessageParam is a Union from SDK 2.0 and cannot be called: write a dict literal, "
                "or UserMessageParam(...) / AssistantMessageParam(...) for the role meant",
            )

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        func = updated_node.func
        if not (
            isinstance(func, cst.Attribute)
            and func.attr.value == "list"
            and isinstance(func.value, cst.Attribute)
            and func.value.attr.value == "models"
            and kwarg(updated_node, "betas") is not None
        ):
            return updated_node
        owner = func.value.value
        if isinstance(owner, cst.Attribute) and owner.attr.value == "beta":
            return updated_node
        if not isinstance(owner, (cst.Name, cst.Attribute, cst.Call)):
            return updated_node
        if not self._is_client(owner):
            # Beside `import anthropic`, another library's object can have models.list too.
            self.record_finding(
                original_node,
                "CM238",
                f"{dotted_name(owner) or 'this object'}.models.list(betas=...): not seen to be an "
                "Anthropic client, so left as it is; if it is one, SDK 2.0 needs "
                ".beta.models.list(betas=...)",
            )
            return updated_node
        self.record_change(original_node, "models.list(betas=...) -> beta.models.list(betas=...)")
        beta = cst.Attribute(value=owner, attr=cst.Name("beta"))
        return updated_node.with_changes(
            func=func.with_changes(value=func.value.with_changes(value=beta))
        )

    def _is_client(self, owner: cst.BaseExpression) -> bool:
        """A client made right there (`anthropic.Anthropic().models`), or a name or attribute
        the module binds to one or annotates as one."""
        if isinstance(owner, cst.Call):
            return dotted_name(owner.func).split(".")[-1] in CLIENTS
        name = dotted_name(owner)
        return bool(name) and name in self._clients


class _ClientNames(cst.CSTVisitor):
    """Names and attributes (`client`, `self.client`) assigned an SDK client, and parameters
    annotated with a client class."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_Assign(self, node: cst.Assign) -> None:
        if _makes_client(node.value):
            self.names.update(dotted_name(t.target) for t in node.targets)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if _names_client(node.annotation.annotation) or (
            node.value is not None and _makes_client(node.value)
        ):
            self.names.add(dotted_name(node.target))

    def visit_Param(self, node: cst.Param) -> None:
        if node.annotation is not None and _names_client(node.annotation.annotation):
            self.names.add(node.name.value)


def _makes_client(value: cst.BaseExpression) -> bool:
    return isinstance(value, cst.Call) and _names_client(value.func)


def _names_client(node: cst.BaseExpression) -> bool:
    return dotted_name(node).split(".")[-1] in CLIENTS
