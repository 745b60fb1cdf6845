// snapshot-options: to=5 running=CM223
// Under --to 5 with CM223 in the run, CM223 reports this tool (once): no CM118 beside it.
package worker

import "github.com/anthropics/anthropic-sdk-go"

var computer = map[string]any{"type": "computer_20241022", "name": "computer"}
var _ = anthropic.NewClient
