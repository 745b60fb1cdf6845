from __future__ import annotations

import libcst as cst

from claude_migrate.authoring import Codemod, Safety, dotted_name, kwarg

# Names anthropic 1.0 removed from the package's top level, with what to do instead.
REMOVED_NAMES = {
    "Transport": "anthropic.Transport was removed in SDK 1.0 (the SDK moved to httpx2): pass an "
    "httpx2 client as http_client instead",
    "ProxiesTypes": "anthropic.ProxiesTypes was removed in SDK 1.0: configure proxies on an httpx2 "
    "client passed as http_client",
}
STREAM_CLASSES = ("Stream", "AsyncStream")
STREAM_MESSAGE = (
    "from SDK 1.0 a message stream is not an anthropic.Stream, so isinstance checks against it "
    "fail: test for anthropic.lib.streaming.MessageStream"
)


class Sdk1Removals(Codemod):
    """Report calls that anthropic SDK 1.0 removed or changed, where no rewrite is safe.

    SDK 1.0 dropped messages.parse(stream=True) (use messages.stream with output_format),
    tool_runner(compaction_control=...) (now a beta context-management edit), httpx in favour
    of httpx2 (an httpx client passed as http_client raises TypeError; anthropic.Transport and
    anthropic.ProxiesTypes are gone), and the implicit us-east-1 of AnthropicBedrock (now a
    ValueError without a region). .with_raw_response now returns an APIResponse whose .text
    and .content are methods (.text(), .read()), and isinstance(x, anthropic.Stream) is False
    for message streams. Each is reported where the project is on SDK 1.x or 2.x, or its SDK
    is not pinned (an unpinned install gets the newest); a project pinned to 0.x hears nothing.

    Before:  client.messages.parse(model=..., output_format=Answer, stream=True)
    After:   (unchanged; reported)

    Source: anthropic SDK MIGRATION.md for 1.0, release notes 2026-08-20 (shared reference
    claude-5-facts.md, section 3).
    """

    code = "CM235"
    slug = "sdk-1-removals"
    target = (5, 0)
    safety = Safety.REPORT
    triggers = (
        b"messages.parse(",
        b"compaction_control",
        b"anthropic.Transport",
        b"ProxiesTypes",
        b"AnthropicBedrock(",
        b"anthropic.Stream",
        b"anthropic.AsyncStream",
        b"from anthropic import",
    )
    weak_triggers = (b"http_client", b".with_raw_response")  # the OpenAI SDK has both

    def visit_Module(self, node: cst.Module) -> bool:
        sdk = self.context.options.sdk
        return sdk is None or sdk >= 1

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.module is None or dotted_name(node.module) != "anthropic":
            return
        if isinstance(node.names, cst.ImportStar):
            return
        for alias in node.names:
            name = alias.evaluated_name
            if name in REMOVED_NAMES:
                self.record_finding(alias, self.code, REMOVED_NAMES[name])
            elif name in STREAM_CLASSES:
                self.record_finding(alias, self.code, STREAM_MESSAGE)

    def visit_Attribute(self, node: cst.Attribute) -> None:
        if dotted_name(node) in {f"anthropic.{n}" for n in REMOVED_NAMES}:
            self.record_finding(node, self.code, REMOVED_NAMES[node.attr.value])

    def visit_Call(self, node: cst.Call) -> None:
        name = dotted_name(node.func)
        message = None
        if name.endswith("messages.parse") and _is_true(kwarg(node, "stream")):
            message = (
                "messages.parse(stream=True) was removed in SDK 1.0: use "
                "`with client.messages.stream(..., output_format=M) as s:` and "
                "s.get_final_message().parsed_output"
            )
        elif name.endswith(".tool_runner") and kwarg(node, "compaction_control") is not None:
            message = (
                "tool_runner(compaction_control=...) was removed in SDK 1.0: pass "
                'betas=["compact-2026-01-12"] and context_management={"edits": [{"type": '
                '"compact_20260112", "trigger": {"type": "input_tokens", "value": N}}]} (N >= 50,000)'
            )
        elif _passes_httpx_client(node):
            message = (
                "SDK 1.0 is built on httpx2: an httpx client passed as http_client raises TypeError; "
                "build it with httpx2 (or call httpx2.alias_httpx() first thing at start-up)"
            )
        elif name.split(".")[-1] == "AnthropicBedrock" and kwarg(node, "aws_region") is None:
            message = (
                "from SDK 1.0 AnthropicBedrock raises ValueError without a region (it used to fall "
                "back to us-east-1): pass aws_region= or make sure AWS_REGION is set"
            )
        elif name == "isinstance" and _names_stream_class(node):
            message = STREAM_MESSAGE
        elif ".with_raw_response." in f"{name}.":
            message = (
                "from SDK 1.0 with_raw_response returns an APIResponse: .text and .content become "
                ".text() and .read(), and an async client's response needs `await r.parse()`"
            )
        if message is not None:
            self.record_finding(node, self.code, message)


def _names_stream_class(call: cst.Call) -> bool:
    """isinstance(x, anthropic.Stream), alone or in a tuple of classes."""
    if len(call.args) < 2:
        return False
    classes = call.args[1].value
    options = [e.value for e in classes.elements] if isinstance(classes, cst.Tuple) else [classes]
    return any(dotted_name(o) in {f"anthropic.{c}" for c in STREAM_CLASSES} for o in options)


def _is_true(arg: cst.Arg | None) -> bool:
    return arg is not None and isinstance(arg.value, cst.Name) and arg.value.value == "True"


def _passes_httpx_client(call: cst.Call) -> bool:
    client = kwarg(call, "http_client")
    if client is None or not isinstance(client.value, cst.Call):
        return False
    return dotted_name(client.value.func).startswith("httpx.")
