BARE = "anthropic.claude-3-haiku-20240307-v1:0"
LEGACY = "anthropic.claude-v2:1"
# Sonnet 4.5 has no apac. profile: left unchanged, with a finding.
APAC = "apac.anthropic.claude-3-7-sonnet-20250219-v1:0"
