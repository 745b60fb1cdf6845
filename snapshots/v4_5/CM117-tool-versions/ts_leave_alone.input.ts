// Already current, or only prose naming the old version.
export const tools = [{ type: "bash_20250124", name: "bash" }];
export const note = "moved off bash_20241022 last year";
