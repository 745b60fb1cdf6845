# snapshot-options: to=5 running=CM223
# Under --to 5 with CM223 in the run, a tool whose model cannot be seen still moves to the
# version every 4.5 model and Haiku 4.5 take, and is reported once, by CM223 (which moves it
# on for Opus 5 and Sonnet 5): no CM118 beside it.
import anthropic

COMPUTER = {"type": "computer_20241022", "name": "computer", "display_width_px": 1024, "display_height_px": 768}
