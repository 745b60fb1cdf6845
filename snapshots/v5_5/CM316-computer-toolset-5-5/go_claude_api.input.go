// The Claude API client's computer tool needs the toolset on 5.5: each type string and
// typed param reported, never rewritten.
package agent

import "github.com/anthropics/anthropic-sdk-go"

var client = anthropic.NewClient()

var tool = map[string]any{"type": "computer_20250124", "name": "computer"}
var typed = anthropic.BetaToolUnionParam{OfComputerUseTool20251124: &anthropic.BetaToolComputerUse20251124Param{DisplayWidthPx: 1024, DisplayHeightPx: 768}}
