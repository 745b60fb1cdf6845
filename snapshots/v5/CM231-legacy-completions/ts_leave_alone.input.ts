import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const anthropic = new Anthropic();
const openai = new OpenAI();

// OpenAI's legacy completions and chat completions, beside an Anthropic client: not Anthropic's.
export const legacy = (prompt: string) => openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt, max_tokens: 16 });
export const chat = (content: string) => openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content }] });
export const current = (content: string) =>
  anthropic.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [{ role: "user", content }] });
