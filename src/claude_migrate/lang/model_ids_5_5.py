"""The 5.5 set's model-ID rules beside the ID table, in every language (CM306, CM308), with
the judgement of their Python codemods, whose functions they call.

- CM306: a string whose whole text is a bare 5.5 Bedrock ID (`anthropic.claude-opus-5-5`,
  also after litellm's `bedrock/`) gets a cross-region inference profile (`global.` or the
  --bedrock-profile one) in projects that call bedrock-runtime and not Mantle, a project
  fact read from every file of every language; inside an ARN or URL it is reported (CM307).
- CM308: a model ID with no safe 5.5 target (`claude-mythos-preview`, the dated Opus 4.6 and
  4.7 IDs only litellm lists) is reported, never rewritten.

Strings with whitespace are prose, read only with --prose, as in Python; comments never.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tree_sitter import Node

from .document import Document, Edit
from .strings import CONTENT, contents_with

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

_WHITESPACE = re.compile(r"\s")
BEDROCK_MARKER = b"anthropic.claude-"
ID_MARKER = b"claude-"


def _literals(doc: Document, marker: bytes) -> Iterator[tuple[Node, int, int, str]]:
    """(content node, start, end, text) for each string literal holding `marker`, when the
    literal's text is that one span (no interpolation, no escape sequence): the span an
    edit may replace."""
    for literal, node, start, end in contents_with(doc, marker):
        parts = [c for c in literal.named_children if c.type != "comment"]
        verbatim = literal.type == "verbatim_string_literal"
        if not verbatim and (len(parts) != 1 or parts[0].type not in CONTENT):
            continue
        yield node, start, end, doc.data[start:end].decode("utf-8", "replace")


def bedrock_profile(doc: Document, codemod: type[Codemod]) -> None:
    rules = sys.modules[codemod.__module__]
    if not rules.applies(doc.context):
        return
    profile = rules.profile_for(doc.context)
    for node, start, end, text in _literals(doc, BEDROCK_MARKER):
        new_text, changed, stuck = rules.with_profiles(text, profile)
        for message in stuck:
            doc.finding(node, rules.STUCK_CODE, message)
        if changed:
            edit = Edit(start, end, new_text.encode())
            for message in changed:
                doc.change(node, codemod.code, message, edit)


def unmigrated(doc: Document, codemod: type[Codemod]) -> None:
    rules = sys.modules[codemod.__module__]
    prose = doc.context.options.prose
    for _literal, node, start, end in contents_with(doc, ID_MARKER):
        text = doc.data[start:end].decode("utf-8", "replace")
        if not prose and _WHITESPACE.search(text):
            continue
        for _, message in rules.reported(text):
            doc.finding(node, codemod.code, message)
