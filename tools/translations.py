"""Update the widgets' translation sources and compile them (Qt's lupdate and lrelease).

    python tools/translations.py            # lupdate coach/ui -> translations/coach_*.ts, then lrelease
    python tools/translations.py --release  # only lrelease: translations/*.ts -> assets/translations/*.qm
    python tools/translations.py --new xx   # start translations/coach_xx.ts for language xx, all unfinished

coach_en.ts holds only the plural forms ("%n run(s)" -> "1 run", "2 runs"). The .ts files
(edited with ``pyside6-linguist``) live in ``translations/``; the compiled
.qm files go into ``assets/translations/``, which the wheel carries as coach.assets.
Locations are left out of the .ts (``-locations none``) so that moving a line of code
changes nothing there and branches merge cleanly; Linguist still shows each context.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "assets" / "translations"
SOURCES = ROOT / "coach" / "ui"


def tool(name: str) -> str | None:
    """Qt's lupdate / lrelease as shipped inside the PySide6 wheel, else on PATH (pyside6-NAME)."""
    try:
        import PySide6
    except ImportError:
        return shutil.which(f"pyside6-{name}")
    inside = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    return str(inside) if inside.exists() else shutil.which(f"pyside6-{name}")


def sources(root: Path = SOURCES) -> list[Path]:
    """Every Python file of the widgets, in a stable order."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob("coach_*.ts"))


def lupdate(ts: Path, files: list[Path] | None = None, *, no_obsolete: bool = False) -> str:
    """Merge the current tr() strings of ``files`` into ``ts``; returns lupdate's report."""
    exe = tool("lupdate")
    if exe is None:
        raise FileNotFoundError("lupdate (pyside6-lupdate) is not installed")
    args = [exe, "-locations", "none", *(str(f) for f in files or sources()), "-ts", str(ts)]
    if no_obsolete:
        args.insert(1, "-no-obsolete")
    if ts.stem.endswith("_en"):  # English is the source: its catalog holds only the plural forms
        args.insert(1, "-pluralonly")
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def lrelease(ts: Path, qm: Path) -> str:
    """Compile ``ts`` into ``qm``; returns lrelease's report."""
    exe = tool("lrelease")
    if exe is None:
        raise FileNotFoundError("lrelease (pyside6-lrelease) is not installed")
    qm.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True).stdout


def qm_for(ts: Path) -> Path:
    return QM_DIR / (ts.stem + ".qm")


def main(argv: list[str]) -> int:
    if "--new" in argv:
        language = argv[argv.index("--new") + 1]
        ts = TS_DIR / f"coach_{language}.ts"
        if ts.exists():
            print(f"{ts.relative_to(ROOT)} exists already", file=sys.stderr)
            return 1
        exe = tool("lupdate")
        if exe is None:
            raise FileNotFoundError("lupdate (pyside6-lupdate) is not installed")
        subprocess.run([exe, "-locations", "none", "-target-language", language, *map(str, sources()), "-ts", str(ts)],
                       check=True)  # fmt: skip
        return 0
    for ts in ts_files():
        if "--release" not in argv:
            print(lupdate(ts, no_obsolete="--keep-obsolete" not in argv), end="")
        lrelease(ts, qm_for(ts))
        print(f"{ts.relative_to(ROOT)} -> {qm_for(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
