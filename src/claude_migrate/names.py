"""File names as people read them and as git writes them in patch headers.

A POSIX file name is bytes, and Python hands the bytes that are not UTF-8 over as lone
surrogates (`surrogateescape`): such a name cannot be printed or encoded as it is. A tab, CR
or LF in a name would split a line of output, or a patch header, in two. So a name is never
written raw: people get it escaped (`shown`), patches get git's own quoting (`git_quoted`).
"""

from __future__ import annotations

import re

# What git's quote_c_style writes for these bytes; any other byte that needs quoting is octal.
_GIT_ESCAPES = {7: "a", 8: "b", 9: "t", 10: "n", 11: "v", 12: "f", 13: "r", 34: '"', 92: "\\"}
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")
_SHOWN_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def name_bytes(path: str) -> bytes:
    """The bytes of a name as the file system holds them."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate no file system name decodes to
        return path.encode("utf-8", "backslashreplace")


def shown(text: str) -> str:
    """The text on one printable line: a byte that is not UTF-8 as `\\xNN`, a control
    character as `\\t`, `\\n`, `\\r` or `\\xNN`. Other characters are left as they are."""
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    code = ord(char)
    if char in _SHOWN_ESCAPES:
        return _SHOWN_ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as surrogateescape hands it over
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def git_quoted(path: str) -> str:
    """`path` as git writes it in `---`/`+++` headers with its default `core.quotePath`:
    unchanged when every byte is printable ASCII other than `"` and `\\`; otherwise in double
    quotes with C escapes, and every other byte outside printable ASCII in octal. The result is
    ASCII, so a header is valid whatever the encoding of the file's own lines."""
    data = name_bytes(path)
    if all(0x20 <= byte < 0x7F and byte not in (34, 92) for byte in data):
        return path
    pieces = []
    for byte in data:
        if byte in _GIT_ESCAPES:
            pieces.append("\\" + _GIT_ESCAPES[byte])
        elif 0x20 <= byte < 0x7F:
            pieces.append(chr(byte))
        else:
            pieces.append(f"\\{byte:03o}")
    return '"' + "".join(pieces) + '"'
