def retry_on_fallback(client, request, refused):
    details = refused.stop_details
    partial = refused.content[-1].text.rstrip()
    return client.messages.create(
        model="claude-sonnet-5",
        max_tokens=request["max_tokens"],
        messages=[*request["messages"], {"role": "assistant", "content": [{"type": "text", "text": partial}]}],
        fallback_credit_token=details.fallback_credit_token,
    )


def retry_through_extra_body(client, token):
    return client.messages.create(
        model="claude-opus-5",
        max_tokens=512,
        messages=[{"role": "user", "content": "Summarise"}, {"role": "assistant", "content": "The report"}],
        extra_body={"fallback_credit_token": token},
    )
