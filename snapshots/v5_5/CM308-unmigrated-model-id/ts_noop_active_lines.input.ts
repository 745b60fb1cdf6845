import Anthropic from "@anthropic-ai/sdk";

// claude-mythos-preview in a comment stays.
export const FABLE = "claude-fable-5-1";
export const MYTHOS = "claude-mythos-5-2";
export const OPUS = "claude-opus-5-5";
export const SENTENCE = "claude-mythos-preview was retired";
export const LONGER = "claude-mythos-preview-2";
