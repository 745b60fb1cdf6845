import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function long(params: Anthropic.MessageCreateParams) {
  await client.messages.create({ model: "claude-opus-5-5", max_tokens: 21333, messages: [] });
  await client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, stream: true, messages: [] });
  await client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [], ...params });
  await client.messages.stream({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] });
  await client.messages.countTokens({ model: "claude-opus-5-5", messages: [] });
}
