from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety

RENAMES = {"BetaBase64PDFBlockParam": "BetaRequestDocumentBlockParam"}


class SdkRenames(Codemod):
    """Rename SDK types that anthropic SDK 1.0 renamed: BetaBase64PDFBlockParam -> BetaRequestDocumentBlockParam.

    Applied where the project pins anthropic 1.x or later (read from its requirements, or
    --sdk); with the SDK unknown the old name is reported instead, since the new one does not
    exist in every 0.x release.

    Before:  from anthropic.types.beta import BetaBase64PDFBlockParam
    After:   from anthropic.types.beta import BetaRequestDocumentBlockParam

    Source: anthropic SDK MIGRATION.md for 1.0 (shared reference claude-5-facts.md, section 3).
    """

    code = "CM232"
    slug = "sdk-renames"
    target = (5, 0)
    safety = Safety.SAFE
    triggers = tuple(name.encode() for name in RENAMES)
    finding_codes = {"CM234": "SDK name to rename once the project is on anthropic 1.x"}

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        new = RENAMES.get(updated_node.value)
        if new is None:
            return updated_node
        sdk = self.context.options.sdk
        if sdk is None or sdk < 1:
            self.record_finding(
                original_node,
                "CM234",
                f"{updated_node.value} is {new} from anthropic SDK 1.0 on (SDK version unknown here)",
            )
            return updated_node
        self.record_change(original_node, f"{updated_node.value} -> {new}")
        return updated_node.with_changes(value=new)
