# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")
TOOLS = [{"toolSpec": {"name": "record", "inputSchema": {"json": {"type": "object"}}}}]


def extract(msgs):
    return rt.converse(
        modelId="us.anthropic.claude-sonnet-5-5",
        messages=msgs,
        toolConfig={"tools": TOOLS, "toolChoice": {"tool": {"name": "record"}}},
    )


def haiku(msgs):
    # Haiku 5.5 keeps forced tool choice; another vendor's model is not ours.
    rt.converse(modelId="us.anthropic.claude-haiku-5-5", messages=msgs, toolConfig={"tools": TOOLS, "toolChoice": {"any": {}}})
    rt.converse(modelId="amazon.nova-pro-v1:0", messages=msgs, toolConfig={"tools": TOOLS, "toolChoice": {"any": {}}})
    rt.converse(modelId="us.anthropic.claude-opus-5-5", messages=msgs, toolConfig={"tools": TOOLS, "toolChoice": {"auto": {}}})
