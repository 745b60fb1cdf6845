// snapshot-options: report_only=CM327
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ maxRetries: 4 });
export const long = () => client.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] });
