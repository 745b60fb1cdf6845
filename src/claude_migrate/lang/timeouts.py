"""CM327 in TypeScript and JavaScript: a non-streaming request above 21,333 `max_tokens`,
which the TypeScript SDK refuses before sending unless its client has a timeout, with the
threshold of the Python codemod (codemods/v5_5/cm327_non_streaming_timeout.py).

The TypeScript SDK (`@anthropic-ai/sdk`, and the Bedrock and Vertex clients built on it)
throws "Streaming is required for operations that may take longer than 10 minutes" from a
non-streaming `messages.create` or `messages.parse` whose expected time (an hour for
128,000 tokens) is over ten minutes, unless the *client* was created with `timeout`: a
per-request `{ timeout }` option does not help, since the check runs before the options are
read. So where Python gets `timeout=` on the call, here the client gets it: when the file
creates one client (`new Anthropic(...)`, `new AnthropicBedrock(...)`, ...), with no
options or an object literal of them, `timeout: <ms>` goes into them (review level: every
request of that client then waits that long before it fails), with the largest time the
file's requests need. Any other shape is reported. A request with `stream`, `...spread`
params, a literal `max_tokens` within the limit, a file whose client sets a timeout, and a
file that does not import an Anthropic SDK are left alone.
"""

from __future__ import annotations

import math
import re
import sys
from typing import TYPE_CHECKING

from tree_sitter import Node

from . import JS_TS
from .document import Document, Edit
from .refusal import _after_entry
from .request_objects import methods_of, requests
from .text_editor import _pairs

if TYPE_CHECKING:
    from ..authoring.codemod import Codemod

_SDK = re.compile(rb"[\"']@anthropic-ai/(?:sdk|bedrock-sdk|vertex-sdk|foundry-sdk)[\"'/]")
_SCOPE = b"@anthropic-ai/"  # what every match of _SDK holds, from its second byte
# The SDKs' client classes (`new Anthropic(...)`, `new sdk.AnthropicBedrock(...)`); not
# `AnthropicError` and the other classes of the same prefix.
_CLIENTS = frozenset(
    {
        "Anthropic",
        "AnthropicBedrock",
        "AnthropicBedrockMantle",
        "AnthropicVertex",
        "AnthropicFoundry",
    }
)


def _imports_sdk(data: bytes) -> bool:
    """`_SDK.search(data)`, tried only where the SDKs' scope occurs: a regular expression
    that opens with a class of quotes is tried at every byte of the file (a tenth of a
    millisecond for a large one), where a bytes search is not."""
    at = data.find(_SCOPE, 1)
    while at >= 0:
        if _SDK.match(data, at - 1):
            return True
        at = data.find(_SCOPE, at + 1)
    return False


def non_streaming_timeout(doc: Document, codemod: type[Codemod]) -> None:
    if doc.kind not in JS_TS or not _imports_sdk(doc.data):
        return
    rules = sys.modules[codemod.__module__]
    limit: int = rules.LIMIT
    clients = _clients(doc)
    if any("timeout" in _options(doc, c)[1] for c in clients):
        return
    long: list[tuple[Node, int]] = []
    for obj, values in requests(doc):
        if not methods_of(doc, obj) & {"create", "parse"} or "stream" in values:
            continue
        if any(c.type == "spread_element" for c in obj.named_children):
            continue
        value = values.get("max_tokens")
        written = doc.text(value).replace("_", "") if value is not None else ""
        if value is None or value.type != "number" or not written.isdigit():
            continue
        tokens = int(written)
        if tokens > limit:
            long.append((obj, tokens))
    if not long:
        return
    seconds = max(math.ceil(rules.SECONDS_PER_128K * t / 128_000) for _, t in long)
    edit = _client_edit(doc, clients, seconds * 1000) if len(clients) == 1 else None
    line = doc.data.count(b"\n", 0, clients[0].start_byte) + 1 if clients else 0
    for obj, tokens in long:
        why = (
            f"max_tokens: {tokens:,} without streaming: the TypeScript SDK throws before "
            f"sending a non-streaming request above {limit:,} max_tokens unless its client "
            "has a timeout (a per-request timeout option does not help)"
        )
        if edit is not None:
            doc.change(
                obj,
                codemod.code,
                f"added timeout: {seconds * 1000} ({seconds} s, the longest this file's "
                f"requests need) to the client on line {line}: {why}; "
                "or use messages.stream",
                edit,
            )
        else:
            doc.finding(
                obj,
                codemod.code,
                f"{why}: create the client with timeout: {seconds * 1000} (milliseconds) or use "
                "messages.stream"
                + ("" if clients else " (the client is not created in this file)"),
            )


def _clients(doc: Document) -> list[Node]:
    """The file's `new Anthropic...(...)` expressions."""
    found = []
    for node in doc.around(b"Anthropic", ("new_expression",)):
        constructor = node.child_by_field_name("constructor")
        if constructor is not None and doc.text(constructor).rpartition(".")[2] in _CLIENTS:
            found.append(node)
    return found


def _options(doc: Document, client: Node) -> tuple[Node | None, dict[str, Node]]:
    """The client's options object (None: none given) and its pairs."""
    arguments = client.child_by_field_name("arguments")
    first = (
        arguments.named_children[0] if arguments is not None and arguments.named_children else None
    )
    if first is None or first.type != "object":
        return first, {}
    keys = _pairs(doc, first)
    for child in first.named_children:
        if child.type == "shorthand_property_identifier":
            keys[doc.text(child)] = child
    return first, keys


def _client_edit(doc: Document, clients: list[Node], milliseconds: int) -> Edit | None:
    """`timeout` added to the one client's options, when they are absent or an object
    literal of plain entries."""
    client = clients[0]
    arguments = client.child_by_field_name("arguments")
    options, _ = _options(doc, client)
    entry = f"timeout: {milliseconds}"
    if arguments is None:  # `new Anthropic` with no parentheses
        return Edit(client.end_byte, client.end_byte, f"({{ {entry} }})".encode())
    if options is None:
        if arguments.named_children:
            return None
        return Edit(arguments.start_byte + 1, arguments.end_byte - 1, f"{{ {entry} }}".encode())
    if options.type != "object" or len(arguments.named_children) != 1:
        return None
    entries = options.named_children
    if any(c.type not in ("pair", "shorthand_property_identifier", "comment") for c in entries):
        return None  # `...defaults` may set a timeout
    plain = [c for c in entries if c.type != "comment"]
    if not plain:
        return Edit(options.start_byte, options.end_byte, f"{{ {entry} }}".encode())
    return _after_entry(doc, plain[-1], entry)
