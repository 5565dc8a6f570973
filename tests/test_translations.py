"""Every text in every shipped language: complete, current with the code, in the right context,
keeping its placeholders and keyboard accelerators — and really shown when the language switches."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import neuron_gui

ROOT = Path(neuron_gui.__file__).resolve().parent.parent
TS_FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de")
SOURCES = sorted((ROOT / "neuron_gui").rglob("*.py"))


def read_ts(path: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source"))] = message.find("translation")
    return messages


def lupdate() -> str:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate")


@pytest.fixture(scope="module")
def texts_in_the_code(tmp_path_factory) -> set[tuple[str, str]]:
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    subprocess.run([lupdate(), "-locations", "none", *map(str, SOURCES), "-ts", str(fresh)],
                   check=True, capture_output=True)
    return set(read_ts(fresh))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_has_a_finished_translation(language):
    missing = [source for (_, source), translation in read_ts(
        TS_FOLDER / f"neuron_gui_{language}.ts").items()
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_files_hold_exactly_the_texts_of_the_code(language, texts_in_the_code):
    shipped = set(read_ts(TS_FOLDER / f"neuron_gui_{language}.ts"))
    assert sorted(texts_in_the_code - shipped) == [], "new texts: run `make translations`"
    assert sorted(shipped - texts_in_the_code) == [], "texts no longer used: run `make translations`"


def test_every_context_is_a_class_of_the_program(texts_in_the_code):
    # A text found under the wrong name would never be looked up: the window calls tr() on its
    # own class, and the core's texts are under the names core gives them ("activations", …).
    classes = set()
    for source in SOURCES:
        text = source.read_text(encoding="utf-8")
        classes |= set(re.findall(r"^class (\w+)", text, re.M))
        classes |= set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"(\w+)"', text))  # the core's own
    assert sorted({context for context, _ in texts_in_the_code} - classes) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_accelerators_survive_translation(language):
    broken = []
    for (_, source), translation in read_ts(TS_FOLDER / f"neuron_gui_{language}.ts").items():
        text = translation.text or ""
        if sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", text)):
            broken.append((source, text))
        if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
            broken.append((source, text))
    assert broken == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_current(language):
    ts = TS_FOLDER / f"neuron_gui_{language}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime, "run `make` to compile"


def test_switching_language_changes_what_the_window_says(window):
    english = (window.file_menu.title(), window.readout.output_label.text(),
               window.activation_panel.explanation.text(), window.inputs_form.title())
    seen = {}
    for language in LANGUAGES:
        window.view_options.language_actions[language].trigger()
        QApplication.processEvents()
        now = (window.file_menu.title(), window.readout.output_label.text(),
               window.activation_panel.explanation.text(), window.inputs_form.title())
        assert all(a != b for a, b in zip(now, english)), (language, now)
        seen[language] = now
    assert seen["es"] != seen["de"]
    assert "," in seen["de"][1] and "," in seen["es"][1]  # both write decimal commas
    window.view_options.language_actions["en"].trigger()
    QApplication.processEvents()
    assert (window.file_menu.title(), window.readout.output_label.text(),
            window.activation_panel.explanation.text(), window.inputs_form.title()) == english
