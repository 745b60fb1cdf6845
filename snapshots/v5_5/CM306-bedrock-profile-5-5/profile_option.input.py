# snapshot-options: fact:bedrock_runtime_client bedrock_profile=apac
MODEL = "anthropic.claude-haiku-5-5"
