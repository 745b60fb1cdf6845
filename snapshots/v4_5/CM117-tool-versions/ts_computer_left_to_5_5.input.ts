// snapshot-options: to=5.5 running=CM223,CM316
// Under --to 5.5 with CM316 and CM223 in the run, a tool definition's type is theirs to
// report (the toolset, or Bedrock's beta tool): no CM118 beside it. A bare string that is
// no tool's type, which CM316 does not read, is still reported here.
import Anthropic from "@anthropic-ai/sdk";

export const COMPUTER = { type: "computer_20241022", name: "computer", display_width_px: 1024, display_height_px: 768 };
export const KIND = "computer_20241022";
