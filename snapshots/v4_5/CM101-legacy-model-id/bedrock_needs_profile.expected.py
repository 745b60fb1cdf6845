BARE = "anthropic.claude-haiku-4-5-20251001-v1:0"
LEGACY = "anthropic.claude-sonnet-4-5-20250929-v1:0"
# Sonnet 4.5 has no apac. profile: left unchanged, with a finding.
APAC = "apac.anthropic.claude-3-7-sonnet-20250219-v1:0"
