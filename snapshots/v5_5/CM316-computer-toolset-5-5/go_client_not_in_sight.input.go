// No client created here: reported, with what Bedrock keeps.
package agent

import "github.com/anthropics/anthropic-sdk-go"

func Tools(client anthropic.Client) []map[string]any {
	return []map[string]any{{"type": "computer_20241022", "name": "computer"}}
}
