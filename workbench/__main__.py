"""``python -m workbench``: the same command as ``workbench``.

Guarded, because worker processes (forkserver) import the main module again.
"""

from workbench.cli import main

if __name__ == "__main__":
    main()
