# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def other(msgs):
    # Another vendor's model: its thinking settings are not these rules' business.
    return rt.converse(modelId="amazon.nova-pro-v1:0", messages=msgs,
                       additionalModelRequestFields={"thinking": {"type": "disabled"}})


def sonnet(msgs):
    # A setting Sonnet 5.5 accepts: left.
    return rt.converse(modelId="us.anthropic.claude-sonnet-5-5", messages=msgs,
                       additionalModelRequestFields={"thinking": {"type": "adaptive"}})
