"""Code shared by more than one codemod set (not a set itself: no version in its name)."""
