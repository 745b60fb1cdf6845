"""A codemod that needs to know the model of the request it is rewriting (see RequestModels)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import libcst as cst

from .calls import RequestModels, request_values
from .codemod import Codemod, FileContext
from .tables import ModelTable


class RequestAware(Codemod):
    models: ClassVar[ModelTable]  # the table that names the models of the codemod's generation

    def __init__(self, context: FileContext) -> None:
        super().__init__(context)
        self.requests = RequestModels(self.models)

    def visit_Module(self, node: cst.Module) -> bool | None:
        self.requests.start(node)  # module-level constants, for `model=MODEL`
        return True

    def claude_request(self, node: cst.CSTNode) -> Mapping[str, cst.BaseExpression] | None:
        """The keyword arguments (or keys) of a request that provably goes to Claude
        (RequestModels.goes_to_anthropic), None for any other node. Every request codemod
        reads requests through this, so that a dict of the same shape built for another
        provider (`{"model": self.cfg.model, "messages": ...}` in a Groq or LiteLLM
        wrapper) is neither changed nor reported."""
        values = request_values(node)
        if values is None or not self.requests.goes_to_anthropic(node, values):
            return None
        return values


class EachRequest(RequestAware):
    """A RequestAware codemod that looks at every request that provably goes to Claude,
    written as a call or as a dict (a batch's params): it implements visit_request instead
    of visit_Call and visit_Dict."""

    def visit_Call(self, node: cst.Call) -> None:
        self._each(node)

    def visit_Dict(self, node: cst.Dict) -> None:
        self._each(node)

    def _each(self, node: cst.Call | cst.Dict) -> None:
        values = self.claude_request(node)
        if values is not None:
            self.visit_request(node, values)

    def visit_request(
        self, node: cst.Call | cst.Dict, values: Mapping[str, cst.BaseExpression]
    ) -> None:
        """Called with each request and its keyword arguments (or keys)."""
