"""A realistic, deterministic synthetic Local Offer (ORUK 3.0 JSON) for benchmarks and tests."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from kiosk.store import vocabulary
from kiosk.store.days import DAY_CODES
from kiosk.store.vocabulary import read_rows

# Sub-categories under each Local Offer category (resources/vocabulary/categories.csv).
SUBCATEGORIES = {
    "lo-early-years": ("Nurseries and childminders", "Portage and home learning"),
    "lo-education": ("Schools", "Colleges and post-16", "SEN support"),
    "lo-social-care": ("Short breaks", "Assessments and carers"),
    "lo-health": ("Therapies", "Mental health", "Nursing and equipment"),
    "lo-travel": ("School transport", "Independent travel"),
    "lo-places-to-go": ("Clubs and activities", "Sport"),
    "lo-adulthood": ("Employment", "Independent living"),
    "lo-money": ("Benefits advice", "Grants"),
    "lo-extra-help": ("Support groups", "Advocacy"),
    "lo-information-support": ("Helplines", "Training"),
    "lo-policy-forms": (),
}
NEED_TAXONOMY = "dfe-family-hubs-send"
# Each topic: "name | category | sub-category index (-1: none) | need ids (needs.csv)", then
# what its descriptions say, indented on the next line.
_TOPIC_LINES = """
Autism Support Group | lo-extra-help | 0 | send-asd
    A friendly group for parents and carers of autistic children and young people (ASD/ASC).
Autism Outreach Team | lo-education | 2 | send-asd
    Specialist teachers who help schools include pupils with autism spectrum condition.
ADHD Parent Workshop | lo-information-support | 1 | send-other
    Practical sessions on attention, impulsivity and routines for families living with ADHD.
Speech and Language Therapy | lo-health | 0 | send-slcn
    Assessment and therapy for children with speech, language and communication needs.
Children's Occupational Therapy | lo-health | 0 | send-physical
    Occupational therapists help with handwriting, dressing, sensory needs and equipment.
Physiotherapy Service | lo-health | 0 | send-physical
    Physiotherapy for children with physical disabilities, cerebral palsy and mobility needs.
Wheelchair Service | lo-health | 2 | send-physical
    Assessment, supply and repair of wheelchairs and seating for children and young adults.
Dyslexia Assessment Centre | lo-education | 2 | send-learning
    Assessment and tuition for dyslexia, dyscalculia and specific learning difficulties.
Hearing Support Service | lo-education | 2 | send-hearing
    Teachers of the deaf supporting deaf and hearing impaired children, with BSL signing.
Vision Support Service | lo-education | 2 | send-visual
    Qualified teachers of children with visual impairment; braille and mobility training.
Sensory Support Team | lo-education | 2 | send-multi-sensory send-hearing send-visual
    Help for deafblind children and those with multi-sensory impairment at home and school.
Short Breaks Scheme | lo-social-care | 0 | send-breaks-respite
    Respite and short breaks that give disabled children new experiences and carers a rest.
Young Carers Project | lo-social-care | 1
    Support, trips and time out for young carers who look after a disabled family member.
Mental Health Drop-in | lo-health | 1 | send-semh
    Emotional wellbeing and mental health support; CAMHS referrals for anxiety and low mood.
SENCO Network | lo-education | 2
    Special educational needs coordinators share training on the graduated approach.
EHCP Advice Line | lo-information-support | 0
    Independent advice on education, health and care needs assessments and EHC plans.
SENDIASS Helpline | lo-information-support | 0
    Impartial information, advice and support about SEND for parents and young people.
Portage Home Visiting | lo-early-years | 1 | send-early-years
    Home-visiting educational service for pre-school children with additional needs.
Inclusive Nursery | lo-early-years | 0 | send-early-years
    Nursery places with extra support for toddlers with special educational needs.
Supported Internships | lo-adulthood | 0 | send-learning
    Work placements with a job coach for young people aged 16 to 25 with an EHC plan.
Independent Living Skills | lo-adulthood | 1
    Cooking, budgeting and travel skills, preparing young people for adulthood.
Travel Training | lo-travel | 1
    One-to-one training so young people can travel independently by bus and train.
School Transport Team | lo-travel | 0
    Free home to school transport for eligible pupils with SEND, including escorts.
Disability Living Allowance Advice | lo-money | 0
    Help claiming DLA, PIP, Carer's Allowance and other disability benefits.
Family Grants Fund | lo-money | 1
    Small grants for sensory toys, equipment and family days out.
Inclusive Swimming | lo-places-to-go | 1 | send-physical
    Quiet swimming sessions with hoists, changing places toilets and trained staff.
Youth Club | lo-places-to-go | 0 | send-learning send-asd
    Evening youth club for disabled young people: games, music, cooking and trips.
Holiday Playscheme | lo-places-to-go | 0
    Summer holiday activities and play for children with additional needs.
Parent Carer Forum | lo-extra-help | 0 | send-parent-groups
    Parent carers working with the council and NHS to improve SEND services.
Advocacy Service | lo-extra-help | 1
    Independent advocates help children and young people have their say.
Educational Psychology | lo-education | 2 | send-semh send-learning
    Educational psychologists assess learning, behaviour and emotional needs.
Post-16 College Support | lo-education | 1
    Learning support, mentors and adapted courses at further education colleges.
Local Offer Policies | lo-policy-forms | -1
    Policies, forms and guidance: SEN support, exclusions, complaints and appeals.
