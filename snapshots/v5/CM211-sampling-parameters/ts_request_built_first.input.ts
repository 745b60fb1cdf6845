// A request object built first in a const, whose every use is a request's argument, is
// a request: its edits land where it is declared.
import Anthropic from "@anthropic-ai/sdk";
import type { MessageCreateParamsNonStreaming } from "@anthropic-ai/sdk/resources/messages";

const client = new Anthropic();

export async function plain(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, top_p: 0.9, messages };
  return await client.messages.create(params);
}

export async function typed(messages: Anthropic.MessageParam[]) {
  const params: Anthropic.MessageCreateParams = {
    model: "claude-sonnet-5",
    max_tokens: 1024,
    temperature: 0.5,
    messages,
  };
  const count = await client.messages.countTokens(params);
  return [count, await client.messages.create(params)];
}

const SUMMARY = {
  model: "claude-opus-5",
  max_tokens: 1024,
  top_k: 40,
  messages: [],
} satisfies MessageCreateParamsNonStreaming;

const FIXED = { model: "claude-opus-5", max_tokens: 1024, temperature: 0, messages: [] } as const;

export const summary = () => client.beta.messages.create(SUMMARY);
export const fixed = () => client.messages.create(FIXED);
