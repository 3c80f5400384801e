"""`wikigen build`: keeps going on bad input (exit 0), `--strict` fails if anything was skipped."""
from __future__ import annotations

import subprocess
import sys

from support import copy_project
from wikigen.cli import main


def test_default_build_reports_and_succeeds(tmp_path, capsys):
    root = copy_project(tmp_path / "project")
    (root / "seeds" / "empty.txt").write_bytes(b"")
    (root / "seeds" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "seeds" / "copy.txt").write_bytes((root / "seeds" / "002_d5fffd1eb59f2a77.txt").read_bytes())
    assert main(["build", "--root", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "wikigen: 5 published, 2 skipped, 1 duplicates" in out
    assert "skipped empty.txt: empty file" in err
    assert "skipped image.png: not text: looks like a PNG image" in err
    assert "duplicate copy.txt: duplicate of 002_d5fffd1eb59f2a77.txt" in err
    assert (root / "docs" / "reports" / "index.md").is_file()


def test_strict_build_fails_when_a_file_was_skipped(tmp_path, capsys):
    root = copy_project(tmp_path / "project")
    (root / "seeds" / "blank.txt").write_text("   \n", encoding="utf-8")
    assert main(["build", "--root", str(root), "--strict"]) == 1
    assert "skipped blank.txt: file has only whitespace" in capsys.readouterr().err


def test_strict_build_succeeds_on_clean_seeds(tmp_path):
    root = copy_project(tmp_path / "project")
    assert main(["build", "--root", str(root), "--strict"]) == 0


def test_the_installed_command_exits_non_zero_in_strict_mode(tmp_path):
    root = copy_project(tmp_path / "project")
    (root / "seeds" / "empty.txt").write_bytes(b"")
    command = [sys.executable, "-m", "wikigen", "build", "--root", str(root)]
    assert subprocess.run(command, capture_output=True).returncode == 0
    strict = subprocess.run([*command, "--strict"], capture_output=True, text=True)
    assert strict.returncode == 1 and "empty.txt" in strict.stderr
