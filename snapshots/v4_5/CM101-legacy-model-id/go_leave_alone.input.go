package worker

import (
	"strings"

	sdk "github.com/anthropics/anthropic-sdk-go"
)

var prices = map[string]float64{"claude-3-opus-20240229": 15, "claude-3-haiku-20240307": 0.25}

func Old(m string) bool { return strings.HasPrefix(m, "claude-3") }

func Tier(m sdk.Model) int {
	switch m {
	case sdk.ModelClaude3OpusLatest, "claude-3-opus-20240229":
		return 3
	}
	return 0
}

// Another package's constant of the same name is not the SDK's.
var other = mylib.ModelClaude3_5SonnetLatest
