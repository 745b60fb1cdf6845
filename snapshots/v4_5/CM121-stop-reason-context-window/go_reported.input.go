package worker

import "github.com/anthropics/anthropic-sdk-go"

func cut(msg *anthropic.Message) bool {
	switch msg.StopReason {
	case anthropic.StopReasonMaxTokens:
		return true
	}
	return msg.StopReason == "max_tokens"
}
