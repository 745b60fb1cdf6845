import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const COMPUTER = { type: "computer_20251124", name: "computer", display_width_px: 1024, display_height_px: 768 } satisfies Anthropic.Beta.BetaToolComputerUse20251124;

export const act = (content: string) =>
  client.beta.messages.create({
    model: "claude-sonnet-5",
    max_tokens: 1024,
    betas: ["computer-use-2025-11-24"],
    tools: [{ type: "computer_20251124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });

// A const tool named only in the tools of requests that move, moves with them.
export const look = (content: string) =>
  client.beta.messages.create({ model: "claude-opus-5", max_tokens: 1024, betas: ["computer-use-2025-11-24"], tools: [COMPUTER], messages: [{ role: "user", content }] });

export const again = (content: string) =>
  client.beta.messages.stream({ model: "claude-sonnet-5", max_tokens: 1024, betas: ['computer-use-2025-11-24'], tools: [COMPUTER], messages: [{ role: "user", content }] });
