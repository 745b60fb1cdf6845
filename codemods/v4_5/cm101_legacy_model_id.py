from claude_migrate.codemods.common.model_ids import ModelIdCodemod, model_id_findings

from claude_migrate.authoring import Safety, tables


class LegacyModelIds(ModelIdCodemod):
    """Swap Claude model IDs older than 4.5 for their 4.5 successors, in the form they were written.

    Dated IDs become dated 4.5 IDs and aliases become aliases
    (claude-3-5-sonnet-latest -> claude-sonnet-4-5); Bedrock IDs keep their cross-region
    prefix, Vertex IDs their @date form, and provider prefixes such as anthropic/ stay.
    Opus 3, 4 and 4.1 go to Opus 4.5; Sonnet 3, 3.5, 3.7 and 4 and Claude 2.x to Sonnet 4.5;
    Haiku 3 and 3.5, Claude 1.x and Instant to Haiku 4.5.
    Lookup tables (a dict keyed by model IDs; a list, tuple, set or Literal naming two or more
    models; a subscript by model ID) are left unchanged and reported, as are prefix tests such
    as model.startswith("claude-3") (the finding says whether the test still matches a 4.5
    model: startswith("claude-sonnet-4") matches Sonnet 4.5) and comparisons with an ID
    (model == "claude-3-7-...", !=, in (...), a match case): a comparison asks which model
    runs, and the answer it should give after the move is the author's call, not the tool's.
    A registry is never collapsed: where rewriting an Enum or other class body, the rows of a
    table (a pytest.mark.parametrize list), a dict's values, one call's arguments or a run of
    calls to one function (add_model(...) repeated) would make two of its distinct IDs equal,
    the whole registry is left and reported once (CM102), since members would become aliases
    and test cases would contradict each other. "Equal" means where the whole run leaves
    them: under --to 5, claude-opus-4-1 and claude-opus-4-7 stay apart in 4.5 but would both
    end as claude-opus-5, so the registry is left by every set and reported once, by the
    last. A registry whose IDs stay distinct, a lone constant and each request call migrate.
    Comments, docstrings, sentences in strings and documentation files are prose: changed
    only with --prose; sentences left that way are counted in one finding per file (CM106:
    how many, and in which function or assignment; in a config or documentation file, on
    which lines). Config files (YAML, JSON, TOML, INI/CFG, .env) get the same token
    rewrite, every other byte kept; keys naming models are one finding per mapping; a list
    naming two or more models is a lookup table on one line or over several (reported,
    left); a mapping of roles to models ({"fast": ..., "smart": ...}) and a list of rows
    (`- id: claude-...`) migrate in every layout, as the same dict in Python does, unless
    two distinct IDs in it would become one: then it is left whole and reported once.
    Collections are found from indentation (config_groups), not by parsing the file. On a
    run through several sets, a table, comparison, sentence or registry left alone is
    reported once, by the last set (CM2xx under --to 5), naming every old ID and the ID
    the whole run ends on. A module-level default that moves while a table keyed by its old
    value stays is reported at the lookup (`LIMITS.get(DEFAULT)`, CM107), or at the default
    where no lookup is seen beside it. In a config file, top_p set together with temperature
    in the mapping of a moved ID is reported (CM108): the 4.5 models reject the pair. It is
    not removed, a judgement: the file is read by code the tool may not see, whose schema
    may need the key.

    Before:  client.messages.create(model="claude-3-5-sonnet-20241022", ...)
    After:   client.messages.create(model="claude-sonnet-4-5-20250929", ...)

    Source: Anthropic's model-deprecations table and "Migrating to Claude 4.5"; Bedrock and
    Vertex model tables (shared reference, section 1; rows in codemods/v4_5/models.toml).
    """

    code = "CM101"
    slug = "legacy-model-id"
    target = (4, 5)
    safety = Safety.SAFE
    # The SDKs' model constants: Go, C#, Java, Ruby and PHP (claude_migrate.lang.sdk_constants).
    triggers = (b"claude-", b"ModelClaude", b"Model.Claude", b"Model.CLAUDE_", b"Model::CLAUDE_")
    table = tables.load(__package__)
    finding_codes = model_id_findings(
        table="CM102",
        profile="CM103",
        prefix="CM104",
        split="CM105",
        prose="CM106",
        lookup="CM107",
        sampling="CM108",
    )
