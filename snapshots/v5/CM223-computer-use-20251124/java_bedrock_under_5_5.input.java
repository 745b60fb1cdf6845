// snapshot-options: to=5.5
// Java: a client built with the Bedrock backend keeps the beta tool in a run to 5.5.
import com.anthropic.bedrock.backends.BedrockBackend;
import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import java.util.Map;

class Agent {
    AnthropicClient client = AnthropicOkHttpClient.builder().backend(BedrockBackend.fromEnv()).build();
    Map<String, Object> tool = Map.of("type", "computer_20250124", "name", "computer");
}
