# snapshot-options: to=5.5 sdk=1
import anthropic

client = anthropic.Anthropic()


def cheap(text):
    # --to 5.5 moves Haiku 4.5 on to Haiku 5.5, whose set removes these: nothing to move here.
    return client.messages.create(model="claude-haiku-4-5-20251001", max_tokens=512, temperature=0.2, messages=[])
