from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety, dotted_name, literal_text


class ApiVersion2026(Codemod):
    """Report what anthropic SDK 2.x's default API version (2026-10-21) breaks.

    SDK 2.0 sends anthropic-version 2026-10-21 and the API key as "Authorization: Bearer".
    Under that version the API answers 400 to any sampling parameter, to document blocks
    placed in an assistant message and to citations on user text; a proxy or gateway that
    reads x-api-key no longer sees the key; and the ARN-versioned models of Bedrock's legacy
    InvokeModel integration (AnthropicBedrock) reject the version. Reported where the project
    pins anthropic 2.x (or --sdk 2): a header dict that names x-api-key, an AnthropicBedrock
    client, and an anthropic-version pinned by hand.

    Before:  client = anthropic.AnthropicBedrock(aws_region="us-east-1")
    After:   (unchanged; reported)

    Source: API versioning and migration-2026-10-21 docs, anthropic SDK 2.0 changelog, Bedrock
    legacy docs (shared reference claude-5-facts.md, section 3).
    """

    code = "CM233"
    slug = "api-version-2026"
    target = (5, 0)
    safety = Safety.REPORT
    triggers = (b"AnthropicBedrock(", b"anthropic-version")
    weak_triggers = (b"x-api-key",)  # a header of many APIs

    def visit_Module(self, node: cst.Module) -> bool:
        return self.context.options.sdk == 2

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        text = (literal_text(node) or "").lower()
        if text == "x-api-key":
            self.record_finding(
                node,
                self.code,
                "anthropic SDK 2.x sends the key as 'Authorization: Bearer', not x-api-key: update "
                "proxies and gateways that read this header",
            )
        elif text == "anthropic-version":
            self.record_finding(
                node,
                self.code,
                "an anthropic-version set by hand: SDK 2.x defaults to 2026-10-21; pin 2023-06-01 only "
                "where an older model really needs sampling parameters",
            )

    def visit_Call(self, node: cst.Call) -> None:
        if dotted_name(node.func).split(".")[-1] == "AnthropicBedrock":
            self.record_finding(
                node,
                self.code,
                "anthropic SDK 2.x sends API version 2026-10-21, which Bedrock's ARN-versioned models "
                "(InvokeModel) reject with 400: use AnthropicBedrockMantle for the 5 generation, or keep "
                "this client on SDK 1.x",
            )
