// One request const, created and streamed: the streamed use is the one that goes silent.
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function agent(tools: Anthropic.Tool[], messages: Anthropic.MessageParam[]) {
  const params = { model: "claude-opus-5-5", max_tokens: 4096, tools, messages };
  const first = await client.messages.create(params);
  return [first, client.messages.stream(params)];
}
