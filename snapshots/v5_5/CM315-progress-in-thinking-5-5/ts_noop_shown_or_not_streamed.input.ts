import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();
const TOOLS: Anthropic.Tool[] = [{ name: "search", input_schema: { type: "object" } }];

export async function agent(messages: Anthropic.MessageParam[]) {
  // Shown thinking, between_tools, not streamed, no tools, another model.
  client.messages.stream({ model: "claude-opus-5-5", max_tokens: 8192, tools: TOOLS, messages, thinking: { type: "adaptive", display: "summarized" } });
  client.messages.stream({ model: "claude-sonnet-5-5", max_tokens: 8192, tools: TOOLS, messages, thinking: { type: "between_tools" } });
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 8192, tools: TOOLS, messages });
  client.messages.create({ model: "claude-opus-5-5", max_tokens: 8192, tools: TOOLS, stream: false, messages });
  client.messages.stream({ model: "claude-opus-5-5", max_tokens: 8192, messages });
  client.messages.stream({ model: "claude-haiku-5-5", max_tokens: 8192, tools: TOOLS, messages });
}
