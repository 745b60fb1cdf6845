import com.anthropic.models.messages.MessageCreateParams;

class Ask {
    static MessageCreateParams params() {
        return MessageCreateParams.builder().maxTokens(16000L).enabledThinking(10000L).build();
    }
}
