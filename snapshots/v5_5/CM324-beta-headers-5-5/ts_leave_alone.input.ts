import Anthropic from "@anthropic-ai/sdk";

// Still in beta for the 5.5 set: kept.
export const ask = (client: Anthropic, content: string) =>
  client.beta.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, betas: ["compact-2026-09-04"], messages: [{ role: "user", content }] });
