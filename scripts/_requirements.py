"""Print the requirements of the project and the given extras, one per line, from pyproject.toml.

Used by scripts/demo to set up a venv with only what the demo needs (runtime + `sim`), without building
the project: the demo runs from the source tree. Runs under any Python >= 3.10 that has pip (3.10 has no
tomllib: pip's own vendored tomli reads the file there).
"""

from __future__ import annotations

import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python 3.10
    from pip._vendor import tomli as tomllib  # type: ignore[no-redef]

project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
requirements = list(project["dependencies"])
for extra in sys.argv[1:]:
    requirements += project["optional-dependencies"][extra]
print("\n".join(requirements))
