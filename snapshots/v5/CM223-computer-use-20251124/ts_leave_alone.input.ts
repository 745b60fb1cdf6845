import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ defaultHeaders: { "anthropic-beta": "computer-use-2025-01-24" } });
const SHARED = { type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 };
export const EXPORTED = { type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 };

// Haiku 4.5 keeps computer_20250124 and its header: nothing to say.
export const small = (content: string) =>
  client.beta.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 1024,
    betas: ["computer-use-2025-01-24"],
    tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }],
    messages: [{ role: "user", content }],
  });

// SHARED goes to Haiku 4.5 too: neither request moves it; the Sonnet 5 one is reported.
export const both = (content: string) => [
  client.beta.messages.create({ model: "claude-haiku-4-5", max_tokens: 1024, betas: ["computer-use-2025-01-24"], tools: [SHARED], messages: [{ role: "user", content }] }),
  client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, betas: ["computer-use-2025-01-24"], tools: [SHARED], messages: [{ role: "user", content }] }),
];

// The model cannot be seen; the header is not in the request; an exported tool: reported.
export const unseen = (model: string, content: string) =>
  client.beta.messages.create({ model, max_tokens: 1024, betas: ["computer-use-2025-01-24"], tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }], messages: [{ role: "user", content }] });
export const headerless = (content: string) =>
  client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, tools: [{ type: "computer_20250124", name: "computer", display_width_px: 1024, display_height_px: 768 }], messages: [{ role: "user", content }] });
export const exported = (content: string) =>
  client.beta.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, betas: ["computer-use-2025-01-24"], tools: [EXPORTED], messages: [{ role: "user", content }] });

// Already on the 5 generation's version: nothing to do.
export const current = (content: string) =>
  client.beta.messages.create({ model: "claude-opus-5", max_tokens: 1024, betas: ["computer-use-2025-11-24"], tools: [{ type: "computer_20251124", name: "computer", display_width_px: 1024, display_height_px: 768 }], messages: [{ role: "user", content }] });
