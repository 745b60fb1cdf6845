package worker

import "github.com/anthropics/anthropic-sdk-go"

// Adaptive thinking: nothing to report.
var thinking = anthropic.ThinkingConfigParamUnion{OfAdaptive: &anthropic.ThinkingConfigAdaptiveParam{}}
