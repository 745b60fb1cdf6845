using Anthropic;
using Anthropic.Models.Messages;

var client = new AnthropicClient();
var parameters = new MessageCreateParams
{
    Model = Model.ClaudeSonnet4_5,
    MaxTokens = 1024,
    Messages = [new() { Role = Role.User, Content = "Hello" }],
};
var fallback = "claude-haiku-4-5-20251001";
var verbatim = @"claude-opus-4-5-20251101";
var isOld = fallback.StartsWith("claude-3");
