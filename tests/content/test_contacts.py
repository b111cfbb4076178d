"""The contacts file: loads, says its hours in the one wording, and warns of placeholders."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.content.contacts import ContactsError, load_contacts

GOOD = 'id = "a"\nname = "A"\nhelps_with = "Help."\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "contacts.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_contacts_load_with_placeholders_marked() -> None:
    contacts = {c.id: c for c in load_contacts()}
    assert set(contacts) >= {"sendiass", "send-team", "parent-carer-forum", "family-hub"}
    assert contacts["send-team"].hours_text() == ["Monday to Friday, 9am to 5pm"]
    assert "email" not in contacts["send-team"].placeholders()
    for contact in contacts.values():
        assert contact.source or contact.placeholders(), contact.id


def test_a_good_contact(tmp_path: Path) -> None:
    text = (
        "[[contact]]\n"
        + GOOD
        + (
            'phone = "01785 000000"\ntext_relay = "18001 01632 960001"\nemail = "a@example.com"\n'
            'website = "https://www.example.org"\naddress = "Placeholder"\n'
            'hours = [{ days = ["FR", "MO"], opens = "09:30", closes = "12:00" }]\n'
        )
    )
    (contact,) = load_contacts(write(tmp_path, text))
    assert contact.hours[0].days == ("MO", "FR")
    assert contact.placeholders() == ["text_relay", "email", "website", "address"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not toml [", "not valid TOML"),
        ("x = 1", "no \\[\\[contact"),
        ("contact = [1]", "must be a table"),
        ("[[contact]]\n" + GOOD + "fax = '1'", "unknown field 'fax'"),
        ("[[contact]]\n" + GOOD + "phone = 1", "must be text"),
        ("[[contact]]\nid = 'a'\nname = 'A'", "'helps_with' is missing"),
        ("[[contact]]\nid = 'A b'\nname = 'A'\nhelps_with = 'x'", "lower-case"),
        ("[[contact]]\n" + GOOD + "phone = 'call us'", "not a phone number"),
        ("[[contact]]\n" + GOOD + "email = 'nobody'", "has no '@'"),
        ("[[contact]]\n" + GOOD + "website = 'http://x.org'", "https://"),
        ("[[contact]]\n" + GOOD + "hours = [1]", "write {"),
        ("[[contact]]\n" + GOOD + "hours = [{ days = ['XX'] }]", "days must be"),
        ("[[contact]]\n" + GOOD + "hours = [{ days = ['MO'], opens = '9am' }]", "24-hour"),
        (
            "[[contact]]\n"
            + GOOD
            + "hours = [{ days = ['MO'], opens = '17:00', closes = '09:00' }]",
            "not after",
        ),
        ("[[contact]]\n" + GOOD + "[[contact]]\n" + GOOD, "used twice"),
    ],
)
def test_bad_files_say_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ContactsError, match=message):
        load_contacts(write(tmp_path, text))


def test_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ContactsError, match="cannot read"):
        load_contacts(tmp_path / "missing.toml")
