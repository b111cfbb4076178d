"""SEND information kiosk: SEND guidance and the Local Offer directory, offline and by touch."""

__version__ = "0.1.0"
