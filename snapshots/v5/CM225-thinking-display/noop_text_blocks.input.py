def text(response):
    return next(b.text for b in response.content if b.type == "text")
