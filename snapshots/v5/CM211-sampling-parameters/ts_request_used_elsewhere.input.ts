// A request object also used where it is not a request's argument is left as it is, and
// what it would need is reported once, at the object.
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

const client = new Anthropic();
const openai = new OpenAI();

export async function logged(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, top_p: 0.9, messages };
  console.log(params);
  return await client.messages.create(params);
}

export async function mutated(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, messages };
  params.temperature = 0.7;
  return await client.messages.create(params);
}

export async function both(messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, messages };
  await openai.chat.completions.create({ ...params, model: "gpt-4o" });
  return await client.messages.create(params);
}

export async function reassigned(messages: Anthropic.MessageParam[]) {
  let params = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, messages };
  return await client.messages.create(params);
}

export const SHARED = { model: "claude-sonnet-5", max_tokens: 1024, temperature: 0.5, messages: [] };
export const shared = () => client.messages.create(SHARED);
