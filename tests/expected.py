"""What the product promises, written down once for every test that checks it."""

# The 11 areas of Staffordshire's Local Offer, by the ids the packaged data uses.
CATEGORY_IDS = (
    "lo-early-years",
    "lo-education",
    "lo-social-care",
    "lo-health",
    "lo-travel",
    "lo-places-to-go",
    "lo-adulthood",
    "lo-money",
    "lo-extra-help",
    "lo-information-support",
    "lo-policy-forms",
)

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
