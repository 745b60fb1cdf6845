from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety, dotted_name


class LegacyCompletions(Codemod):
    """Report the legacy Text Completions API and HUMAN_PROMPT / AI_PROMPT, removed in anthropic SDK 1.0.

    client.completions.create(...), anthropic.HUMAN_PROMPT and anthropic.AI_PROMPT are gone
    from the SDK (as are the Completion types, whose generic names are not reported) (AttributeError on 1.x and 2.x), and no current
    model serves the Text Completions API. The move to messages.create splits a prompt string
    into user and assistant turns, which is a person's job: reported, never rewritten.

    Before:  client.completions.create(model="claude-2.1", prompt=f"{HUMAN_PROMPT} Hi{AI_PROMPT}", ...)
    After:   (unchanged; reported)

    Source: anthropic SDK MIGRATION.md for 1.0 (shared reference claude-5-facts.md, section 3).
    """

    code = "CM231"
    slug = "legacy-completions"
    target = (5, 0)
    safety = Safety.REPORT
    triggers = (b"HUMAN_PROMPT", b"AI_PROMPT")
    weak_triggers = (b"completions.create",)  # OpenAI's chat.completions.create too

    def visit_Call(self, node: cst.Call) -> None:
        if dotted_name(node.func).endswith(".completions.create") and "chat" not in dotted_name(
            node.func
        ):
            self.record_finding(
                node,
                self.code,
                "the Text Completions API is gone from anthropic SDK 1.0 and from every current "
                "model: rewrite as messages.create with user and assistant turns",
            )

    def visit_Name(self, node: cst.Name) -> None:
        if node.value in ("HUMAN_PROMPT", "AI_PROMPT"):
            self.record_finding(
                node,
                self.code,
                f"{node.value} was removed in anthropic SDK 1.0: use messages with roles",
            )