"""
_LINES = _TOPIC_LINES.strip().splitlines()
TOPICS: tuple[tuple[str, str, int, tuple[str, ...], str], ...] = tuple(
    (name, category, int(sub), tuple(needs.split()), about.strip())
    for (name, category, sub, needs), about in zip(
        ([*(p.strip() for p in head.split("|")), ""][:4] for head in _LINES[0::2]),
        _LINES[1::2],
        strict=True,
    )
)
GENERIC = (
    "We work with children, young people and their families across Staffordshire.",
    "Referrals are accepted from parents, schools, health visitors and GPs.",
    "Please call us to find out more or to book a place.",
    "Sessions are run by friendly, experienced staff.",
    "No diagnosis is needed to use this service.",
    "We can visit you at home, at school or in the community.",
    "Siblings are welcome at most sessions.",
    "The venue is fully accessible with parking nearby.",
    "Information is available in other languages on request.",
    "Our volunteers have been trained in SEND awareness.",
)
KINDS = ("Service", "Group", "Team", "Project", "Hub", "Club", "Centre", "Network")
SYLLABLES = (
    "bri",
    "wel",
    "ash",
    "ford",
    "ley",
    "mor",
    "ton",
    "hal",
    "den",
    "cro",
    "ven",
    "bar",
    "lin",
    "sto",
    "kel",
    "wyn",
    "dal",
    "pen",
    "rock",
    "mer",
)
LANGUAGES = ("Urdu", "Polish", "Punjabi", "Romanian", "Arabic", "British Sign Language")
DAYS = DAY_CODES


def _pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _term(term_id: str, name: str, parent: str | None = None, taxonomy: str = "") -> dict[str, Any]:
    term: dict[str, Any] = {"id": term_id, "name": name, "taxonomy": taxonomy or "lo-categories"}
    if parent:
        term["parent_id"] = parent
    return {"taxonomy_term": term}


def synthetic_document(count: int, seed: int = 2024) -> dict[str, Any]:
    """An ORUK 3.0 page document of COUNT services; the same COUNT and SEED give the same file."""
    rng = random.Random(seed)
    towns = [row["place"] for row in read_rows("districts.csv")]
    category_names = {c.id: c.name for c in vocabulary.categories()}
    need_names = {n.id: n.name for n in vocabulary.needs()}
    organisations = [
        {"id": f"org-{i}", "name": f"{_pseudo_word(rng)} {rng.choice(('Trust', 'Charity', 'CIC'))}"}
        for i in range(max(1, count // 5))
    ]
    services = []
    for i in range(count):
        name, category, sub, needs, about = rng.choice(TOPICS)
        town = rng.choice(towns)
        title = f"{town} {name}" if rng.random() < 0.6 else f"{_pseudo_word(rng)} {name}"
        if rng.random() < 0.3:
            title += f" {rng.choice(KINDS)}"
        sentences = [about, *rng.sample(GENERIC, rng.randint(1, 3))]
        sentences.append(f"Ask for {_pseudo_word(rng)} at the {_pseudo_word(rng)} building.")
        description = " ".join(sentences)
        if rng.random() < 0.2:
            description = f"<p>{about}</p><ul><li>{sentences[1]}</li></ul><p>{sentences[-1]}</p>"
        attributes = [_term(category, category_names[category])]
        if sub >= 0:
            sub_name = SUBCATEGORIES[category][sub]
            attributes.append(_term(f"{category}-{sub}", sub_name, parent=category))
        attributes += [_term(n, need_names[n], taxonomy=NEED_TAXONOMY) for n in needs]
        service: dict[str, Any] = {
            "id": f"svc-{i:06d}",
            "name": title,
            "description": description,
            "status": "active",
            "organization": rng.choice(organisations),
            "attributes": attributes,
        }
        low = rng.choice((None, 0, 0, 2, 4, 5, 11, 14, 16))
        high = rng.choice((None, 5, 11, 16, 18, 19, 25, 25))
        if low is not None and high is not None and low > high:
            low, high = high, low
        if rng.random() > 0.1:
            service["minimum_age"], service["maximum_age"] = low, high
        if rng.random() < 0.75:
            service["service_at_locations"] = [
                {
                    "location": {
                        "id": f"loc-{i}",
                        "name": f"{town} Community Centre",
                        "addresses": [
                            {"address_1": "1 High Street", "city": town, "postal_code": "ST16 2LP"}
                        ],
                    }
                }
            ]
        else:
            service["service_areas"] = [{"name": "Staffordshire"}]
        days = sorted(rng.sample(DAYS, rng.randint(1, 5)), key=DAYS.index)
        service["schedules"] = [
            {"freq": "WEEKLY", "byday": ",".join(days), "opens_at": "09:00", "closes_at": "17:00"}
        ]
        if rng.random() < 0.6:
            service["cost_options"] = [{"option": "Session", "amount": 0, "currency": "GBP"}]
        elif rng.random() < 0.5:
            service["cost_options"] = [{"option": "Session", "amount": 5.5, "currency": "GBP"}]
        service["languages"] = [{"name": "English", "code": "en"}]
        if rng.random() < 0.15:
            service["languages"].append({"name": rng.choice(LANGUAGES)})
        services.append(service)
    return {
        "total_items": count,
        "page_number": 1,
        "total_pages": 1,
        "metadata": {"publisher": "kiosk bench", "title": "Synthetic Local Offer", "sample": True},
        "contents": services,
    }


def write_synthetic(path: Path, count: int, seed: int = 2024) -> Path:
    """Write the synthetic document to PATH and return PATH."""
    path.write_text(json.dumps(synthetic_document(count, seed)), encoding="utf-8")
    return path
