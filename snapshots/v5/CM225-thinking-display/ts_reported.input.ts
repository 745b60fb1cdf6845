import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function answer(content: string): Promise<string> {
  const response = await client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [{ role: "user", content }] });
  return response.content[0].text;
}

export async function think(content: string): Promise<string[]> {
  const out: string[] = [];
  const stream = client.messages.stream({ model: "claude-opus-5", max_tokens: 4096, messages: [{ role: "user", content }] });
  for await (const event of stream) {
    if (event.type === "content_block_delta" && event.delta.type === "thinking_delta") {
      out.push(event.delta.thinking);
    }
  }
  return out;
}
