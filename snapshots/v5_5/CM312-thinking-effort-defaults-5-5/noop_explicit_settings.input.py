# snapshot-options: to=5.5
import anthropic

client = anthropic.Anthropic()


def ask(text, **options):
    client.messages.create(
        model="claude-opus-5-5", max_tokens=1024, thinking={"type": "adaptive"}, output_config={"effort": "high"}, messages=[]
    )
    client.messages.create(model="claude-sonnet-5-5", max_tokens=1024, thinking={"type": "between_tools"}, messages=[])
    client.messages.create(
        model="claude-haiku-5-5", max_tokens=1024, thinking={"type": "disabled"}, output_config={"effort": "low"}, messages=[]
    )
    client.messages.count_tokens(model="claude-opus-5-5", messages=[])
    client.messages.create(model="claude-opus-5-5", max_tokens=1024, messages=[], **options)
    client.messages.create(model="claude-opus-5", max_tokens=1024, messages=[])
