from anthropic.types.beta import BetaBase64PDFBlockParam
