# snapshot-options: to=5
from enum import Enum


class Tier(str, Enum):
    # 4.5 keeps these apart (claude-opus-4-5, claude-opus-4-7); the 5 set would make both
    # claude-opus-5. Left whole here; the 5 set reports it (CM202).
    OPUS_41 = "claude-opus-4-1"
    OPUS_47 = "claude-opus-4-7"
    SONNET_37 = "claude-3-7-sonnet-20250219"
