import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import java.util.Map;

class Agent {
    AnthropicClient client = AnthropicOkHttpClient.fromEnv();
    Map<String, Object> tool = Map.of("type", "computer_20250124", "name", "computer");
}
