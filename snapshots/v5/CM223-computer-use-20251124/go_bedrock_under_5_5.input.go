// snapshot-options: to=5.5
// In a run to 5.5, a file whose clients are all Bedrock ones keeps the beta tool: its old
// computer tool is reported with the move to computer_20251124, as Python moves it there.
package agent

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/bedrock"
)

var client = anthropic.NewClient(bedrock.WithLoadDefaultConfig(context.Background()))

var tool = anthropic.BetaToolUnionParam{OfComputerUseTool20250124: &anthropic.BetaToolComputerUse20250124Param{DisplayWidthPx: 1024, DisplayHeightPx: 768}}
var betas = []anthropic.AnthropicBeta{"computer-use-2025-01-24"}
