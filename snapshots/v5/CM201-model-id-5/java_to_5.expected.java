import com.anthropic.models.messages.Model;

class Pick {
    Model model = Model.CLAUDE_SONNET_5;
    Model pinned = Model.CLAUDE_OPUS_5;
}
