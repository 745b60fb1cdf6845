import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";

const client = new AnthropicBedrock({ awsRegion: "us-east-1" });
export const reply = await client.messages.create({ model: "global.anthropic.claude-opus-5-5", max_tokens: 1024, messages: [] });
export const HAIKU = 'global.anthropic.claude-haiku-5-5';
export const LITELLM = `bedrock/converse/global.anthropic.claude-sonnet-5-5`;
// Left alone: a profile already, a profile chosen at run time, an older model, a sentence.
export const PREFIXED = "eu.anthropic.claude-sonnet-5-5";
export const CHOSEN = `${process.env.PROFILE}.anthropic.claude-opus-5-5`;
export const OLDER = "anthropic.claude-opus-4-7";
export const NOTE = "we call anthropic.claude-opus-5-5 here";
export const ARN = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-opus-5-5";
