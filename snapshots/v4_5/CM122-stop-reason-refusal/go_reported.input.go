package worker

import "github.com/anthropics/anthropic-sdk-go"

func label(msg *anthropic.Message) string {
	switch msg.StopReason {
	case anthropic.StopReasonEndTurn:
		return "done"
	case anthropic.StopReasonMaxTokens:
		return "cut"
	default:
		panic("unexpected")
	}
}

// Handles refusal already: left alone.
func handled(msg *anthropic.Message) string {
	switch msg.StopReason {
	case anthropic.StopReasonEndTurn:
		return "done"
	case anthropic.StopReasonRefusal:
		return "declined"
	}
	return ""
}
