import com.anthropic.client.AnthropicClient;
import com.anthropic.models.beta.messages.BetaToolComputerUse20250124;
import com.anthropic.models.beta.messages.MessageCreateParams;

class Agent {
    MessageCreateParams params() {
        return MessageCreateParams.builder()
            .model("claude-opus-5")
            .maxTokens(1024)
            .addTool(BetaToolComputerUse20250124.builder().displayWidthPx(1024).displayHeightPx(768).build())
            .addBeta("computer-use-2025-01-24")
            .build();
    }
}
