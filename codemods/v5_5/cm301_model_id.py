from claude_migrate.codemods.common.bedrock_clients import (
    bedrock_client_facts,
    profile_finding_applies,
)
from claude_migrate.codemods.common.model_ids import ModelIdCodemod, model_id_findings

from claude_migrate.authoring import FileContext, Safety, tables
from claude_migrate.authoring.tables import IdMatch


class ModelIdsTo5_5(ModelIdCodemod):
    """Swap every older Claude model ID for Claude Opus 5.5, Sonnet 5.5 or Haiku 5.5, in its own form.

    Opus 5 (and any older Opus) becomes claude-opus-5-5, Sonnet 5 (and any older Sonnet,
    Claude 2.x included) claude-sonnet-5-5, and Haiku finally moves: Haiku 4.5 (and any older
    Haiku, Claude 1.x and Instant) becomes claude-haiku-5-5. The 4.5 and 5 sets run first,
    so most IDs arrive as Opus 5, Sonnet 5 or Haiku 4.5; the older rows catch what those sets
    could not move (a cross-region profile their target lacks, such as apac. Sonnet 4).
    5.5 IDs are dateless on every platform: a Bedrock ID becomes anthropic.claude-*-5-5 with
    the cross-region prefix it had (global., us., eu., apac., jp., au. and us-gov. all exist),
    a Bedrock Mantle ID its bare form, a Vertex ID (@date or litellm's @default) the plain
    ID. A bare Bedrock ID is reported (CM303) unless the project uses only
    AnthropicBedrockMantle, which takes it as it is; for AnthropicBedrock (bedrock-runtime),
    where Opus 5.5 is invocable only through an inference profile, CM306 adds one.
    Lookup tables, prefix tests and prose are treated as by CM101; claude-mythos-preview and
    IDs Anthropic never published are reported by CM308, never mapped.

    Before:  client.messages.create(model="claude-haiku-4-5-20251001", ...)
    After:   client.messages.create(model="claude-haiku-5-5", ...)

    Source: the 5.5 overview and migration guides, the Legacy labels on the Opus 5, Sonnet 5
    and Haiku 4.5 pages, Bedrock and Google Cloud model pages, litellm 1.110.2 for profiles
    (shared reference claude-5-5-facts.md, section 1; rows in codemods/v5_5/models.toml).
    """

    code = "CM301"
    slug = "model-id-5-5"
    target = (5, 5)
    safety = Safety.SAFE
    # The SDKs' model constants: Go, C#, Java, Ruby and PHP (claude_migrate.lang.sdk_constants).
    triggers = (b"claude-", b"ModelClaude", b"Model.Claude", b"Model.CLAUDE_", b"Model::CLAUDE_")
    table = tables.load(__package__)
    sampling_rule = "each"  # the 5.5 models, Haiku 5.5 included, reject non-default sampling
    # CM306-CM308 were taken by the set's own codemods when these roles were added.
    finding_codes = model_id_findings(
        table="CM302",
        profile="CM303",
        prefix="CM304",
        split="CM305",
        prose="CM309",
        lookup="CM397",
        sampling="CM398",
    )
    facts_function = staticmethod(bedrock_client_facts)

    @classmethod
    def reports_profile(cls, context: FileContext, found: IdMatch) -> bool:
        return profile_finding_applies(
            context.facts, found.profile, context.options.bedrock_profile, runtime_fixed=True
        )
