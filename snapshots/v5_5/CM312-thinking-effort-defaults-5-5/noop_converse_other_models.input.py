import boto3

bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")


def draft(messages):
    # Converse serves other vendors' models too: their defaults are not these rules'.
    return bedrock.converse(
        modelId="meta.llama3-1-70b-instruct-v1:0",
        messages=messages,
        inferenceConfig={"maxTokens": 2048, "temperature": 0.2},
    )


def older(messages):
    # Not a 5.5 model: the earlier sets speak for it.
    return bedrock.converse(
        modelId="anthropic.claude-sonnet-5",
        messages=messages,
        inferenceConfig={"maxTokens": 2048},
    )
