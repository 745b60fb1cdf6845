package worker

import "github.com/anthropics/anthropic-sdk-go"

var params = anthropic.MessageNewParams{
	Model:       anthropic.ModelClaudeSonnet5,
	MaxTokens:   1024,
	Temperature: anthropic.Float(0.2),
}
