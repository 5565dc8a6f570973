"""The frozen program's first file: PyInstaller runs it as __main__ (a package's own __main__.py
cannot be, because it imports relatively)."""

import sys

from neuron_gui.app import main

sys.exit(main())
