import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ timeout: 3_600_000 });
export const long = () => client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] });
