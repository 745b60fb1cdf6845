// Every client a Bedrock one: the beta tool stays (the 5 set's CM223 speaks of it).
package agent

import (
	"context"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/bedrock"
)

var client = anthropic.NewClient(bedrock.WithLoadDefaultConfig(context.Background()))
var tool = map[string]any{"type": "computer_20251124", "name": "computer"}
