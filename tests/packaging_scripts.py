"""The scripts of packaging/ as modules, for the tests that check what they build."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_packaging_script(name: str):
    """packaging/NAME.py as a module, without putting that folder on sys.path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
