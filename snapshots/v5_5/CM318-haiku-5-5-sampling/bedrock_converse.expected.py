# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def classify(msgs):
    return rt.converse(
        modelId="us.anthropic.claude-haiku-5-5",
        messages=msgs,
        inferenceConfig={"maxTokens": 200000},
        additionalModelRequestFields={"thinking": {"type": "enabled", "budget_tokens": 1000}},
    )


def plan(msgs):
    return rt.converse(
        modelId="global.anthropic.claude-opus-5-5",
        messages=msgs,
        additionalModelRequestFields={"thinking": {"type": "disabled"}, "top_k": 2},
    )


def other(msgs):
    return rt.converse(modelId="amazon.nova-pro-v1:0", messages=msgs,
                       inferenceConfig={"maxTokens": 200000, "temperature": 0.3},
                       additionalModelRequestFields={"thinking": {"type": "disabled"}})
