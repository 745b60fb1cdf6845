package agent

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

func Act(ctx context.Context, client anthropic.Client, messages []anthropic.BetaMessageParam) (*anthropic.BetaMessage, error) {
	return client.Beta.Messages.New(ctx, anthropic.BetaMessageNewParams{
		Model:     "claude-sonnet-5",
		MaxTokens: 1024,
		Messages:  messages,
		Tools: []anthropic.BetaToolUnionParam{
			{OfComputerUseTool20250124: &anthropic.BetaToolComputerUse20250124Param{DisplayWidthPx: 1024, DisplayHeightPx: 768}},
		},
		Betas: []anthropic.AnthropicBeta{"computer-use-2025-01-24"},
	})
}
