import com.anthropic.models.messages.Model;

class Pick {
    Model model = Model.CLAUDE_SONNET_4_5;
    Model pinned = Model.CLAUDE_OPUS_4_5_20251101;
}
