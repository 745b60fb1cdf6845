# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def chat(history, text):
    # Append-only, one model: the thinking blocks stay valid.
    history.append({"role": "user", "content": [{"text": text}]})
    response = rt.converse(modelId="us.anthropic.claude-opus-5-5", messages=history)
    history.append(response["output"]["message"])
    return response


def other(history):
    # Another vendor's models: not Claude's thinking blocks.
    first = rt.converse(modelId="amazon.nova-pro-v1:0", messages=history)
    history.append(first["output"]["message"])
    return rt.converse(modelId="amazon.nova-lite-v1:0", messages=history[-4:])
