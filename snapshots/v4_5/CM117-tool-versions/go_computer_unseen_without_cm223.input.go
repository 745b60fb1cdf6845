// snapshot-options: to=5
// Under --to 5 without CM223 in the run (--select CM117), this set reports the tool.
package worker

import "github.com/anthropics/anthropic-sdk-go"

var computer = map[string]any{"type": "computer_20241022", "name": "computer"}
var _ = anthropic.NewClient
