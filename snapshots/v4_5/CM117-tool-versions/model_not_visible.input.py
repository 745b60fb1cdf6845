from anthropic.types.beta import BetaToolComputerUse20241022Param

COMPUTER: BetaToolComputerUse20241022Param = {
    "type": "computer_20241022",
    "name": "computer",
    "display_width_px": 1280,
    "display_height_px": 800,
}
