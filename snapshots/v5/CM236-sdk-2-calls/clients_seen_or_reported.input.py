import anthropic

from mlregistry import Registry

registry = Registry()


class Catalogue:
    def __init__(self):
        self.client = anthropic.Anthropic()

    def previews(self):
        return self.client.models.list(betas=["some-preview-2026-09-01"])

    def candidates(self):
        # Another library's object beside `import anthropic`: left, and reported.
        return registry.models.list(betas=True)


def fresh():
    return anthropic.Anthropic().models.list(betas=["some-preview-2026-09-01"])


def given(client):
    return client.models.list(betas=["some-preview-2026-09-01"])
