import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function plan(messages: Anthropic.Beta.BetaMessageParam[]) {
  // An advisor Sonnet 5.5 accepts; an Opus 5.5 executor; another tool with a model field.
  await client.beta.messages.create({ model: "claude-sonnet-5-5", max_tokens: 4096, messages, tools: [{ type: "advisor_20260301", name: "advisor", model: "claude-opus-5-5" }] });
  await client.beta.messages.create({ model: "claude-opus-5-5", max_tokens: 4096, messages, tools: [{ type: "advisor_20260301", name: "advisor", model: "claude-haiku-5-5" }] });
  await client.beta.messages.create({ model: "claude-sonnet-5-5", max_tokens: 4096, messages, tools: [{ type: "custom", name: "advisor_lookup", model: "claude-haiku-5-5" }] });
}
