import boto3

bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")


def summarise(messages):
    return bedrock.converse(
        modelId="global.anthropic.claude-opus-5-5",
        messages=messages,
        inferenceConfig={"maxTokens": 2048},
    )


def classify(messages):
    return bedrock.converse(
        modelId="us.anthropic.claude-sonnet-5-5",
        messages=messages,
        inferenceConfig={"maxTokens": 512},
        additionalModelRequestFields={"output_config": {"effort": "low"}},
    )


def settled(messages):
    # Effort and thinking both set: nothing relies on a default.
    return bedrock.converse(
        modelId="global.anthropic.claude-haiku-5-5",
        messages=messages,
        inferenceConfig={"maxTokens": 512},
        additionalModelRequestFields={
            "output_config": {"effort": "medium"},
            "thinking": {"type": "disabled"},
        },
    )
