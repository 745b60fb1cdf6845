package worker

import "github.com/anthropics/anthropic-sdk-go"

var opus = anthropic.ModelClaudeOpus5_5
var sonnet = anthropic.ModelClaudeSonnet5_5
var haiku = anthropic.ModelClaudeHaiku5_5
