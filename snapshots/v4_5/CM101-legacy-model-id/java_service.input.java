package app;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Model;

class Service {
    static final String FALLBACK = "claude-3-5-sonnet-20241022";

    MessageCreateParams params(String text) {
        return MessageCreateParams.builder()
            .model(Model.CLAUDE_3_5_SONNET_LATEST)
            .maxTokens(1024L)
            .addUserMessage(text)
            .build();
    }

    boolean isOpus(String m) { return m.equals("claude-3-opus-20240229"); }
    java.util.List<String> models = java.util.List.of("claude-3-opus-20240229", "claude-3-haiku-20240307");
}
