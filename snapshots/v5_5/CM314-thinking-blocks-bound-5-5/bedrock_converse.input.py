# snapshot-options: to=5.5
import boto3

rt = boto3.client("bedrock-runtime")


def with_fallback(history):
    try:
        response = rt.converse(modelId="us.anthropic.claude-opus-5-5", messages=history)
    except rt.exceptions.ThrottlingException:
        response = rt.converse(modelId="us.anthropic.claude-sonnet-5-5", messages=history)
    history.append(response["output"]["message"])
    return response


def chat(history, text):
    history.append({"role": "user", "content": [{"text": text}]})
    response = rt.converse(modelId="global.anthropic.claude-opus-5-5", messages=history[-20:])
    history.append({"role": "assistant", "content": response["output"]["message"]["content"]})
