"""The core must work in a notebook with no display: it may import numpy and the standard library
only. Checked twice: by what the source says, and by what importing it really loads."""

import ast
import subprocess
import sys
from pathlib import Path

import neuron_gui.core

CORE = Path(neuron_gui.core.__file__).parent
ALLOWED = {"numpy"} | set(sys.stdlib_module_names)


def test_core_sources_import_only_numpy_and_the_standard_library():
    found = {}
    for source in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in ALLOWED:
                    found[f"{source.name}: {name}"] = top
    assert found == {}


def test_importing_core_loads_no_qt_and_no_pyqtgraph():
    code = (
        "import sys, neuron_gui.core as c; c.Neuron([1], [2]).output();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('PySide6', 'shiboken6', 'pyqtgraph', 'neuron_gui') ))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = eval(result.stdout)
    assert loaded and all(m.startswith("neuron_gui") for m in loaded)
    assert "neuron_gui.gui" not in loaded
