import Anthropic from "@anthropic-ai/sdk";

await new Anthropic().messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [] });
const opus = process.env.OPUS ?? "claude-opus-5";
const LIMITS = { "claude-opus-5": 128000, "claude-sonnet-5": 128000 };
