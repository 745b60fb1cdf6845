# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def sonnet_max(text):
    return client.messages.create(
        model="claude-sonnet-5-5",
        max_tokens=1024,
        thinking={"type": "disabled"},
        output_config={"effort": "max"},
        messages=[],
    )


def haiku_off_xhigh(text):
    return client.messages.create(
        model="claude-haiku-5-5",
        max_tokens=1024,
        thinking={"type": "disabled"},
        output_config={"effort": "xhigh"},
        messages=[],
    )


def opus_between(text):
    return client.messages.create(model="claude-opus-5-5", max_tokens=1024, thinking={"type": "between_tools"}, messages=[])


def unseen(model):
    return client.messages.create(model=model, max_tokens=1024, thinking={"type": "enabled", "budget_tokens": 1024}, messages=[])


def written_as_a_call(text):
    return client.messages.create(model="claude-sonnet-5-5", max_tokens=1024, thinking=dict(type="enabled", budget_tokens=1024), messages=[])


def sonnet_off_with_display(text):
    return client.messages.create(
        model="claude-sonnet-5-5", max_tokens=1024, thinking={"type": "disabled", "display": "omitted"}, messages=[]
    )
