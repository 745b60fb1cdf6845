from mlregistry import Registry

registry = Registry()


def candidates():
    return registry.models.list(betas=True)
