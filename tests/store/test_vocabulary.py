"""The word lists in resources/vocabulary hold what Staffordshire and the DfE publish."""

from __future__ import annotations

from kiosk import paths
from kiosk.store import vocabulary

# Written out here, apart from the CSV every other test reads, to check that file: the 11 areas
# of the council's SEND Local Offer page, by the ids and names the packaged data uses.
LOCAL_OFFER_AREAS = (
    ("lo-early-years", "Early years and childcare"),
    ("lo-education", "Education"),
    ("lo-social-care", "Social care"),
    ("lo-health", "Health and wellness"),
    ("lo-travel", "Travel and transport"),
    ("lo-places-to-go", "Places to go, things to do"),
    ("lo-adulthood", "Preparing for adulthood"),
    ("lo-money", "Money matters"),
    ("lo-extra-help", "Extra help for children, families and settings"),
    ("lo-information-support",
     "Information and support, including support groups and organisations"),
    ("lo-policy-forms", "Policy information, referral mechanisms, forms and templates"),
)  # fmt: skip
# The SEND sub-categories of England's national family hubs service directory.
DFE_SEND_NEEDS = (
    "Autistic Spectrum Disorder (ASD)",
    "Breaks and respite",
    "Early years support",
    "Groups for parents and carers of children with SEND",
    "Hearing impairment",
    "Learning difficulties and disabilities",
    "Multi-sensory impairment",
    "Other difficulties or disabilities",
    "Physical disabilities",
    "Social, emotional and mental health support",
    "Speech, language and communication needs",
    "Visual impairment",
)


def test_the_categories_are_the_11_areas_of_staffordshires_local_offer() -> None:
    assert [(c.id, c.name) for c in vocabulary.categories()] == list(LOCAL_OFFER_AREAS)


def test_every_category_has_an_icon_and_a_plain_description() -> None:
    for category in vocabulary.categories():
        assert (paths.resources_dir() / "icons" / f"{category.icon}.svg").is_file(), category
        assert category.description.endswith(".") and len(category.description) < 80, category


def test_the_needs_are_the_dfe_send_list_with_unique_ids() -> None:
    needs = vocabulary.needs()
    assert [n.name for n in needs] == list(DFE_SEND_NEEDS)
    ids = [n.id for n in needs]
    assert len(set(ids)) == len(ids) and all(i.startswith("send-") for i in ids)
    assert "need" in vocabulary.taxonomy_kinds().values()


def test_every_district_has_a_centre_and_no_centre_is_for_another_place() -> None:
    from kiosk.store.vocabulary import district_centres, districts

    centres = district_centres()
    assert set(centres) == set(districts().names)
    for latitude, longitude in centres.values():  # all within Staffordshire
        assert 52.4 < latitude < 53.3 and -2.5 < longitude < -1.5
