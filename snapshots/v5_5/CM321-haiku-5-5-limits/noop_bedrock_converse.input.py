# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def roomy(msgs):
    # Enough room for Haiku 5.5: not reported.
    return rt.converse(modelId="us.anthropic.claude-haiku-5-5", messages=msgs,
                       inferenceConfig={"maxTokens": 8192})


def other(msgs):
    # Another vendor's model on Converse, and its token count: not Claude's business.
    rt.count_tokens(modelId="amazon.nova-pro-v1:0", input={"converse": {"messages": msgs}})
    return rt.converse(modelId="amazon.nova-pro-v1:0", messages=msgs,
                       inferenceConfig={"maxTokens": 256})


def sonnet(msgs):
    return rt.converse(modelId="us.anthropic.claude-sonnet-5-5", messages=msgs,
                       inferenceConfig={"maxTokens": 256})
