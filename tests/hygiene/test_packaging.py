"""The wheel as a user gets it: its name, its LICENSE, a bare install, and installs beside a rival package.

Each scenario is a throwaway virtualenv (``venv --without-pip``; the dev venv's pip installs into it with
``--python``), with ``--no-deps`` installs: what is checked here needs none of the dependencies.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RIVAL = "lighter-sdk==1.1.8"  # the official SDK: it installs a top-level `lighter` package too


def _run(*cmd: str | Path, timeout: float = 180, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, cwd=cwd)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", out, ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    (built,) = out.glob("lighter_client-*.whl")
    return built


def _venv(where: Path, *wheels: Path) -> Path:
    """A fresh virtualenv with ``wheels`` installed in this order (no dependencies); its bin directory."""
    made = _run(sys.executable, "-m", "venv", "--without-pip", where)
    assert made.returncode == 0, made.stderr
    python = where / "bin" / "python"
    for wheel in wheels:
        done = _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel)
        assert done.returncode == 0, done.stderr[-2000:]
    return where / "bin"


def test_wheel_is_named_lighter_client_and_ships_the_license(wheel: Path) -> None:
    assert wheel.name.startswith("lighter_client-")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = zf.read(meta_name).decode()
        license_names = [n for n in names if n.endswith("/LICENSE")]
        assert license_names and "MIT License" in zf.read(license_names[0]).decode()
    assert "Name: lighter-client\n" in meta and "License-Expression: MIT" in meta
    assert "Classifier: Programming Language :: Python :: 3.10" in meta and "Keywords: " in meta
    assert "Project-URL: " in meta
    from lighter import __version__

    assert f"Version: {__version__}\n" in meta  # the version has one home: lighter.__version__


def test_bare_install_fails_softly_without_the_sim_extra(wheel: Path, tmp_path: Path) -> None:
    bin_dir = _venv(tmp_path / "bare", wheel)
    helped = _run(bin_dir / "lighter", "--help", cwd=tmp_path)
    assert helped.returncode == 0 and "usage: lighter" in helped.stdout
    for args in (("sim", "--help"), ("sim", "--market-maker"), ("demo",)):
        done = _run(bin_dir / "lighter", *args, cwd=tmp_path)
        assert done.returncode == 5, (args, done.stderr)
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert "pip install 'lighter-client[sim]'" in done.stderr
    as_json = _run(bin_dir / "lighter", "demo", "--json", cwd=tmp_path)
    assert as_json.returncode == 5 and '"code": "missing_extra"' in as_json.stderr
    code = (
        "import lighter\n"
        "try:\n"
        "    from lighter.testing import LocalExchange\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc)\n"
    )
    imported = _run(bin_dir / "python", "-c", code, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("MissingExtraError ") and "lighter-client[sim]" in imported.stdout


@pytest.fixture(scope="module")
def rival_wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("rival")
    got = _run(sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", out, RIVAL, timeout=300)
    found = list(out.glob("lighter_sdk-*.whl"))
    if got.returncode != 0 or not found:
        pytest.skip(f"the package registry is unreachable ({RIVAL} could not be downloaded)")
    yield found[0]


def test_import_refuses_to_run_mixed_with_the_official_sdk(
    wheel: Path, rival_wheel: Path, tmp_path: Path
) -> None:
    # the rival first, then us: our __init__ wins, their files and dist-info stay -> a clear ImportError
    bin_dir = _venv(tmp_path / "rival-then-us", rival_wheel, wheel)
    done = _run(bin_dir / "python", "-c", "import lighter", cwd=tmp_path)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("lighter._coexist.CoexistenceError: ")
    assert "lighter-sdk 1.1.8" in last and "separate virtualenv" in last and "lighter-client" in last
    cli = _run(bin_dir / "lighter", "--help", cwd=tmp_path)  # the command imports the package too
    assert cli.returncode == 1 and "lighter-sdk 1.1.8" in cli.stderr.strip().splitlines()[-1]


def test_command_names_a_rival_that_was_installed_last(wheel: Path, tmp_path: Path) -> None:
    # the rival's __init__ replaced ours (as pip does when it is installed second) and runs instead;
    # our command module is still there and says what happened, in one line
    bin_dir = _venv(tmp_path / "us-then-rival", wheel)
    (site,) = (tmp_path / "us-then-rival" / "lib").glob("python3*/site-packages")
    (site / "lighter" / "__init__.py").write_text("# another distribution's package\n")
    rival = site / "qubx_lighter_api-0.2.0.dist-info"
    rival.mkdir()
    (rival / "RECORD").write_text("lighter/__init__.py,,\nlighter/signer_client.py,,\n")
    done = _run(bin_dir / "lighter", "markets", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "qubx-lighter-api 0.2.0" in done.stderr and "separate virtualenv" in done.stderr


def test_own_install_alone_passes_the_check(tmp_path: Path) -> None:
    from lighter._coexist import rival_in

    site = tmp_path / "site-packages"
    package = site / "lighter"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    ours = site / "lighter_client-0.1.0.dist-info"
    ours.mkdir()
    (ours / "RECORD").write_text("lighter/__init__.py,,\n")
    # an old editable install of this project under its former name owns no file of the package
    old = site / "lighter-0.1.0.dist-info"
    old.mkdir()
    (old / "RECORD").write_text("__editable__.lighter-0.1.0.pth,,\n")
    assert rival_in(str(site), str(package)) is None
    (old / "RECORD").write_text("lighter/__init__.py,,\nlighter/model.py,,\n")  # the unrelated `lighter`
    assert rival_in(str(site), str(package)) == ("lighter 0.1.0", "lighter")
    (old / "RECORD").unlink()
    (package / "signer_client.py").write_text("")  # rival files whose dist-info is gone
    found = rival_in(str(site), str(package))
    assert found is not None and "signer_client.py" in found[0] and found[1] is None
