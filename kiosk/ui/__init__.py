"""PySide6 user interface: a thin layer over kiosk.store and kiosk.content."""
