"""We used claude-mythos-preview before."""

FABLE = "claude-fable-5-1"
MYTHOS = "claude-mythos-5-2"
OPUS = "claude-opus-5-5"
SENTENCE = "claude-mythos-preview was retired"
LONGER = "claude-mythos-preview-2"
# claude-mythos-preview
