package worker

import "github.com/anthropics/anthropic-sdk-go"

var model = anthropic.ModelClaudeSonnet5
var opus = anthropic.ModelClaudeOpus5
var haiku = anthropic.ModelClaudeHaiku4_5
var pinned = "claude-sonnet-5"
