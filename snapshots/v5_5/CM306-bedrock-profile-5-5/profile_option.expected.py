# snapshot-options: fact:bedrock_runtime_client bedrock_profile=apac
MODEL = "apac.anthropic.claude-haiku-5-5"
