"""Measuring tools behind `kiosk bench`: synthetic data and timings. Left out of the frozen app."""
