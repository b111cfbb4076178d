"""Write the packaged sample dataset, data/local_offer.json (Open Referral UK 3.0 JSON).

The words come from tools/sample_data/*.toml (services.toml says how to add a kind of service);
the districts, the Local Offer categories, the SEND needs and the day names from the kiosk's
vocabulary (resources/vocabulary). Every service, organisation, address, phone number (Ofcom's
drama range 01632 960xxx) and web or email address (example.org / example.com) is invented. The
only real bodies named are Staffordshire County Council and the NHS Staffordshire and
Stoke-on-Trent Integrated Care Board, for the SEND jobs they really do; their contact details are
invented too.

Deterministic: the same words make the same file, byte for byte, on every run.

    .venv/bin/python tools/make_sample_data.py [--out PATH] [--words FOLDER]
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

# this checkout's kiosk, whichever one is installed
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sample_words import PLACED, WORDS, Cost, Kind, Words, WordsError, read_words

from kiosk.store import vocabulary
from kiosk.store.days import ENGLISH_DAY_NAMES

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "data" / "local_offer.json"
SEED = 20261128
NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://www.example.org/staffordshire-send-kiosk/sample")

Json = dict[str, Any]


# ---- the generator ---------------------------------------------------------------------------
def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()
    return "-".join(words)


def money(amount: float) -> str:
    return f"£{amount:.2f}" if amount != int(amount) else f"£{int(amount)}"


class Builder:
    """Makes the services one at a time from one random sequence.

    The file depends on the order of every random draw: a change here that draws in a different
    order (even a draw whose result is not used) changes the file.
    """

    def __init__(self, words: Words) -> None:
        self.words = words
        self.rng = random.Random(SEED)
        self.street_words = list(words.street_words)
        self.rng.shuffle(self.street_words)
        self.phones = [f"01632 960{n:03d}" for n in range(1000)]
        self.rng.shuffle(self.phones)
        self.orgs: dict[str, Json] = {}
        self.org_cycle = {
            kind: self.rng.sample(names, len(names))
            for kind, names in words.organisation_kinds.items()
        }
        self.org_turn = dict.fromkeys(words.organisation_kinds, 0)
        self.venues: dict[tuple[str, str, str], Json] = {}
        self.district_turn = 0
        self.names: set[str] = set()
        self.categories = {c.id: c for c in vocabulary.categories()}
        self.needs = {n.id: n for n in vocabulary.needs()}

    # organisations ----------------------------------------------------------------------------
    def organisation(self, spec: str) -> Json:
        """The next organisation of a kind, in turn, or the one named."""
        name = spec
        if spec in self.org_cycle:
            name = self.org_cycle[spec][self.org_turn[spec] % len(self.org_cycle[spec])]
            self.org_turn[spec] += 1
        if name not in self.orgs:
            about = self.words.organisations[name]
            local = about.get("email") or ".".join(slug(name).split("-")[:2])
            domain = "example.com" if len(self.orgs) % 3 == 2 else "example.org"
            self.orgs[name] = {
                "id": uid("organisation", name),
                "name": name,
                "description": about["about"],
                "email": f"{local}@{domain}",
                "website": f"https://www.{domain}/{slug(name)}",
            }
        return self.orgs[name]

    # places -----------------------------------------------------------------------------------
    def next_district(self, avoid: str = "") -> str:
        districts = [d for d in self.words.towns if d != avoid]
        district = districts[self.district_turn % len(districts)]
        self.district_turn += 1
        return district

    def venue(self, district: str, kind: str, org: Json) -> Json:
        towns = self.words.towns[district]
        town = self.rng.choice([towns[0], *towns])  # the main town twice
        venue = self.words.venues[kind]
        key = (town.name, kind, org["name"] if venue.owned else "")
        if key in self.venues:
            return self.venues[key]
        rng = self.rng
        words, n = self.street_words, len(self.venues)
        word = words[n % len(words)]
        name = rng.choice(venue.names).format(word=word, org=org["name"], town=town.name)
        loc_id = uid("location", *key)
        street = f"{rng.randint(1, 120)} {words[-1 - n % len(words)]} "
        inward = f"{rng.randint(1, 9)}{''.join(rng.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in '12')}"
        notes = rng.sample(self.words.access, rng.randint(1, 3))
        self.venues[key] = {
            "id": loc_id,
            "name": name,
            "description": rng.choice(venue.descriptions),
            "latitude": round(town.latitude + rng.uniform(-0.006, 0.006), 5),
            "longitude": round(town.longitude + rng.uniform(-0.006, 0.006), 5),
            "addresses": [
                {
                    "id": uid(loc_id, "address"),
                    "address_1": street + rng.choice(self.words.street_endings),
                    "city": town.name,
                    "region": district,
                    "state_province": "Staffordshire",
                    "postal_code": f"{rng.choice(town.postcodes)} {inward}",
                    "country": "GB",
                }
            ],
            "accessibility": [
                {"id": uid(loc_id, "access", i), "description": note}
                for i, note in enumerate(notes)
            ],
        }
        return self.venues[key]

    # one service ------------------------------------------------------------------------------
    def service(self, t: Kind, i: int) -> Json:
        rng, say = self.rng, self.words.sentences
        sid = uid("service", t.id, i)
        county = t.where == "county" or (t.where == "mixed" and rng.random() < 0.2)
        if (
            t.where == "mixed"
            and {n.pattern for n in t.names if not PLACED.search(n.pattern)} <= self.names
        ):
            county = False  # every county-wide name is taken: this one gets a building

        # the name: in turn, so each is used; one with a building says where it is, and one
        # with no building cannot name a town
        entries = [n for n in t.names if not county or not PLACED.search(n.text())]
        if not county:
            entries = [n for n in entries if "{" in n.pattern] or entries
        entry = entries[i % len(entries)]
        org = self.organisation(entry.organisation or t.organisation)
        locations: list[Json] = []
        districts: list[str] = []
        if not county:
            districts.append(self.next_district())
            if rng.random() < 0.12:
                districts.append(self.next_district(avoid=districts[0]))
            venue = entry.venue or t.venue
            locations = [self.venue(d, venue, org) for d in districts]
        town = locations[0]["addresses"][0]["city"] if locations else ""
        fill = {"town": town, "district": districts[0] if districts else "", "org": org["name"]}
        name = entry.pattern.format(**fill)
        if name in self.names:  # never repeat a name: try the other entries, then add the place
            for other in entries:
                if other.organisation is None and other.pattern.format(**fill) not in self.names:
                    entry, name = other, other.pattern.format(**fill)
                    break
            else:
                name = f"{name} ({town or org['name']})"
        self.names.add(name)
        need = entry.need or t.need
        cats = [t.categories[0]]
        if entry.category:
            cats.append(entry.category)
        elif len(t.categories) > 1 and rng.random() < 0.65:
            cats.append(t.categories[1])
        # description: an opening sentence, one or two details, sometimes a closing line
        openings = [s for s in t.openings if not county or not PLACED.search(s)]
        opening = entry.opening or openings[i % len(openings)]
        more = [s for s in t.details if not county or not PLACED.search(s)]
        sentences = [opening, *rng.sample(more, min(len(more), rng.choice((1, 1, 2))))]
        if rng.random() < 0.5:
            sentences.append(rng.choice(self.words.styles[t.style].closing))
        sentences = [s.format(**fill) for s in sentences]
        url = f"https://www.{org['website'].split('www.')[1]}/{slug(name)[:60]}"
        html = rng.random() < 0.10
        description = self.html(sentences[:3], url) if html else " ".join(sentences)

        service: Json = {
            "id": sid,
            "name": name,
            "description": description,
            "url": url,
            "email": org["email"],
            "status": "active",
        }
        service["fees_description"], cost_options = self.costs(sid, t.cost)
        ages = entry.ages or (rng.choice(t.ages) if t.ages else None)
        if ages:
            service["minimum_age"], service["maximum_age"] = ages
        span = say["eligibility.all_ages"]
        if ages:
            span = say["eligibility.ages"].format(low=ages[0], high=ages[1])
        where = say["eligibility.county"]
        if not county:
            where = say["eligibility.local"].format(district=fill["district"])
        service["eligibility_description"] = f"{self.words.styles[t.style].who} {span} {where}"
        service["application_process"] = rng.choice(self.words.apply[t.apply])
        changed = datetime.date(2026, 5, 1) + datetime.timedelta(days=rng.randint(0, 205))
        service["last_modified"] = (
            f"{changed.isoformat()}T{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:00Z"
        )
        service["assured_date"] = (
            changed - datetime.timedelta(days=rng.randint(0, 40))
        ).isoformat()
        service["organization"] = org
        service["service_at_locations"] = [
            {"id": uid(sid, "at", loc["id"]), "location": loc} for loc in locations
        ]
        service["phones"] = self.phone_list(sid)
        if rng.random() < 0.45:
            role, title = rng.choice(self.words.styles[t.style].contacts)
            service["contacts"] = [
                {
                    "id": uid(sid, "contact"),
                    "name": role,
                    "title": title,
                    "email": f"{slug(role).split('-')[0]}.{org['email']}",
                }
            ]
        service["schedules"] = self.schedules(sid, t.schedules)
        service["cost_options"] = cost_options
        areas = [say["service_areas.county_name"]] if county else list(dict.fromkeys(districts))
        service["service_areas"] = [
            {
                "id": uid(sid, "area", a),
                "name": a,
                "description": say["service_areas.county"]
                if county
                else say["service_areas.local"].format(district=a),
            }
            for a in areas
        ]
        service["languages"] = self.language_list(sid, t.languages, need)
        terms = [self.term(c) for c in cats]
        if need:
            terms.append(self.need_term(need))
        service["attributes"] = [
            {"id": uid(sid, "attribute", term["id"]), "taxonomy_term": term} for term in terms
        ]
        return service

    def costs(self, sid: str, cost: Cost) -> tuple[str, list[Json]]:
        """(fees_description, cost_options): free, or a price with sometimes a reduced rate."""
        say = self.words.sentences

        def option(k: int, name: str, amount: float, per: str) -> Json:
            return {"id": uid(sid, "cost", k), "option": name, "amount": amount,
                    "currency": "GBP", "amount_description": per}  # fmt: skip

        if self.rng.random() < cost.chance_free:  # drawn even when always free: same file
            free = option(0, say["costs.free_option"], 0, say["costs.free_per"])
            return self.rng.choice(self.words.free_words), [free]
        amount = self.rng.choice(cost.amounts)
        fees = say["costs.price"].format(amount=money(amount), per=cost.per)
        options = [option(0, cost.option, amount, cost.per)]
        if self.rng.random() < 0.3:
            low: float = round(amount * 2) / 4  # about half, to the nearest 25p
            low = int(low) if low == int(low) else low
            fees += " " + say["costs.reduced_price"].format(amount=money(low))
            per = say["costs.reduced_per"].format(per=cost.per)
            options.append(option(1, say["costs.reduced_option"], low, per))
        return fees, options

    def html(self, sentences: list[str], url: str) -> str:
        """Light HTML of the kind real council feeds carry; the kiosk's importer cleans it."""
        first, rest = sentences[0], " ".join(sentences[1:])
        rest = rest.replace(" and ", " &amp; ", 1)
        link = self.words.sentences["descriptions.link"].format(url=url)
        tail = "<p>&nbsp;</p>" if self.rng.random() < 0.5 else ""
        return f"<p>{first}&nbsp;</p><p>{rest}<br>{link}</p>{tail}"

    def phone_list(self, sid: str) -> list[Json]:
        count = 2 if self.rng.random() < 0.12 else 1
        notes = self.rng.sample(self.words.phone_notes, count)
        return [
            {
                "id": uid(sid, "phone", k),
                "number": self.phones.pop(),
                "type": "voice",
                "description": notes[k],
            }
            for k in range(count)
        ]

    def schedules(self, sid: str, styles: tuple[str, ...]) -> list[Json]:
        if not styles:
            return []
        rng = self.rng
        chosen = [rng.choice(styles)]
        if len(styles) > 1 and rng.random() < 0.15:
            chosen.append(next(s for s in styles if s != chosen[0]))
        out = []
        for k, style in enumerate(chosen):
            schedule = self.words.schedules[style]
            byday = rng.choice(schedule.days)
            hours = rng.choice(schedule.hours)
            note = rng.choice(schedule.notes)
            monthly = byday[0].isdigit()  # "2WE": the second Wednesday of each month
            if monthly:
                ordinal = self.words.ordinals[int(byday[0]) - 1]
                day = ENGLISH_DAY_NAMES[byday[1:]]
                note = self.words.sentences["monthly.note"].format(ordinal=ordinal, day=day)
            item: Json = {
                "id": uid(sid, "schedule", k),
                "freq": "MONTHLY" if monthly else "WEEKLY",
                "byday": byday,
            }
            if hours:
                item["opens_at"], item["closes_at"] = f"{hours[0]}:00", f"{hours[1]}:00"
            if note:
                item["description"] = note
            out.append(item)
        return out

    def language_list(self, sid: str, always: tuple[str, ...], need: str | None) -> list[Json]:
        first, *others = self.words.languages
        codes = [first, *always]
        codes += [c for c in self.words.needs_languages.get(need or "", ()) if c not in codes]
        if self.rng.random() < 0.2:
            codes += [c for c in self.rng.sample(others, self.rng.randint(1, 2)) if c not in codes]
        names = self.words.languages
        return [{"id": uid(sid, "language", c), "name": names[c], "code": c} for c in codes]

    def term(self, category_id: str) -> Json:
        category = self.categories[category_id]
        return {
            "id": category.id,
            "name": category.name,
            "description": category.description,
            "parent_id": None,
            "taxonomy": self.words.dataset["category_taxonomy"],
        }

    def need_term(self, need_id: str) -> Json:
        return {
            "id": need_id,
            "name": self.needs[need_id].name,
            "description": self.words.dataset["need_description"],
            "parent_id": None,
            "taxonomy": self.words.dataset["need_taxonomy"],
        }


def build(words: Words) -> Json:
    builder = Builder(words)
    services = [builder.service(t, i) for t in words.kinds for i in range(t.count)]
    builder.rng.shuffle(services)  # mix the kinds, as a real directory export would be
    about = words.dataset
    return {
        "metadata": {
            "publisher": about["publisher"],
            "published": about["published"],
            "version": about["version"],
            "sample": True,  # always: the kiosk shows its "Sample data" badge from this
            "title": about["title"],
            "notice": about["notice"],
        },
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": False,
        "contents": services,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT})")
    parser.add_argument("--words", type=Path, default=WORDS, help=f"read (default {WORDS})")
    args = parser.parse_args(argv)
    try:
        words = read_words(args.words)
    except WordsError as error:
        print(f"make_sample_data: {error}", file=sys.stderr)
        return 2
    text = json.dumps(build(words), indent=1, ensure_ascii=False) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.out} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
