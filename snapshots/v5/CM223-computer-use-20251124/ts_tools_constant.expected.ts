import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const TOOLS = [
  { type: "bash_20250124", name: "bash" },
  { type: "computer_20251124", name: "computer", display_width_px: 1024, display_height_px: 768 },
] as const;
const SHARED_TOOLS = [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }];

// A const tools array named only in requests that move, moves with them.
export const act = (content: string) =>
  client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, betas: ["computer-use-2025-11-24"], tools: TOOLS, messages: [{ role: "user", content }] });

// One also passed elsewhere is reported, and so is the header of the request that sends it.
export const look = (content: string) =>
  client.beta.messages.create({ model: "claude-opus-5", max_tokens: 1024, betas: ["computer-use-2025-01-24"], tools: SHARED_TOOLS, messages: [{ role: "user", content }] });
export const tools = () => SHARED_TOOLS;
