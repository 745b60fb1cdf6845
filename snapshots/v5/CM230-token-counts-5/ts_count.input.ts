import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const size = async (content: string) =>
  (await client.messages.countTokens({ model: "claude-sonnet-5", messages: [{ role: "user", content }] })).input_tokens;

export const opusSize = async (content: string) =>
  (await client.beta.messages.countTokens({ model: "claude-opus-5", messages: [{ role: "user", content }] })).input_tokens;
