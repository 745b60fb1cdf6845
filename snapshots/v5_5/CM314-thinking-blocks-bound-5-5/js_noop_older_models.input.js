import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// No 5.5 model in this file: the binding does not apply.
export async function withFallback(history) {
  let response;
  try {
    response = await client.messages.create({ model: "claude-opus-5", max_tokens: 4096, messages: history });
  } catch {
    response = await client.messages.create({ model: "claude-sonnet-5", max_tokens: 4096, messages: history });
  }
  history.push({ role: "assistant", content: response.content });
  history.splice(0, 2);
}
