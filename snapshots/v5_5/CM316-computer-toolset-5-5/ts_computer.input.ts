import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
export const tools = [{ type: "computer_20251124", name: "computer", display_width_px: 1280, display_height_px: 800 }];
