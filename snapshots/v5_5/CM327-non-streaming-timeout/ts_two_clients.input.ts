import Anthropic from "@anthropic-ai/sdk";
import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";

const first = new Anthropic();
const second = new AnthropicBedrock();

export const long = () => first.messages.create({ model: "claude-opus-5-5", max_tokens: 64000, messages: [] });
