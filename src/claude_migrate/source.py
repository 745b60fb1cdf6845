"""Read stage: bytes to text and back, exactly.

Python files are decoded the way the interpreter decodes them (BOM, then a PEP 263 coding
cookie, else UTF-8). Decoding bytes ourselves, rather than opening the file in text mode,
keeps every newline as it was (CRLF, LF, CR or a mix) and keeps a missing final newline
missing, so `encode(decode(b)) == b` for every file we accept: a codec for which that does not
hold on a file's bytes (cp932's duplicate byte pairs, unicode_escape's escapes) is refused,
with the line where it first fails.
"""

from __future__ import annotations

import codecs
import io
import tokenize
from dataclasses import dataclass


class SourceError(Exception):
    """The file cannot be read as text; the message names the cause."""


@dataclass(frozen=True)
class SourceText:
    text: str
    encoding: str  # a codec name; "utf-8-sig" means the file starts with a BOM

    def encode(self, text: str) -> bytes:
        try:
            return text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            raise SourceError(
                f"new text cannot be encoded as {self.encoding}: {exc.reason}"
            ) from exc


def decode_python(data: bytes) -> SourceText:
    """Decode Python source following PEP 263 and the BOM."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        if "unknown encoding" in str(exc):
            raise SourceError(str(exc)) from exc
        # detect_encoding calls bad UTF-8 in the first two lines a bad declaration;
        # decoding names the actual byte. If it decodes, the declaration really is wrong.
        _decode(data, "utf-8")
        raise SourceError(f"bad coding declaration: {exc}") from exc
    return _decode(data, encoding)


def decode_text(data: bytes) -> SourceText:
    """Decode a config or documentation file: UTF-8, with or without a BOM."""
    encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    return _decode(data, encoding)


def _decode(data: bytes, encoding: str) -> SourceText:
    if b"\0" in data:
        raise SourceError("binary file (contains NUL bytes)")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"cannot decode as {encoding}: invalid byte {data[exc.start]:#04x} at offset {exc.start}"
        ) from exc
    except LookupError as exc:
        raise SourceError(f"unknown encoding {encoding!r}") from exc
    if encoding not in _BIJECTIVE:
        _check_round_trip(data, text, encoding)
    return SourceText(text=text, encoding=encoding)


# Strict UTF-8 decodes and encodes one to one; other codecs need not (cp932 has several byte
# pairs for one character; unicode_escape turns `\x41` into `A`), so those are checked.
_BIJECTIVE = frozenset({"utf-8", "utf-8-sig"})


def _check_round_trip(data: bytes, text: str, encoding: str) -> None:
    """Refuse a file the codec would not give back byte for byte: writing it would change
    lines the codemods never touched."""
    try:
        again = text.encode(encoding)
    except UnicodeEncodeError as exc:
        again = text[: exc.start].encode(encoding)
    if again == data:
        return
    at = next(
        (i for i, (a, b) in enumerate(zip(data, again, strict=False)) if a != b),
        min(len(data), len(again)),
    )
    line = data.count(b"\n", 0, at) + 1
    raise SourceError(
        f"line {line}: decoding as {encoding} and encoding again does not give back the same "
        "bytes; not migrated (re-save the file as UTF-8 to migrate it)"
    )
