"""Which Bedrock client a project uses: bedrock-runtime (`AnthropicBedrock`, boto3's
`bedrock-runtime`: InvokeModel and Converse) or Bedrock's Messages endpoint
(`AnthropicBedrockMantle`).

It decides what a bare Bedrock ID needs: Mantle takes `anthropic.claude-opus-5` as it is,
while bedrock-runtime invokes Opus 5.5 only through a cross-region inference profile. A bytes
search over every candidate file in the scan pass (Codemod.facts_function), so a model
constant in one file is judged by the client built in another; it does not import LibCST.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

FACT_RUNTIME = "bedrock_runtime_client"
FACT_MANTLE = "bedrock_mantle_client"

# `AnthropicBedrock\b` does not match inside `AnthropicBedrockMantle` (no word boundary).
_RUNTIME = re.compile(rb"AnthropicBedrock\b|[\"']bedrock-runtime[\"']")
_MANTLE = re.compile(rb"AnthropicBedrockMantle\b")
TRIGGERS = (b"AnthropicBedrock", b"bedrock-runtime")


def bedrock_client_facts(data: bytes) -> dict[str, bool]:
    if b"AnthropicBedrock" not in data and b"bedrock-runtime" not in data:
        return {}
    return {
        FACT_RUNTIME: _RUNTIME.search(data) is not None,
        FACT_MANTLE: _MANTLE.search(data) is not None,
    }


def bedrock_client(facts: Mapping[str, bool]) -> str | None:
    """ "runtime" or "mantle" when the project uses only that one; None when it uses both
    or neither (the ID alone cannot say which endpoint it goes to)."""
    runtime, mantle = facts.get(FACT_RUNTIME, False), facts.get(FACT_MANTLE, False)
    if runtime != mantle:
        return "runtime" if runtime else "mantle"
    return None


def profile_finding_applies(
    facts: Mapping[str, bool], profile: str | None, option: str | None, *, runtime_fixed: bool
) -> bool:
    """Whether a model-ID codemod's "needs a cross-region profile" finding applies to an ID
    written with `profile` (None: bare) in a project with these facts, run with
    --bedrock-profile `option`. Mantle takes the bare ID; `runtime_fixed`: a later codemod of
    the set adds the profile for bedrock-runtime (and says so when it is not applied)."""
    if profile is not None or option is not None:
        return True
    client = bedrock_client(facts)
    return not (client == "mantle" or (client == "runtime" and runtime_fixed))
