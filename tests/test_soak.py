"""100,000 edits through the real form, model, readout and plot: no crash, no warning, no leak."""

import gc
import os
import sys

import pytest
from PySide6.QtWidgets import QApplication

EDITS = 100_000
WARM_UP = 5_000
ALLOWED_GROWTH_MB = 4.0


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for memory use")
def test_many_edits_leave_memory_flat(window):
    rows = window.inputs_form.rows
    combo = window.activation_panel.combo
    edits = [
        lambda i: rows[0].w_field.slider.setValue(i % 2001 - 1000),
        lambda i: rows[1].x_field.spin_box.setValue((i % 997) / 10 - 50),
        lambda i: window.inputs_form.bias_field.spin_box.setValue((i % 41) / 4 - 5),
        lambda i: combo.setCurrentIndex(i // 1000 % combo.count()),
    ]
    baseline = None
    for i in range(EDITS):
        edits[i % len(edits)](i)
        if i % 250 == 0:
            QApplication.processEvents()  # paint, as the event loop would between edits
        if i == WARM_UP:
            gc.collect()
            baseline = resident_mb()
    QApplication.processEvents()
    gc.collect()
    growth = resident_mb() - baseline
    # the last edits are still on screen, so the run really went through the widgets
    assert window.readout.text().startswith("z = ")
    assert window.model.neuron.bias == window.inputs_form.bias_field.spin_box.value()
    assert growth < ALLOWED_GROWTH_MB, f"memory grew by {growth:.1f} MB over {EDITS} edits"


def test_edits_do_not_use_up_references_to_none_or_true(window):
    """Some Qt binding releases give back one reference too many to None or True on each call.
    Under Python 3.11 that crashes the app after a few thousand slider steps, so it is checked
    here in a second, long before the soak test above would crash."""
    slider = window.inputs_form.rows[0].w_field.slider
    gc.collect()  # objects freed by the collector would give back references of their own
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(2_000):
        slider.setValue(i % 400 - 200)
    gc.collect()
    after = sys.getrefcount(None), sys.getrefcount(True)
    # Each edit makes dozens of binding calls: the fault loses tens of thousands of references
    # here, while ordinary churn moves the counts by a few hundred at most.
    assert after[0] - before[0] > -1_000 and after[1] - before[1] > -1_000, (before, after)
