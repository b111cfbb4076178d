"""Reusable touch widgets: keyboard, QR code, big buttons, cards, chips."""
