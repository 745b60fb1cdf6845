import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ defaultHeaders: { "anthropic-beta": "compact-2026-09-04" } });

export const ask = (content: string) =>
  client.beta.messages.create({
    model: "claude-opus-5-5",
    max_tokens: 1024,
    betas: ["compact-2026-09-04"],
    messages: [{ role: "user", content }],
  });
