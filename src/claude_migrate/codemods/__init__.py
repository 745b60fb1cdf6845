"""The versioned codemod sets: `v4_5`, then later generations.

In an installed wheel the sets sit in this folder (the build force-includes the
repository's top-level `codemods/` here). In a source checkout they stay at the top of the
repository, so the checkout's folder is added to this package's search path; that keeps an
editable install and the tests on the same files that ship. (os.path, not pathlib: this runs
at every start.)
"""

import os

_checkout_root = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
)
_checkout_sets = os.path.join(_checkout_root, "codemods")
_in_checkout = os.path.isdir(
    os.path.join(_checkout_root, "src", "claude_migrate")
) and os.path.isdir(_checkout_sets)
if _in_checkout and _checkout_sets not in __path__:
    __path__.append(_checkout_sets)
