import Anthropic from "@anthropic-ai/sdk";

const DEFAULT_MODEL = "claude-sonnet-4-5-20250929";
export const reply = (text: string, model?: string) =>
  new Anthropic().messages.create({
    model: model ?? 'claude-opus-4-5-20251101', // a fallback
    max_tokens: 1024,
    messages: [{ role: "user", content: `${text}` }],
  });
const alias = `claude-haiku-4-5`;
const bedrock = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
const options: { model: "claude-haiku-4-5-20251001" } = { model: "claude-haiku-4-5-20251001" };
