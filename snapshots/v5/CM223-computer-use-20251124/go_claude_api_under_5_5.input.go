// snapshot-options: to=5.5
// In a run to 5.5, a file with a Claude API client (or no client in sight) is not this
// set's: the 5.5 models reject computer_20251124 there, and CM316 reports the toolset.
package agent

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/bedrock"
)

var client = anthropic.NewClient()
var bedrockClient = anthropic.NewClient(bedrock.WithLoadDefaultConfig(context.Background()))

var tool = map[string]any{"type": "computer_20250124", "name": "computer"}
var betas = []string{"computer-use-2025-01-24"}
