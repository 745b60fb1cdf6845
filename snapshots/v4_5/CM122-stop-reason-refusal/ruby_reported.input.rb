require "anthropic"

def label(message)
  case message.stop_reason
  when :end_turn then "done"
  when :tool_use then "tools"
  else raise "unexpected"
  end
end

# One reason only: not a dispatch.
def cut?(message)
  case message.stop_reason
  when :max_tokens then true
  else false
  end
end
