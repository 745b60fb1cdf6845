// One model written two ways (a const and its literal): the thinking blocks stay valid.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const OPUS = "claude-opus-5-5";

export async function chat(history: Anthropic.MessageParam[], quick: boolean) {
  const reply = quick
    ? await client.messages.create({ model: OPUS, max_tokens: 1024, messages: history })
    : await client.messages.create({ model: "claude-opus-5-5", max_tokens: 8192, messages: history });
  history.push({ role: "assistant", content: reply.content });
  return reply;
}
