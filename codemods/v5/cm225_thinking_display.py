from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety, literal_text


class ThinkingDisplay(Codemod):
    """Report code that reads thinking text or the first content block, which thinking-by-default changes.

    Opus 5 and Sonnet 5 think by default and omit the thinking text by default (display
    "omitted"): block.thinking is empty and no thinking_delta events arrive unless the request
    sets thinking={"type": "adaptive", "display": "summarized"}. With thinking on, the first
    content block may be a thinking block, so content[0].text can fail or read the wrong
    block; the docs use next(b.text for b in r.content if b.type == "text"). Reported, not
    changed: which block the code means is its own business.

    Before:  text = response.content[0].text
    After:   (unchanged; reported)

    Source: thinking docs ("Controlling thinking display"), migration guide (shared reference
    claude-5-facts.md, sections 2.2 and 2.9).
    """

    code = "CM225"
    slug = "thinking-display"
    target = (5, 0)
    safety = Safety.REPORT
    triggers = (b"thinking_delta",)
    # The TypeScript SDK's stream event too: stream.on("thinking", ...) (lang/responses).
    weak_triggers = (b".thinking", b"content[0].text", b'on("thinking"', b"on('thinking'")

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if node.attr.value == "thinking":
            self.record_finding(
                node,
                self.code,
                "thinking text is omitted by default on Opus 5 and Sonnet 5: add 'display': "
                "'summarized' to the request's thinking settings if this text is needed",
            )
        elif node.attr.value == "text" and _first_content_block(node.value):
            self.record_finding(
                node,
                self.code,
                "with thinking on by default the first content block may be a thinking block: read "
                'the text with next(b.text for b in response.content if b.type == "text")',
            )

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        if literal_text(node) == "thinking_delta":
            self.record_finding(
                node,
                self.code,
                "no thinking_delta events arrive by default on Opus 5 and Sonnet 5 (display "
                "omitted): set display to summarized to stream thinking",
            )


def _first_content_block(node: cst.BaseExpression) -> bool:
    """node is X.content[0]."""
    if not isinstance(node, cst.Subscript) or len(node.slice) != 1:
        return False
    index = node.slice[0].slice
    content = node.value
    return (
        isinstance(index, cst.Index)
        and isinstance(index.value, cst.Integer)
        and index.value.value == "0"
        and isinstance(content, cst.Attribute)
        and content.attr.value == "content"
    )
