import Anthropic from "@anthropic-ai/sdk";

const DEFAULT_MODEL = "claude-3-5-sonnet-20241022";
export const reply = (text: string, model?: string) =>
  new Anthropic().messages.create({
    model: model ?? 'claude-3-opus-20240229', // a fallback
    max_tokens: 1024,
    messages: [{ role: "user", content: `${text}` }],
  });
const alias = `claude-3-5-haiku-latest`;
const bedrock = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";
const options: { model: "claude-3-haiku-20240307" } = { model: "claude-3-haiku-20240307" };
