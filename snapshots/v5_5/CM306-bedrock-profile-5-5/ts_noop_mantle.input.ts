import { AnthropicBedrockMantle } from "@anthropic-ai/bedrock-sdk";

// Mantle's Messages endpoint takes the bare ID.
const client = new AnthropicBedrockMantle({ awsRegion: "us-east-1" });
export const MODEL = "anthropic.claude-opus-5-5";
