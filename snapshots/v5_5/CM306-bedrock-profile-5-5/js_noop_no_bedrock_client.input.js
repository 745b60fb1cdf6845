import Anthropic from "@anthropic-ai/sdk";

// No bedrock-runtime client in the project: the bare ID's endpoint cannot be seen.
const client = new Anthropic();
export const MODEL = "anthropic.claude-opus-5-5";
