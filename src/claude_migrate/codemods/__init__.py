"""The versioned codemod sets: `v4_5`, then later generations.

In an installed wheel the sets sit in this folder (the build force-includes the
repository's top-level `codemods/` here). In a source checkout they stay at the top of the
repository, so the checkout's folder is added to this package's search path; that keeps an
editable install and the tests on the same files that ship.
"""

from pathlib import Path

_checkout_root = Path(__file__).resolve().parents[3]
_checkout_sets = _checkout_root / "codemods"
_in_checkout = (_checkout_root / "src" / "claude_migrate").is_dir() and _checkout_sets.is_dir()
if _in_checkout and str(_checkout_sets) not in __path__:
    __path__.append(str(_checkout_sets))
