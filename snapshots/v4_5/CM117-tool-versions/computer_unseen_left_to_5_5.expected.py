# snapshot-options: to=5.5 running=CM223,CM316
# Under --to 5.5 with CM316 and CM223 in the run, a tool definition whose model cannot be
# seen still moves to computer_20250124 and is reported once, by CM316 (or CM223 on
# Bedrock); a bare string, which CM316 does not read, keeps its CM118.
import anthropic

COMPUTER = {"type": "computer_20250124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}
KIND = "computer_20250124"
