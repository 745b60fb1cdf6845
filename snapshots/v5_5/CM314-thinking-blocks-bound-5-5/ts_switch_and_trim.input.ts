import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function withFallback(history: Anthropic.MessageParam[]) {
  let response: Anthropic.Message;
  try {
    response = await client.messages.create({ model: "claude-opus-5-5", max_tokens: 4096, messages: history });
  } catch (error) {
    response = await client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 4096, messages: history });
  }
  history.push({ role: "assistant", content: response.content });
  return response;
}

export const chat = async (history: Anthropic.MessageParam[], text: string) => {
  history.push({ role: "user", content: text });
  const response = await client.messages.create({ model: "claude-opus-5-5", max_tokens: 4096, messages: history.slice(-20) });
  history.push({ role: "assistant", content: response.content });
};

export async function forget(messages: Anthropic.MessageParam[]) {
  const response = await client.messages.create({ model: "claude-haiku-5-5", max_tokens: 1024, messages });
  messages.push({ role: response.role, content: response.content });
  messages.splice(1, 1);
}

export class Session {
  history: Anthropic.MessageParam[] = [];
  async turn(history: Anthropic.MessageParam[]) {
    const reply = await client.messages.create({ model: "claude-opus-5-5", max_tokens: 1024, messages: history });
    history.push({ role: "assistant", content: reply.content });
    history = history.slice(-10);
  }
}
