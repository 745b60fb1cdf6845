import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const tool = { type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 } as const;

export const act = (content: string) =>
  client.beta.messages.create({
    model: "claude-opus-4-5",
    max_tokens: 1024,
    betas: ["computer-use-2024-10-22"],
    tools: [{ type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });

export const look = (content: string) =>
  client.beta.messages.create({
    model: "claude-3-5-sonnet-20241022",
    max_tokens: 1024,
    betas: ["computer-use-2024-10-22"],
    tools: [{ type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });

// The header is not in this request: reported, not half moved.
export const half = (content: string) =>
  client.beta.messages.create({ model: "claude-opus-4-5", max_tokens: 1024, tools: [tool], messages: [{ role: "user", content }] });
