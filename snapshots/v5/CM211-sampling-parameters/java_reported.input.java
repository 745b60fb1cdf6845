import com.anthropic.models.messages.MessageCreateParams;

class A {
    MessageCreateParams p = MessageCreateParams.builder().model("claude-sonnet-5").temperature(0.2).topP(0.9).build();
}
