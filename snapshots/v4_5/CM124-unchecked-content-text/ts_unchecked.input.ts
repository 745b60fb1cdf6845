import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export async function reply(content: string): Promise<string> {
  const response = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content }] });
  return response.content[0].text;
}

export const inline = async (content: string) =>
  (await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content }] })).content[0].text;
