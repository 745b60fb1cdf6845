TOOL = {"type": "computer_20251124", "name": "computer", "display_width_px": 1024, "display_height_px": 768}
