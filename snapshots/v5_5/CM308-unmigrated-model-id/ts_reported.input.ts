import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
export const reply = await client.messages.create({ model: "claude-mythos-preview", max_tokens: 1024, messages: [] });
export const BEDROCK = "us.anthropic.claude-mythos-preview";
export const DATED = `claude-opus-4-7-20260416`;
