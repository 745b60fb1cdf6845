# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")
TOOLS = {"tools": [{"toolSpec": {"name": "search", "inputSchema": {"json": {"type": "object"}}}}]}


def agent(msgs):
    return rt.converse_stream(
        modelId="us.anthropic.claude-sonnet-5-5",
        messages=msgs,
        toolConfig=TOOLS,
        additionalModelRequestFields={"thinking": {"type": "adaptive"}},
    )


def planner(msgs):
    return rt.converse_stream(modelId="global.anthropic.claude-opus-5-5", messages=msgs, toolConfig=TOOLS)
