// snapshot-options: to=5
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const COMPUTER = { type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 };

// Haiku 4.5 stays in this generation: its tool moves here.
export const small = (content: string) =>
  client.beta.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 1024,
    betas: ["computer-use-2024-10-22"],
    tools: [{ type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });

// Sonnet goes on to the 5 generation: its tool is left, unreported, to the 5 set (CM223).
export const act = (content: string) =>
  client.beta.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    betas: ["computer-use-2024-10-22"],
    tools: [{ type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });

// A const tool it sends is the 5 set's too: no CM118 that the 5 set's move would belie.
export const look = (content: string) =>
  client.beta.messages.create({ model: "claude-opus-4-5", max_tokens: 1024, betas: ["computer-use-2024-10-22"], tools: [COMPUTER], messages: [{ role: "user", content }] });
