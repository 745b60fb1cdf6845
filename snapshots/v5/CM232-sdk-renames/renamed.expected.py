# snapshot-options: sdk=1
from anthropic.types.beta import BetaRequestDocumentBlockParam

DOC: BetaRequestDocumentBlockParam = {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": ""}}
