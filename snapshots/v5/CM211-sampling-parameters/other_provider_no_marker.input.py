# Other providers' requests: their sampling parameters are not this rule's business.
from groq import Groq
from openai import OpenAI


def chat(messages, cfg):
    return OpenAI().chat.completions.create(
        model=cfg.model,
        messages=messages,
        temperature=cfg.temperature,
        top_p=cfg.top_p,
        max_tokens=cfg.max_tokens,
    )


def fast(messages):
    body = {"model": "llama-3.1-8b-instant", "messages": messages, "temperature": 0.2, "top_p": 0.9}
    return Groq().chat.completions.create(**body)
