"""What the product promises, written down once for every test that checks it."""

from kiosk.store import vocabulary

# The 11 areas of Staffordshire's Local Offer, by the ids the packaged data uses (checked
# against the council's list in tests/store/test_vocabulary.py).
CATEGORY_IDS = tuple(category.id for category in vocabulary.categories())

# Staffordshire's eight districts, in the order the kiosk lists them.
DISTRICTS = (
    "Cannock Chase",
    "East Staffordshire",
    "Lichfield",
    "Newcastle-under-Lyme",
    "South Staffordshire",
    "Stafford",
    "Staffordshire Moorlands",
    "Tamworth",
)
