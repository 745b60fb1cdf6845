# snapshot-options: to=5.5
# compaction is mentioned only here, never requested.
def plain(response):
    if response.stop_reason == "end_turn":
        return 1
    elif response.stop_reason == "tool_use":
        return 2
