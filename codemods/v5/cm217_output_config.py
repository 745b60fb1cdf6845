from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import RequestAware, Safety, keep_closing_comma

from .requests import MODELS

HELPERS = (".parse", ".stream", ".count_tokens", ".tool_runner")


class OutputConfigFormat(RequestAware):
    """Move output_format={...} into output_config={"format": {...}}, merged with an existing output_config.

    The structured-outputs format moved from output_format to output_config.format;
    anthropic SDK 1.0 removed output_format={dict} from beta.messages.create and
    count_tokens (a TypeError), and the API accepts the old name only for a transition
    period. A dict written in the call moves; if output_config is already there as a dict,
    "format" joins it (effort stays). output_format=SomeModel on parse, stream, count_tokens
    or tool_runner is the SDK's Pydantic helper and stays. Anything else (a variable, an
    output_config that is not a dict literal) is reported. Only requests that provably go to
    Claude are read (a Claude model in sight, or a call of the Anthropic SDK's Messages
    API): a request dict of the same shape built for another provider is left alone and not
    reported.

    Before:  client.beta.messages.create(..., output_format={"type": "json_schema", "schema": S})
    After:   client.beta.messages.create(..., output_config={"format": {"type": "json_schema", "schema": S}})

    Source: structured outputs docs, migration guide, anthropic SDK MIGRATION.md (shared
    reference claude-5-facts.md, section 2.5).
    """

    code = "CM217"
    slug = "output-config-format"
    models = MODELS
    target = (5, 0)
    safety = Safety.SAFE
    triggers = ()
    weak_triggers = (b"output_format",)
    finding_codes = {"CM218": "output_format that cannot be moved safely"}

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        values = self.claude_request(original_node)
        if values is None or "output_format" not in values:
            return updated_node
        fmt = next(a for a in updated_node.args if a.keyword and a.keyword.value == "output_format")
        if not isinstance(fmt.value, cst.Dict):
            if not cst.Module([]).code_for_node(original_node.func).endswith(HELPERS):
                self.record_finding(
                    original_node,
                    "CM218",
                    "output_format is not a dict written here: move it into output_config={'format': ...} by hand",
                )
            return updated_node
        config = next(
            (a for a in updated_node.args if a.keyword and a.keyword.value == "output_config"), None
        )
        entry = cst.DictElement(cst.SimpleString('"format"'), fmt.value)
        if config is None:
            new_arg = fmt.with_changes(keyword=cst.Name("output_config"), value=cst.Dict([entry]))
            args = [new_arg if a is fmt else a for a in updated_node.args]
        elif isinstance(config.value, cst.Dict):
            elements = list(config.value.elements)
            if elements and not isinstance(elements[-1].comma, cst.Comma):
                elements[-1] = elements[-1].with_changes(
                    comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                )
            merged = config.with_changes(
                value=config.value.with_changes(elements=[*elements, entry])
            )
            args = keep_closing_comma(
                updated_node.args,
                [merged if a is config else a for a in updated_node.args if a is not fmt],
            )
        else:
            self.record_finding(
                original_node,
                "CM218",
                "output_config is not a dict written here: add 'format' to it by hand",
            )
            return updated_node
        self.record_change(original_node, "output_format -> output_config.format")
        return updated_node.with_changes(args=args)
