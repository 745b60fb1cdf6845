from claude_migrate.codemods.common.bedrock_clients import (
    bedrock_client_facts,
    profile_finding_applies,
)
from claude_migrate.codemods.common.model_ids import ModelIdCodemod, model_id_findings

from claude_migrate.authoring import FileContext, Safety, tables
from claude_migrate.authoring.tables import IdMatch


class ModelIdsTo5(ModelIdCodemod):
    """Swap 4.5-to-4.8 Opus and Sonnet IDs for Claude Opus 5 and Sonnet 5; Haiku 4.5 stays.

    Opus 4.5, 4.6, 4.7 and 4.8 become claude-opus-5; Sonnet 4.5 and 4.6 become
    claude-sonnet-5 (from 4.6 on IDs are dateless: no date is ever added). Bedrock IDs become
    anthropic.claude-opus-5 / anthropic.claude-sonnet-5 (a cross-region prefix the code has is
    kept: litellm lists global., us., eu., apac., jp., au. and us-gov. for both); Vertex IDs,
    @date or litellm's @default, become the first-party IDs. A bare Bedrock ID is reported
    (CM203) unless the project uses AnthropicBedrockMantle and no bedrock-runtime client: the
    Messages endpoint takes it as it is. Older Opus and Sonnet Bedrock IDs the 4.5 set
    leaves because its target lacks their profile (apac. Sonnet 4) move straight to 5. Haiku
    4.5 has no successor in this generation and is left as it is (the 5.5 set moves it).
    Lookup tables, prefix tests, comparisons with an ID and prose are treated as by CM101, and
    so are registries: an Enum of Opus 4.5 to 4.8 would become four aliases of claude-opus-5,
    so it is left whole and reported once (CM202). In a config file, each of temperature,
    top_p and top_k in the mapping of an ID moved to Opus 5 or Sonnet 5 is reported (CM208),
    not removed, as by CM101.

    Before:  client.messages.create(model="claude-sonnet-4-5-20250929", ...)
    After:   client.messages.create(model="claude-sonnet-5", ...)

    Source: models overview, model IDs and deprecations pages (shared reference
    claude-5-facts.md, section 1; rows in codemods/v5/models.toml).
    """

    code = "CM201"
    slug = "model-id-5"
    target = (5, 0)
    safety = Safety.SAFE
    # The SDKs' model constants: Go, C#, Java, Ruby and PHP (claude_migrate.lang.sdk_constants).
    triggers = (b"claude-", b"ModelClaude", b"Model.Claude", b"Model.CLAUDE_", b"Model::CLAUDE_")
    table = tables.load(__package__)
    sampling_rule = "each"  # Opus 5 and Sonnet 5 reject temperature, top_p and top_k
    finding_codes = model_id_findings(
        table="CM202",
        profile="CM203",
        prefix="CM204",
        split="CM205",
        prose="CM206",
        lookup="CM207",
        sampling="CM208",
    )
    facts_function = staticmethod(bedrock_client_facts)

    @classmethod
    def reports_profile(cls, context: FileContext, found: IdMatch) -> bool:
        return profile_finding_applies(
            context.facts, found.profile, context.options.bedrock_profile, runtime_fixed=False
        )
