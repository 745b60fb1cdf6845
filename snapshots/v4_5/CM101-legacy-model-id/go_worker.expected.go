package worker

import (
	"context"

	anthropic "github.com/anthropics/anthropic-sdk-go"
)

const fallback = "claude-sonnet-4-5-20250929"

func Ask(ctx context.Context, client anthropic.Client, text string) (*anthropic.Message, error) {
	return client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.ModelClaudeSonnet4_5,
		MaxTokens: 1024,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(text))},
	})
}

var cheap = anthropic.ModelClaudeHaiku4_5_20251001
var raw = `claude-opus-4-5-20251101`
