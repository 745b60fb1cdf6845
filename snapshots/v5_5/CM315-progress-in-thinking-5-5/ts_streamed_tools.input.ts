import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const TOOLS: Anthropic.Tool[] = [{ name: "search", input_schema: { type: "object" } }];

export async function agent(messages: Anthropic.MessageParam[]) {
  const stream = client.messages.stream({ model: "claude-opus-5-5", max_tokens: 8192, tools: TOOLS, messages });
  for await (const event of stream) console.log(event.type);
  return client.messages.create({ model: "claude-sonnet-5-5", max_tokens: 8192, tools: TOOLS, stream: true, messages });
}
export const shorthand = (tools: Anthropic.Tool[], messages: Anthropic.MessageParam[]) =>
  client.beta.messages.stream({ model: "claude-opus-5-5", max_tokens: 8192, tools, messages, thinking: { type: "adaptive" } });
