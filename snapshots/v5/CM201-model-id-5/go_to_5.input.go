package worker

import "github.com/anthropics/anthropic-sdk-go"

var model = anthropic.ModelClaudeSonnet4_5_20250929
var opus = anthropic.ModelClaudeOpus4_5
var haiku = anthropic.ModelClaudeHaiku4_5
var pinned = "claude-sonnet-4-5-20250929"
