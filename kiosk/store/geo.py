"""Distances on the Earth's surface, for "nearest to this hub" (no maps, no network)."""

from __future__ import annotations

import math

EARTH_RADIUS_MILES = 3958.8


def miles_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance in miles between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(h)))
