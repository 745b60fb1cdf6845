from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety, dotted_name, imports_anthropic, kwarg


class Sdk2Calls(Codemod):
    """Move models.list(betas=...) to client.beta.models.list, which anthropic SDK 2.0 requires.

    SDK 2.0's non-beta client.models.list() takes no betas argument (TypeError); the beta
    namespace's list takes it in every SDK version, so the call moves there in files that
    import anthropic, unless the project pins anthropic 0.x. Also reported, not changed: calling MessageParam(...), which
    SDK 2.0 made a Union of the role-specific TypedDicts (UserMessageParam,
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
    finding_codes = {"CM237": "MessageParam called, which SDK 2.0 made a Union"}

    def visit_Module(self, node: cst.Module) -> bool:
        sdk = self.context.options.sdk
        # Another library's models.list(betas=...) is not the SDK's: only files that import anthropic.
        return (sdk is None or sdk >= 1) and imports_anthropic(node)

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
        self.record_change(original_node, "models.list(betas=...) -> beta.models.list(betas=...)")
        beta = cst.Attribute(value=owner, attr=cst.Name("beta"))
        return updated_node.with_changes(
            func=func.with_changes(value=func.value.with_changes(value=beta))
        )
