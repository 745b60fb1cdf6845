// snapshot-options: to=5.5
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const act = (content: string) =>
  client.beta.messages.create({
    model: "claude-sonnet-5",
    max_tokens: 1024,
    betas: ["computer-use-2025-01-24"],
    tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });
