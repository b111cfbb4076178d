"""The packaged sample dataset, data/local_offer.json: honest, varied and covering the county.

Reads the JSON directly, not through the kiosk's importer, so it checks the file exactly as it
ships; the categories, needs and districts it must use come from resources/vocabulary.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kiosk.store import vocabulary

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data" / "local_offer.json"
GENERATOR = REPO / "tools" / "make_sample_data.py"
WORDS = REPO / "tools" / "sample_data"

CATEGORIES = {category.name for category in vocabulary.categories()}
SEND_NAMES = {need.name for need in vocabulary.needs()}
DISTRICTS = vocabulary.districts()
OUTWARD = {  # town -> the postcode districts that cover it
    "Cannock": {"WS11", "WS12"}, "Rugeley": {"WS15"}, "Hednesford": {"WS12"},
    "Burton upon Trent": {"DE13", "DE14", "DE15"}, "Uttoxeter": {"ST14"},
    "Lichfield": {"WS13", "WS14"}, "Burntwood": {"WS7"},
    "Newcastle-under-Lyme": {"ST5"}, "Kidsgrove": {"ST7"}, "Audley": {"ST7"},
    "Codsall": {"WV8"}, "Penkridge": {"ST19"}, "Wombourne": {"WV5"}, "Perton": {"WV6"},
    "Stafford": {"ST16", "ST17"}, "Stone": {"ST15"}, "Eccleshall": {"ST21"},
    "Leek": {"ST13"}, "Biddulph": {"ST8"}, "Cheadle": {"ST10"},
    "Tamworth": {"B77", "B78", "B79"}, "Wilnecote": {"B77"},
}  # fmt: skip
# words families type into the kiosk's search box: each must find something
VOCABULARY = (
    "autism", "autistic", "ADHD", "dyslexia", "speech and language", "hearing impairment",
    "visual impairment", "deaf", "wheelchair", "short breaks", "respite", "EHC plan",
    "Education, Health and Care plan", "SENCO", "transport to school", "preparing for adulthood",
    "supported internship", "benefits", "Disability Living Allowance", "carers", "sensory",
    "physiotherapy", "occupational therapy", "CAMHS", "mental health", "sleep", "toileting",
    "Makaton", "sign language", "play scheme", "holiday club", "swimming", "Down syndrome",
    "epilepsy", "travel training", "Personal Independence Payment", "Blue Badge",
)  # fmt: skip
REAL_BODIES = {
    "Staffordshire County Council",
    "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
}
EXAMPLE_DOMAINS = ("example.org", "example.com")


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(document) -> list[dict]:
    return document["contents"]


def plain(text: str) -> str:
    """Text as a family reads it: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def strings(value, key: str = ""):
    """Every (key, string) in a JSON value, at any depth."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v, key)
    elif isinstance(value, str):
        yield key, value


def locations(service: dict) -> list[dict]:
    return [link["location"] for link in service.get("service_at_locations", [])]


def terms(service: dict, taxonomy: str) -> list[dict]:
    found = [a["taxonomy_term"] for a in service.get("attributes", [])]
    return [t for t in found if t["taxonomy"] == taxonomy]


# ---- the file ----------------------------------------------------------------------------------
def test_generator_rewrites_the_file_byte_for_byte(tmp_path):
    out = tmp_path / "local_offer.json"
    for _ in range(2):
        subprocess.run(
            [sys.executable, str(GENERATOR), "--out", str(out)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        assert out.read_bytes() == DATA.read_bytes(), "run tools/make_sample_data.py again"


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "services.toml",
            '"lo-money"',
            '"lo-cash"',
            "blue-badge: 'lo-cash' is not one of",
        ),
        ("places.toml", "Perton =", "Wolverhampton =", "Wolverhampton is not a place"),
        ("services.toml", 'ages = "16-25"', 'ages = "16-52"', "ages '16-52' should be"),
    ],
)
def test_a_mistake_in_the_words_is_named(tmp_path, file, old, new, message):
    words = tmp_path / "sample_data"
    shutil.copytree(WORDS, words)
    text = (words / file).read_text(encoding="utf-8")
    assert old in text
    (words / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    out = tmp_path / "local_offer.json"
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "--words", str(words), "--out", str(out)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and not out.exists()
    assert message in done.stderr, done.stderr


def test_file_is_small_and_tidy():
    raw = DATA.read_bytes()
    assert len(raw) < 1_500_000
    assert raw.endswith(b"}\n") and b"\r" not in raw
    assert "£".encode() in raw  # ensure_ascii=False: real characters, not \u escapes


def test_envelope_and_metadata(document, services):
    meta = document["metadata"]
    assert meta["sample"] is True
    assert meta["publisher"] == "Staffordshire SEND kiosk project (sample data)"
    assert meta["published"] == "2026-11-28" and meta["version"] == "2026.11.1"
    assert "invented" in meta["notice"] and meta["notice"].count(". ") == 0
    assert document["total_items"] == document["size"] == len(services)
    assert (document["total_pages"], document["page_number"]) == (1, 1)
    assert document["first_page"] is True and document["last_page"] is True
    assert document["empty"] is False


# ---- honesty -----------------------------------------------------------------------------------
def test_every_phone_number_is_in_the_drama_range(services):
    numbers = [p["number"] for s in services for p in s.get("phones", [])]
    assert len(numbers) >= len(services)
    for number in numbers:
        assert re.fullmatch(r"01632 960\d{3}", number), number
    for key, text in strings(services):
        if key != "id" and not key.endswith("_id"):
            for found in re.findall(r"\b0\d{3,4} ?\d{6}\b|\b0\d{2} ?\d{4} ?\d{4}\b", text):
                assert re.fullmatch(r"01632 ?960\d{3}", found), (key, text)


def test_every_email_and_web_address_is_an_example_domain(document):
    text = json.dumps(document, ensure_ascii=False)
    emails = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text)
    assert emails
    for domain in emails:
        assert domain in EXAMPLE_DOMAINS, domain
    urls = re.findall(r"https?://[^\s\"'<>]+", text)
    assert urls
    for url in urls:
        host = urlsplit(url).hostname or ""
        assert host in EXAMPLE_DOMAINS or host.endswith(tuple("." + d for d in EXAMPLE_DOMAINS)), (
            url
        )
    for key, value in strings(document):
        if key in ("email",):
            assert value.endswith(("@example.org", "@example.com")), value
        if key in ("url", "website"):
            assert urlsplit(value).hostname in ("www.example.org", "www.example.com"), value


def test_services_are_named_and_identified(services):
    assert len(services) >= 260
    ids = [s["id"] for s in services]
    assert len(set(ids)) == len(ids)
    for pattern in (r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",):
        assert all(re.fullmatch(pattern, i) for i in ids)
    names = [s["name"].strip() for s in services]
    assert all(names)
    assert len(set(names)) == len(names), Counter(names).most_common(3)
    assert all(s["status"] == "active" for s in services)


def test_only_the_council_and_the_nhs_are_real(services):
    orgs = {s["organization"]["id"]: s["organization"] for s in services}
    assert 60 <= len(orgs) <= 90
    names = [o["name"] for o in orgs.values()]
    assert len(set(names)) == len(names)
    assert set(names) >= REAL_BODIES
    council = [s for s in services if s["organization"]["name"] in REAL_BODIES]
    for service in council:  # the real bodies still get invented contact details
        assert service["email"].endswith(("@example.org", "@example.com"))


# ---- shape -------------------------------------------------------------------------------------
def test_descriptions_are_short_plain_sentences_with_some_html(services):
    with_html = 0
    for service in services:
        description = service["description"]
        with_html += "<p>" in description
        text = plain(description)
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
        assert 2 <= len(sentences) <= 4, (service["name"], text)
        assert "{" not in text and "}" not in text
        assert "{" not in service["name"]
        if "<a " in description:
            assert re.search(r'<a href="https://www\.example\.(org|com)/[^"]*">', description)
    assert 0.05 <= with_html / len(services) <= 0.16
    assert any("&nbsp;" in s["description"] for s in services)
    assert any("&amp;" in s["description"] for s in services)
    assert any("<br>" in s["description"] for s in services)
    openings = Counter(plain(s["description"]).split(". ")[0] for s in services)
    assert openings.most_common(1)[0][1] <= 16  # no sentence opens too many services
    assert len({plain(s["description"]) for s in services}) >= 0.95 * len(services)


def test_ages_are_whole_years_from_0_to_25(services):
    no_ages = 0
    for service in services:
        has = ("minimum_age" in service, "maximum_age" in service)
        assert has in ((True, True), (False, False)), service["name"]
        if not has[0]:
            no_ages += 1
            continue
        low, high = service["minimum_age"], service["maximum_age"]
        assert type(low) is int and type(high) is int
        assert 0 <= low <= high <= 25
    assert no_ages >= 5


def test_locations_are_real_towns_with_plausible_addresses(services):
    for service in services:
        for location in locations(service):
            assert 52.5 <= location["latitude"] <= 53.2
            assert -2.4 <= location["longitude"] <= -1.6
            (address,) = location["addresses"]
            district, town = address["region"], address["city"]
            assert DISTRICTS.district_of(town) == district, (district, town)
            assert address["state_province"] == "Staffordshire" and address["country"] == "GB"
            postcode = address["postal_code"]
            assert re.fullmatch(r"[A-Z]{1,2}\d{1,2} \d[ABD-HJLNP-UW-Z]{2}", postcode), postcode
            assert postcode.split()[0] in OUTWARD[town], (town, postcode)
            assert address["address_1"] and location["name"]
            assert all(a["description"] for a in location["accessibility"])
    placeless = [s for s in services if not locations(s)]
    assert 0.10 <= len(placeless) / len(services) <= 0.20
    for service in placeless:
        assert [a["name"] for a in service["service_areas"]] == ["All of Staffordshire"]
    two_places = [s for s in services if len(locations(s)) == 2]
    assert two_places
    for service in two_places:
        regions = {loc["addresses"][0]["region"] for loc in locations(service)}
        assert len(regions) == 2


def test_contact_details_schedules_costs_and_languages(services):
    free = 0
    for service in services:
        for phone in service.get("phones", []):
            assert phone["type"] == "voice" and phone["id"]
        for contact in service.get("contacts", []):
            assert contact["name"] and contact["email"]
        for schedule in service.get("schedules", []):
            assert schedule["freq"] in ("WEEKLY", "MONTHLY")
            assert re.fullmatch(r"(\d?(MO|TU|WE|TH|FR|SA|SU),?)+", schedule["byday"])
            if "opens_at" in schedule:
                assert schedule["opens_at"] < schedule["closes_at"]
        options = service["cost_options"]
        assert options and all(o["currency"] == "GBP" for o in options)
        assert all(isinstance(o["amount"], int | float) and o["amount"] >= 0 for o in options)
        if any(o["amount"] == 0 for o in options):
            free += 1
            assert [o["option"] for o in options] == ["Free"]
        else:  # the kiosk marks a service free if a paid option mentions "free"
            assert not any("free" in f"{o['option']} {o['amount_description']}".lower()
                           for o in options)  # fmt: skip
        codes = [lang["code"] for lang in service["languages"]]
        assert codes[0] == "en" and len(set(codes)) == len(codes)
        assert all(lang["name"] for lang in service["languages"])
    assert 0.55 <= free / len(services) <= 0.75
    days = Counter(
        d for s in services for sc in s.get("schedules", []) for d in sc["byday"].split(",")
    )
    assert days["SA"] + days["SU"] >= 10
    evenings = [sc for s in services for sc in s.get("schedules", [])
                if sc.get("opens_at", "") >= "17:00:00"]  # fmt: skip
    assert len(evenings) >= 10
    others = Counter(lang["code"] for s in services for lang in s["languages"][1:])
    assert set(others) == {"ur", "pl", "pa", "bfi", "ro", "bn", "ar"}


# ---- coverage ----------------------------------------------------------------------------------
def test_categories_use_the_local_offer_and_dfe_names(services):
    per_category: Counter[str] = Counter()
    with_need = 0
    for service in services:
        top = terms(service, "staffordshire-local-offer")
        assert 1 <= len(top) <= 2, service["name"]
        for term in top:
            assert term["name"] in CATEGORIES and term["parent_id"] is None
            assert term["id"].startswith("lo-")
            per_category[term["name"]] += 1
        needs = terms(service, "dfe-family-hubs-send")
        assert len(needs) <= 1
        assert all(t["name"] in SEND_NAMES for t in needs)
        with_need += bool(needs)
        assert len(service["attributes"]) == len(top) + len(needs)
    assert set(per_category) == CATEGORIES
    assert min(per_category.values()) >= 12, per_category
    assert with_need >= 0.6 * len(services)
    used = {t["name"] for s in services for t in terms(s, "dfe-family-hubs-send")}
    assert used == SEND_NAMES


def test_the_same_term_id_always_means_the_same_term(services):
    seen: dict[str, dict] = {}
    for service in services:
        for attribute in service["attributes"]:
            term = attribute["taxonomy_term"]
            assert seen.setdefault(term["id"], term) == term


def test_every_district_has_at_least_20_services_with_a_place_there(services):
    per_district = Counter(
        district
        for s in services
        for district in {loc["addresses"][0]["region"] for loc in locations(s)}
    )
    assert set(per_district) == set(DISTRICTS.names)
    assert min(per_district.values()) >= 20, per_district


def test_every_age_from_0_to_25_has_at_least_15_services(services):
    for age in range(26):
        count = sum(
            1
            for s in services
            if "minimum_age" in s and s["minimum_age"] <= age <= s["maximum_age"]
        )
        assert count >= 15, (age, count)


def test_families_words_find_services(services):
    texts = [f"{s['name']} {plain(s['description'])}".lower() for s in services]
    for word in VOCABULARY:
        assert any(word.lower() in text for text in texts), word
    assert sum("speech and language therapy" in text for text in texts) >= 3
    council = [s for s in services if s["organization"]["name"] == "Staffordshire County Council"]
    council_text = " ".join(f"{s['name']} {plain(s['description'])}" for s in council).lower()
    assert "ehc plan" in council_text and "home to school transport" in council_text
    nhs = [s for s in services if "Integrated Care Board" in s["organization"]["name"]]
    nhs_text = " ".join(f"{s['name']} {plain(s['description'])}" for s in nhs).lower()
    assert "autism" in nhs_text and "sensory support" in nhs_text
