# snapshot-options: sdk=1
from anthropic.types.beta import BetaBase64PDFBlockParam

DOC: BetaBase64PDFBlockParam = {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": ""}}
