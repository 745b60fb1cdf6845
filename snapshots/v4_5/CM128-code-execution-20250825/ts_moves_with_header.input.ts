import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

export const run = (content: string) =>
  client.beta.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    betas: ["code-execution-2025-05-22"],
    tools: [{ type: "code_execution_20250522", name: "code_execution" }],
    messages: [{ role: "user", content }],
  });

export const outputs = (message: Anthropic.Beta.BetaMessage) =>
  message.content.filter((block) => block.type === "code_execution_tool_result");
