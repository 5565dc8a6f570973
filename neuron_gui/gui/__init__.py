"""The Qt side: one model adapter (model.py) and thin widgets that read it."""
