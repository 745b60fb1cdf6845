package worker

import "github.com/anthropics/anthropic-sdk-go"

var thinking = anthropic.ThinkingConfigParamOfEnabled(10000)
var params = anthropic.ThinkingConfigEnabledParam{BudgetTokens: 10000}
