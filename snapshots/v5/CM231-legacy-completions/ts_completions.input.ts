import Anthropic, { AI_PROMPT, HUMAN_PROMPT } from "@anthropic-ai/sdk";

const client = new Anthropic();

export const complete = (text: string) =>
  client.completions.create({
    model: "claude-2.1",
    max_tokens_to_sample: 300,
    prompt: `${HUMAN_PROMPT} ${text}${AI_PROMPT}`,
  });
