// Left alone: an object only spread into the request (spreads stay unread), a parameter
// of the same name as a const elsewhere, and objects of the same shape never sent to Claude.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const client = new Anthropic();
const openai = new OpenAI();

export async function spread(messages: Anthropic.MessageParam[]) {
  const defaults = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, messages };
  return await client.messages.create({ ...defaults });
}

const params = { model: "gpt-4o", temperature: 0.5, messages: [] };
await openai.chat.completions.create(params);

export async function passed(params: Anthropic.MessageCreateParamsNonStreaming) {
  return await client.messages.create(params);
}

const thread = { role: "user", content: "hi", temperature: 0.5 };
await openai.beta.threads.messages.create("thread_1", thread);
