// snapshot-options: fact:bedrock_runtime_client
// The project calls bedrock-runtime from another file; this one names the models.
class Models
{
    const string Opus = "anthropic.claude-opus-5-5";
    const string Sonnet = @"anthropic.claude-sonnet-5-5";
    const string Prefixed = "us.anthropic.claude-haiku-5-5";
}
