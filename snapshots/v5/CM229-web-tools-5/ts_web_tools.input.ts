import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const research = (content: string) =>
  client.messages.create({
    model: "claude-opus-5",
    max_tokens: 1024,
    tools: [{ type: "web_fetch_20250910", name: "web_fetch" }],
    messages: [{ role: "user", content }],
  });

export const lookup = (content: string) =>
  client.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 1024,
    tools: [
      { type: "web_search_20260209", name: "web_search" },
      { type: "web_search_20260209", name: "web_search", allowed_callers: ["direct"] },
    ],
    messages: [{ role: "user", content }],
  });

// Sonnet 5 has web fetch.
export const read = (content: string) =>
  client.messages.create({ model: "claude-sonnet-5", max_tokens: 1024, tools: [{ type: "web_fetch_20250910", name: "web_fetch" }], messages: [{ role: "user", content }] });
