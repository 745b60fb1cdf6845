import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// The text block is found by its type; the second block and a content list of the
// caller's own are not the first block of a response.
export async function answer(content: string): Promise<string> {
  const response = await client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, messages: [{ role: "user", content }] });
  const block = response.content.find((b) => b.type === "text");
  const second = response.content[1];
  const rows = [{ content: "a" }];
  return (block?.type === "text" ? block.text : "") + String(second) + rows[0].content + response.content.length;
}
