import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const json = (content: string) =>
  client.messages.create({
    model: "claude-sonnet-5",
    max_tokens: 1024,
    messages: [
      { role: "user", content },
      { role: "assistant", content: "{" },
    ],
  });

export const blocks = (content: string, model: string) =>
  client.beta.messages.create({
    model,
    max_tokens: 1024,
    messages: [{ role: "user", content }, { role: "assistant", content: [{ type: "text", text: `Answer: ` }] }],
  });
