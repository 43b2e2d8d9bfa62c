"""``pip install .`` gives a working app that finds its resources and migrations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_wheel_runs_demo_and_show(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("factdesk-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    assert (target / "factdesk" / "resources" / "sample_case.json").exists()
    env = {
        **os.environ,
        "PYTHONPATH": str(target),
        "FACTDESK_DATA_DIR": str(tmp_path / "data"),
        "FACTDESK_CONFIG_DIR": str(tmp_path / "config"),
    }
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "factdesk", *a],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    demo = run("demo")
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "data" / "default.factdesk").exists()
    listed = run("claims", "list", "--rating", "unproven")
    claim_id = listed.stdout.splitlines()[1].split()[0]
    shown = run("claims", "show", claim_id)
    assert shown.returncode == 0 and "invade Japan" in shown.stdout
    probe = subprocess.run(
        [sys.executable, "-c", "import factdesk; print(factdesk.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert str(target) in probe.stdout
