package worker

import "github.com/anthropics/anthropic-sdk-go"

func params(budget int64) anthropic.MessageNewParams {
	return anthropic.MessageNewParams{
		Model:    anthropic.ModelClaudeSonnet5,
		Thinking: anthropic.ThinkingConfigParamOfEnabled(budget),
	}
}
