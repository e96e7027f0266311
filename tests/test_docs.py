"""Docs that cannot drift: the README's commands run, every command and setting is documented."""

from __future__ import annotations

import dataclasses
import re
import shlex
import subprocess
import sys

from countersight.cli import app
from countersight.cli.indicators_command import markdown
from countersight.config import Settings

from conftest import ROOT

README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.S)


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_command() -> None:
    assert README.lstrip().startswith("# countersight\n\n```bash")
    install_and_run, install_and_test = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert "countersight screen examples/approaches.jsonl" in install_and_run
    assert "pytest" in install_and_test
    assert install_and_test in (ROOT / ".ci" / "run").read_text()


def test_the_main_job_of_the_readme_runs() -> None:
    command = BLOCKS[0].strip().split("&&")[-1].strip()
    argv = shlex.split(command)
    assert argv[0].endswith("countersight")
    result = subprocess.run(
        [sys.executable, "-m", "countersight", *argv[1:]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "HIGH" in result.stdout


def _commands() -> list[str]:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    for group in app.registered_groups:
        sub = group.typer_instance
        assert sub is not None
        names += [f"{group.name} {c.name}" for c in sub.registered_commands]
    return names


def test_every_command_is_in_the_readme() -> None:
    for name in _commands():
        assert f"countersight {name}" in README, name


def test_every_setting_is_in_the_readme() -> None:
    for field in dataclasses.fields(Settings):
        assert f"COUNTERSIGHT_{field.name.upper()}" in README, field.name


def test_indicator_reference_is_current() -> None:
    assert (ROOT / "docs" / "indicators.md").read_text() == markdown()
