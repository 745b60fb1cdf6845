# snapshot-options: to=5
# On a run to the 5 set, CM219 sets Opus 5's own ceiling (128,000), so the 4.5 ceiling
# (64,000) is not applied on the way.
def long_answer(client):
    return client.messages.stream(model="claude-opus-4-5-20251101", max_tokens=100000, messages=[])
