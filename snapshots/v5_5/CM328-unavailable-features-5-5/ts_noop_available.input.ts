import Anthropic from "@anthropic-ai/sdk";

// The Claude API has fast mode; Opus 5.5 has the fallback; Haiku 5.5 without the header.
const client = new Anthropic();

export async function ask(messages: Anthropic.Beta.BetaMessageParam[]) {
  await client.beta.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, speed: "fast", messages, betas: ["fast-mode-2026-02-01"] });
  await client.beta.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, messages, betas: ["server-side-fallback-2026-07-01"] });
  await client.beta.messages.create({ model: "claude-haiku-5-5", max_tokens: 1024, messages });
}
