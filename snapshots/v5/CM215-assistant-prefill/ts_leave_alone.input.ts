import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

// An assistant turn earlier in the list, a pause_turn continuation (the response's own
// content sent back), a retry carrying a fallback credit, and Haiku 4.5 (which still takes
// prefill): none is a prefill Opus 5 or Sonnet 5 rejects.
export const history = (content: string) =>
  client.messages.create({
    model: "claude-sonnet-5",
    max_tokens: 1024,
    messages: [
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello" },
      { role: "user", content },
    ],
  });

export const resume = (content: string, response: Anthropic.Message) =>
  client.messages.create({
    model: "claude-opus-5",
    max_tokens: 1024,
    messages: [{ role: "user", content }, { role: "assistant", content: response.content }],
  });

export const retry = (content: string, token: string) =>
  client.messages.create({
    model: "claude-opus-5",
    max_tokens: 1024,
    fallback_credit_token: token,
    messages: [{ role: "user", content }, { role: "assistant", content: "{" }],
  });

export const small = (content: string) =>
  client.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 1024,
    messages: [{ role: "user", content }, { role: "assistant", content: "{" }],
  });
