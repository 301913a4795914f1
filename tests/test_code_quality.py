"""The code stays ruff- and mypy-clean: checked on every test run, like any other floor."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "src", "tests", "scripts"], ["ruff", "format", "--check", "src", "tests"], ["mypy"]],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    tool = BIN / command[0]
    if not tool.exists() and shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (pip install -e '.[test]')")
    exe = str(tool) if tool.exists() else command[0]
    result = subprocess.run([exe, *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
