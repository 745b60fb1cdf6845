package worker

import "github.com/anthropics/anthropic-sdk-go"

var opus = anthropic.ModelClaudeOpus5
var sonnet = anthropic.ModelClaudeSonnet5
var haiku = anthropic.ModelClaudeHaiku4_5
