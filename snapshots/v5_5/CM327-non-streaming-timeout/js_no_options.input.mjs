import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
export const long = () => client.beta.messages.create({ model: "claude-opus-5-5", max_tokens: 32_000, messages: [] });
