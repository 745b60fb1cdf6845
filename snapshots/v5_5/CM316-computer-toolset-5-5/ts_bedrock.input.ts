import { AnthropicBedrock } from "@anthropic-ai/bedrock-sdk";

// Bedrock keeps the beta computer tool.
const client = new AnthropicBedrock();
export const tools = [{ type: "computer_20251124", name: "computer", display_width_px: 1280, display_height_px: 800 }];
