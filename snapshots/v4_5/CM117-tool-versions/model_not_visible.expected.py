from anthropic.types.beta import BetaToolComputerUse20250124Param

COMPUTER: BetaToolComputerUse20250124Param = {
    "type": "computer_20250124",
    "name": "computer",
    "display_width_px": 1280,
    "display_height_px": 800,
}
