import com.anthropic.models.messages.Model;

class Models {
    static final Model HAIKU = Model.CLAUDE_HAIKU_4_5;
}
