import anthropic  # the file talks to Claude too: a candidate, left alone all the same
import boto3

rt = boto3.client("bedrock-runtime", region_name="us-east-1")


def other_vendor(msgs):
    # Converse serves other models too: their parameters are not these rules' business.
    return rt.converse(
        modelId="meta.llama3-70b-instruct-v1:0",
        messages=msgs,
        inferenceConfig={"maxTokens": 200000, "temperature": 0.7, "topP": 0.9},
        additionalModelRequestFields={"top_k": 5},
    )


def unseen(model, msgs):
    return rt.converse(modelId=model, messages=msgs, inferenceConfig={"temperature": 0.7, "topP": 0.9})
