"""What Tab reaches, as tests of the window and of the dock both need to know it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QAbstractSpinBox


def takes_focus_itself(widget) -> bool:
    """Tab-focusable, and not the inner part of a control that speaks for it (a spin box's line
    edit, a scroll area's viewport)."""
    parent = widget.parentWidget()
    return (
        widget.isVisible() and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(parent, QAbstractSpinBox)
        and not (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)
    )


def is_named(widget) -> bool:
    """Has a name a screen reader speaks: its own, or a button's text."""
    return bool(widget.accessibleName()) or (isinstance(widget, QAbstractButton) and widget.text())
