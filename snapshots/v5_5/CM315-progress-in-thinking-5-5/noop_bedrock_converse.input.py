# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")
TOOLS = {"tools": [{"toolSpec": {"name": "search", "inputSchema": {"json": {"type": "object"}}}}]}


def shown(msgs):
    # The thinking is shown: the progress text streams.
    return rt.converse_stream(
        modelId="us.anthropic.claude-opus-5-5",
        messages=msgs,
        toolConfig=TOOLS,
        additionalModelRequestFields={"thinking": {"type": "adaptive", "display": "summarized"}},
    )


def whole(msgs):
    # Not streamed: nothing goes silent on screen.
    return rt.converse(modelId="us.anthropic.claude-opus-5-5", messages=msgs, toolConfig=TOOLS)


def no_tools(msgs):
    return rt.converse_stream(modelId="us.anthropic.claude-opus-5-5", messages=msgs)


def other(msgs):
    return rt.converse_stream(modelId="amazon.nova-pro-v1:0", messages=msgs, toolConfig=TOOLS)
