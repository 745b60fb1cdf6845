# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def other(msgs):
    return rt.converse(modelId="amazon.nova-pro-v1:0", messages=msgs,
                       inferenceConfig={"maxTokens": 200000, "temperature": 0.3, "topP": 0.9})


def sonnet(msgs):
    # Sonnet 5.5 is not this codemod's: Haiku 5.5 only.
    return rt.converse(modelId="us.anthropic.claude-sonnet-5-5", messages=msgs,
                       inferenceConfig={"maxTokens": 200000, "temperature": 0.3})
