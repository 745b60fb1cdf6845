import com.anthropic.models.messages.StopReason;

class Cut {
    boolean cut(Message m) { return m.stopReason().equals(Optional.of(StopReason.MAX_TOKENS)); }
}
