"""scripts/setup-runtime: names exactly the system packages the app lacks, installs nothing that
is there. Run with stand-ins for ldconfig and fc-list, on a PATH without apt-get."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "setup-runtime"
ALL_LIBRARIES = (
    "\tlibpango-1.0.so.0 (libc6,x86-64) => /lib/libpango-1.0.so.0\n"
    "\tlibpangoft2-1.0.so.0 (libc6,x86-64) => /lib/libpangoft2-1.0.so.0\n"
    "\tlibharfbuzz-subset.so.0 (libc6,x86-64) => /lib/libharfbuzz-subset.so.0\n"
)


def run_setup(tmp_path: Path, libraries: str, fonts: str) -> subprocess.CompletedProcess:
    """setup-runtime on a PATH of its own: real bash, grep and python3, stand-in tools."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "grep", "cat"):
        (bin_dir / tool).symlink_to(shutil.which(tool))
    (bin_dir / "python3").symlink_to(sys.executable)
    (tmp_path / "ldconfig.txt").write_text(libraries)
    (tmp_path / "fonts.txt").write_text(fonts)
    for tool, listing in (("ldconfig", "ldconfig.txt"), ("fc-list", "fonts.txt")):
        stand_in = bin_dir / tool
        stand_in.write_text(f"#!{shutil.which('bash')}\ncat {tmp_path / listing}\n")
        stand_in.chmod(0o755)
    return subprocess.run(
        [shutil.which("bash"), str(SCRIPT)],
        env={"PATH": str(bin_dir)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_nothing_is_asked_for_when_everything_is_there(tmp_path):
    done = run_setup(tmp_path, ALL_LIBRARIES, "/usr/share/fonts/DejaVuSans.ttf: DejaVu Sans\n")

    assert done.returncode == 0, done.stderr
    assert done.stdout == done.stderr == ""


@pytest.mark.parametrize(
    ("missing_line", "package"),
    [
        ("libpango-1.0.so.0", "libpango-1.0-0"),
        ("libpangoft2-1.0.so.0", "libpangoft2-1.0-0"),
        ("libharfbuzz-subset.so.0", "libharfbuzz-subset0"),
    ],
)
def test_a_missing_library_is_named_by_its_package(tmp_path, missing_line, package):
    libraries = "".join(
        line + "\n" for line in ALL_LIBRARIES.splitlines() if missing_line not in line
    )

    done = run_setup(tmp_path, libraries, "DejaVu Sans\n")

    assert done.returncode == 1
    assert done.stderr.strip().endswith(f": {package}")


def test_without_any_font_and_library_all_are_named(tmp_path):
    done = run_setup(tmp_path, "", "")

    assert done.returncode == 1
    named = done.stderr.strip().rsplit(": ", 1)[1].split()
    assert named == [
        "libpango-1.0-0",
        "libpangoft2-1.0-0",
        "libharfbuzz-subset0",
        "fonts-dejavu-core",
    ]
