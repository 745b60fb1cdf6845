// Lookup tables, comparisons and prefix tests name models; they are not call sites.
const PRICES: Record<string, number> = { "claude-3-opus-20240229": 15, "claude-3-haiku-20240307": 0.25 };
const MODELS = ["claude-3-opus-20240229", "claude-3-5-sonnet-20241022"] as const;
type Model = "claude-3-opus-20240229" | "claude-3-5-sonnet-20241022" | "claude-3-haiku-20240307";
export function pick(m: string): number {
  if (m === "claude-3-opus-20240229") return 1;
  if (m.startsWith("claude-3")) return 2;
  switch (m) {
    case "claude-3-haiku-20240307":
      return 3;
    default:
      return 0;
  }
}
const note = "we moved off claude-3-opus-20240229 last year"; // prose: only with --prose
const kept = "claude-3-opus-20240229"; // claude-migrate: ignore[CM101]
