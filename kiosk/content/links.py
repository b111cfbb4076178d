"""Links inside topic pages: to another page, a local contact or a search of the directory.

A page links with ordinary Markdown, ``[label](target)``, where the target is one of:

- ``topic:ehc-plans``: another topic page, by its id;
- ``contact:sendiass``: someone to talk to, by its id in resources/contacts.toml;
- ``search:ehc needs assessment request``: the directory searched for those words (a
  council's own data has its own service ids, so pages name services by what they are).

Web addresses (https://...) are left as they are: the kiosk has no browser, so the page
screen shows them as QR codes from the front matter's ``links`` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class LinkKind(Enum):
    TOPIC = "topic"
    CONTACT = "contact"
    SEARCH = "search"


@dataclass(frozen=True)
class PageLink:
    """One tappable link in a page: what it says, and where it goes."""

    label: str
    kind: LinkKind
    target: str  # a topic id, a contact id, or the words to search for

    @property
    def url(self) -> str:
        return f"{self.kind.value}:{self.target}"


_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s][^)]*)\)")
_SCHEMES = {kind.value: kind for kind in LinkKind}


def parse_target(url: str) -> tuple[LinkKind, str] | None:
    """'topic:ehc-plans' -> (LinkKind.TOPIC, 'ehc-plans'); None for a web address or
    anything else the kiosk does not open."""
    scheme, colon, target = url.strip().partition(":")
    kind = _SCHEMES.get(scheme.lower())
    if kind is None or not colon or not target.strip():
        return None
    return kind, target.strip()


def page_links(body: str) -> tuple[PageLink, ...]:
    """Every kiosk link in a page's Markdown, in order (web addresses are left out)."""
    found = []
    for label, url in _MARKDOWN_LINK.findall(body):
        parsed = parse_target(url)
        if parsed is not None:
            found.append(PageLink(label.strip(), *parsed))
    return tuple(found)
