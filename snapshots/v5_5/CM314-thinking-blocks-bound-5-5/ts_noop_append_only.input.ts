import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function chat(history: Anthropic.MessageParam[], text: string, options: string[]) {
  history.push({ role: "user", content: text });
  const response = await client.messages.create({ model: "claude-opus-5-5", max_tokens: 4096, messages: history });
  history.push({ role: "assistant", content: response.content });
  options.pop(); // not the conversation
  return response;
}

export async function summarize(history: Anthropic.MessageParam[]) {
  // Text only, no thinking blocks, goes into another model's conversation.
  const reply = await client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 512, messages: history.slice(-4) });
  return reply.content[0];
}
