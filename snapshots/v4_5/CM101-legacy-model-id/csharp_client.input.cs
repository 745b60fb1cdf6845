using Anthropic;
using Anthropic.Models.Messages;

var client = new AnthropicClient();
var parameters = new MessageCreateParams
{
    Model = Model.Claude3_5SonnetLatest,
    MaxTokens = 1024,
    Messages = [new() { Role = Role.User, Content = "Hello" }],
};
var fallback = "claude-3-haiku-20240307";
var verbatim = @"claude-3-opus-20240229";
var isOld = fallback.StartsWith("claude-3");
