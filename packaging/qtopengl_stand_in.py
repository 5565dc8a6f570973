"""A PyInstaller runtime hook: it runs in the frozen app before the app's own code.

pyqtgraph imports PySide6.QtOpenGL when it starts, for OpenGL drawing that this app never turns on
(tests/test_bundle.py checks the window has no OpenGL widget). Those bindings are 8.9 MB, so the
bundle leaves them out and this stand-in takes their name. If OpenGL drawing is ever switched on,
the first use says plainly what is missing instead of failing somewhere deep in pyqtgraph.
"""

import sys
import types


class _LeftOutModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"PySide6.QtOpenGL.{name}: OpenGL drawing is not part of this build of "
                          "Neuron GUI (packaging/neuron-gui.spec leaves PySide6.QtOpenGL out)")


sys.modules.setdefault("PySide6.QtOpenGL", _LeftOutModule("PySide6.QtOpenGL"))
