"""A codemod that needs to know the model of the request it is rewriting (see RequestModels)."""

from __future__ import annotations

from typing import ClassVar

import libcst as cst

from .codemod import Codemod, FileContext
from .cst_calls import RequestModels
from .model_table import ModelTable


class RequestAware(Codemod):
    models: ClassVar[ModelTable]  # the table that names the models of the codemod's generation

    def __init__(self, context: FileContext, skip: frozenset[cst.CSTNode] = frozenset()) -> None:
        super().__init__(context, skip)
        self.requests = RequestModels(self.models)

    def visit_Module(self, node: cst.Module) -> bool | None:
        self.requests.start(node)  # module-level constants, for `model=MODEL`
        return True
