const LIMITS = { "claude-sonnet-4-5": 64000, "claude-opus-4-5": 64000 };
const isSonnet = (m: string) => m.startsWith("claude-sonnet-4");
