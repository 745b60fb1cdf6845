import Anthropic from "@anthropic-ai/sdk";

// Already handles refusal.
export function handled(message: Anthropic.Message) {
  switch (message.stop_reason) {
    case "end_turn":
      return "done";
    case "refusal":
      return "declined";
    default:
      throw new Error("unexpected");
  }
}

// Passes an unknown value on.
export function toBridge(stopReason: string): string {
  if (stopReason === "end_turn") return "endTurn";
  else if (stopReason === "tool_use") return "toolUse";
  else return stopReason;
}

// OpenAI's vocabulary: not Claude's dispatch.
export function fromOpenAI(choice: { finish_reason: string }) {
  if (choice.finish_reason === "stop") return "end_turn";
  else if (choice.finish_reason === "length") return "max_tokens";
  return "tool_use";
}

// Values of the project's own: reported.
const LABELS = {
  end_turn: Finish.DONE,
  max_tokens: Finish.TRUNCATED,
};

export function toApp(reason: string): Finish {
  if (reason === "end_turn") {
    return Finish.DONE;
  } else if (reason === "max_tokens") {
    return Finish.TRUNCATED;
  }
  return Finish.TOOL;
}

// A raise would end the stream: reported.
export async function watch(stream: AsyncIterable<Anthropic.MessageStreamEvent>) {
  for await (const event of stream) {
    if (event.type !== "message_delta") continue;
    if (event.delta.stop_reason === "end_turn") {
      log("done");
    } else if (event.delta.stop_reason === "max_tokens") {
      log("cut");
    }
  }
}

// Different objects in one chain: reported.
export function pick(primary: Anthropic.Message, fallback: Anthropic.Message) {
  if (primary.stop_reason === "end_turn") {
    return primary;
  } else if (fallback.stop_reason === "end_turn") {
    return fallback;
  } else if (primary.stop_reason === "max_tokens") {
    return null;
  }
  throw new Error("no answer");
}

// A case falls into the default: reported.
export function loose(message: Anthropic.Message) {
  switch (message.stop_reason) {
    case "end_turn":
      return "done";
    case "max_tokens":
      log("cut");
    default:
      return "other";
  }
}

// One stop reason only: not a dispatch.
export const truncated = (m: Anthropic.Message) => m.stop_reason === "max_tokens";
