package agent

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
)

// Already on the 5 generation's computer tool: nothing to say.
func Act(ctx context.Context, client anthropic.Client, messages []anthropic.BetaMessageParam) (*anthropic.BetaMessage, error) {
	return client.Beta.Messages.New(ctx, anthropic.BetaMessageNewParams{
		Model:     "claude-sonnet-5",
		MaxTokens: 1024,
		Messages:  messages,
		Tools: []anthropic.BetaToolUnionParam{
			{OfComputerUseTool20251124: &anthropic.BetaToolComputerUse20251124Param{DisplayWidthPx: 1024, DisplayHeightPx: 768}},
		},
		Betas: []anthropic.AnthropicBeta{"computer-use-2025-11-24"},
	})
}
