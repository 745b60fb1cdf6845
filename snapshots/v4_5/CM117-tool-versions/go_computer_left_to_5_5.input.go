// snapshot-options: to=5.5 running=CM223,CM316
// Under --to 5.5 with CM316 and CM223 in the run, they report every computer type string
// in Go: no CM118 beside them.
package worker

import "github.com/anthropics/anthropic-sdk-go"

var computer = map[string]any{"type": "computer_20241022", "name": "computer"}
var _ = anthropic.NewClient
