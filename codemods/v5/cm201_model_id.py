from claude_migrate.codemods.common.model_ids import ModelIdCodemod, model_id_findings

from claude_migrate.authoring import Safety, tables


class ModelIdsTo5(ModelIdCodemod):
    """Swap 4.5-to-4.8 Opus and Sonnet IDs for Claude Opus 5 and Sonnet 5; Haiku 4.5 stays.

    Opus 4.5, 4.6, 4.7 and 4.8 become claude-opus-5; Sonnet 4.5 and 4.6 become
    claude-sonnet-5 (from 4.6 on IDs are dateless: no date is ever added). Bedrock IDs become
    anthropic.claude-opus-5 / anthropic.claude-sonnet-5 (a cross-region prefix the code has is
    kept and reported, since Anthropic documents none for these models); Vertex IDs become the
    first-party IDs. Haiku 4.5 has no successor in this generation and is left as it is.
    Lookup tables, prefix tests and prose are treated as by CM101. In a config file, each
    of temperature, top_p and top_k in the mapping of an ID moved to Opus 5 or Sonnet 5 is
    reported (CM208), not removed, as by CM101.

    Before:  client.messages.create(model="claude-sonnet-4-5-20250929", ...)
    After:   client.messages.create(model="claude-sonnet-5", ...)

    Source: models overview, model IDs and deprecations pages (shared reference
    claude-5-facts.md, section 1; rows in codemods/v5/models.toml).
    """

    code = "CM201"
    slug = "model-id-5"
    target = (5, 0)
    safety = Safety.SAFE
    triggers = (b"claude-",)
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
