package worker

import (
	"context"

	anthropic "github.com/anthropics/anthropic-sdk-go"
)

const fallback = "claude-3-5-sonnet-20241022"

func Ask(ctx context.Context, client anthropic.Client, text string) (*anthropic.Message, error) {
	return client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.ModelClaude3_5SonnetLatest,
		MaxTokens: 1024,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(text))},
	})
}

var cheap = anthropic.ModelClaude_3_Haiku_20240307
var raw = `claude-3-opus-20240229`
