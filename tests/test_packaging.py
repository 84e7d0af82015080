"""Every shipped routine, image and sound is declared as package data, so a
plain ``pip install .`` (not only an editable install) finds them."""

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_shipped_file_is_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    for package, folder in config["package-dir"].items():
        patterns = config["package-data"][package]
        files = [p.relative_to(ROOT / folder).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file()]
        assert files, folder
        missing = [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
        assert missing == [], f"{folder}: add a package-data pattern for {missing}"


def test_every_python_package_is_in_the_wheel():
    """A package missing from the list is missing from ``pip install .``: Home would fail to import its plan panel."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "coach").rglob("__init__.py")}
    missing = sorted(found - set(config["packages"]))
    assert missing == [], f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
