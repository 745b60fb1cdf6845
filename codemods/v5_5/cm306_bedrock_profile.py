from __future__ import annotations

import re

import libcst as cst
from claude_migrate.codemods.common.bedrock_clients import (
    TRIGGERS,
    bedrock_client,
    bedrock_client_facts,
)

from claude_migrate.authoring import (
    Change,
    Codemod,
    FileContext,
    Finding,
    Outcome,
    Safety,
    Scope,
    split_string,
    tables,
)

_TABLE = tables.load(__package__)
_TARGETS = "|".join(re.escape(f.bedrock) for f in _TABLE.families.values())
# A bare 5.5 Bedrock ID: the whole value, or after litellm's `bedrock/` (and
# `bedrock/converse/`) provider prefix. Anywhere else (an ARN, a URL) it is only reported.
_BARE = re.compile(rf"(?<![A-Za-z0-9_.:\-])({_TARGETS})(?![A-Za-z0-9_.:@\-])")
_PREFIXABLE = re.compile(rf"^(?:bedrock/(?:converse/)?)?(?:{_TARGETS})$")
DEFAULT_PROFILE = "global"
STUCK_CODE = "CM307"


class BedrockProfile5_5(Codemod):
    """Give a bare Claude 5.5 Bedrock ID a cross-region inference profile where the project calls bedrock-runtime.

    On bedrock-runtime (AnthropicBedrock, boto3's InvokeModel and Converse) Opus 5.5's base
    ID is inference-profile-only, and for Sonnet and Haiku 5.5 invoking the bare ID was not
    verified, so a bare anthropic.claude-*-5-5 there becomes global.anthropic.claude-*-5-5
    (the profile given with --bedrock-profile wins; an ID that already has a prefix keeps
    it). Review level: `global.` routes requests across regions, which some data-residency
    rules forbid; pick us., eu., apac., jp., au. or us-gov. instead with --bedrock-profile.
    Only in projects that use bedrock-runtime and not AnthropicBedrockMantle (whose Messages
    endpoint takes the bare ID); a bare ID inside an ARN or URL is reported (CM307).

    Before:  AnthropicBedrock().messages.create(model="anthropic.claude-opus-5-5", ...)
    After:   AnthropicBedrock().messages.create(model="global.anthropic.claude-opus-5-5", ...)

    Source: a third-party list-foundation-models test of Opus 5.5 on Bedrock, litellm 1.110.2
    profiles (shared reference claude-5-5-facts.md, section 1a and judgement 1).
    """

    code = "CM306"
    slug = "bedrock-profile-5-5"
    target = (5, 5)
    safety = Safety.REVIEW
    triggers = (b"anthropic.claude-",)
    scope = Scope(around=TRIGGERS)
    finding_codes = {STUCK_CODE: "bare 5.5 Bedrock ID inside an ARN or URL"}
    facts_function = staticmethod(bedrock_client_facts)
    text_kinds = frozenset({"config"})

    def visit_Module(self, node: cst.Module) -> bool:
        return applies(self.context)

    def leave_SimpleString(
        self, original_node: cst.SimpleString, updated_node: cst.SimpleString
    ) -> cst.SimpleString:
        parts = split_string(updated_node)
        if parts.is_bytes or "anthropic.claude-" not in parts.body:
            return updated_node
        new_body, changed, stuck = with_profiles(parts.body, profile_for(self.context))
        for message in changed:
            self.record_change(original_node, message)
        for message in stuck:
            self.record_finding(original_node, STUCK_CODE, message)
        return (
            updated_node.with_changes(value=parts.with_body(new_body)) if changed else updated_node
        )

    @classmethod
    def transform_text(cls, text: str, fmt: str, context: FileContext) -> Outcome:
        if not applies(context):
            return Outcome(text)
        changes: list[Change] = []
        findings: list[Finding] = []
        out = []
        for number, line in enumerate(text.splitlines(keepends=True), start=1):
            body = line.rstrip("\r\n")
            pieces, last = [], 0
            for match in _BARE.finditer(body):
                column = match.start() + 1
                if _in_path(body, match.start()):
                    findings.append(Finding(number, column, STUCK_CODE, _stuck(match.group(1))))
                elif _value_start(body, match.start()):
                    new = f"{profile_for(context)}.{match.group(1)}"
                    pieces += [body[last : match.start()], new]
                    last = match.end()
                    changes.append(Change(number, column, cls.code, _message(match.group(1), new)))
            out.append("".join(pieces) + body[last:] + line[len(body) :])
        return Outcome("".join(out), tuple(changes), tuple(findings))


def applies(context: FileContext) -> bool:
    """The project calls bedrock-runtime (and not Mantle). Read by the other languages' rule
    too (lang/model_ids_5_5), as are the two functions below."""
    return bedrock_client(context.facts) == "runtime"


def profile_for(context: FileContext) -> str:
    return context.options.bedrock_profile or DEFAULT_PROFILE


def with_profiles(body: str, profile: str) -> tuple[str, list[str], list[str]]:
    """The string's body with the profile added where the whole value is a bare ID."""
    if _PREFIXABLE.match(body):
        start = body.rindex("anthropic.claude-")
        old = body[start:]
        return body[:start] + f"{profile}.{old}", [_message(old, f"{profile}.{old}")], []
    stuck = [m.group(1) for m in _BARE.finditer(body) if _in_path(body, m.start())]
    return body, [], [_stuck(old) for old in stuck]


def _value_start(line: str, start: int) -> bool:
    """Whether a config line's bare ID starts a value (after `=`, `:`, a quote, a space or
    litellm's `bedrock/`), where a profile can be put before it."""
    before = _without_provider(line[:start])
    return not before.strip() or before.rstrip()[-1] in "=:\"'[,-"


def _in_path(text: str, start: int) -> bool:
    """Whether the ID at `start` is part of an ARN or URL (`.../anthropic.claude-...`)."""
    before = _without_provider(text[:start])
    return before.endswith("/")


def _without_provider(before: str) -> str:
    for prefix in ("bedrock/converse/", "bedrock/"):
        if before.endswith(prefix):
            return before[: -len(prefix)]
    return before


def _message(old: str, new: str) -> str:
    return (
        f"{old} -> {new}: bedrock-runtime invokes Claude 5.5 through an inference profile "
        "(choose the prefix your data-residency rules allow with --bedrock-profile)"
    )


def _stuck(old: str) -> str:
    return (
        f"{old} inside an ARN or URL: bedrock-runtime invokes Claude 5.5 through an inference "
        "profile; use the profile's ID or ARN (aws bedrock list-inference-profiles)"
    )
