"""Load the SEND topic pages (Markdown with a simple front-matter block); stdlib only, no Qt."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

FENCE = "---"
DEFAULT_LANGUAGE = "en"
ICONS = frozenset(
    {"info", "people", "steps", "assessment", "plan", "directory"}
    | {"strategy", "handshake", "news", "glossary", "phone"}
)
KNOWN_KEYS = frozenset(
    {"id", "title", "summary", "icon", "order", "categories", "links", "keywords", "translation"}
)
# A translated page says whether a fluent speaker has checked it ("translation: unchecked").
TRANSLATION_STATES = ("unchecked", "checked")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_COMMENT_BESIDE = re.compile(r"[ \t]*<!--.*?-->", re.DOTALL)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


class ContentError(ValueError):
    """A topic file cannot be used; the message names the file and what to fix."""


@dataclass(frozen=True)
class TopicLink:
    label: str
    url: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    summary: str
    icon: str
    order: int
    categories: tuple[str, ...]
    links: tuple[TopicLink, ...]
    body: str
    # words and phrases the page answers ("ehcp; annual review"), found first by search
    keywords: tuple[str, ...] = ()
    # the HTML comments beside the facts (their sources), taken out of the body shown
    sources: tuple[str, ...] = ()
    # "" on an English page; "unchecked" or "checked" on a translation
    translation: str = ""
    # the language of the words: a page not yet translated is shown in English
    language: str = DEFAULT_LANGUAGE

    @property
    def unchecked(self) -> bool:
        """A translation a fluent speaker has not checked yet (visitors are told)."""
        return self.translation == "unchecked"


def load_topics(folder: Path) -> list[Topic]:
    """Every *.md topic in folder, sorted by order then id; ContentError if any file is bad."""
    if not folder.is_dir():
        raise ContentError(f"{folder}: topic folder not found")
    topics: list[Topic] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.md")):
        topic = parse_topic(path)
        if topic.id in seen:
            raise ContentError(
                f"{path.name}: duplicate id {topic.id!r} (also in {seen[topic.id].name})"
            )
        seen[topic.id] = path
        topics.append(topic)
    return sorted(topics, key=lambda t: (t.order, t.id))


def content_folder(language: str, root: Path) -> Path:
    """root/content/<language>, else its base language ("pl-PL" -> "pl"), else root/content/en."""
    base = root / "content"
    if _LANGUAGE.fullmatch(language):
        for candidate in (language, re.split(r"[-_]", language)[0]):
            if (base / candidate).is_dir():
                return base / candidate
    return base / DEFAULT_LANGUAGE


def load_topics_for(language: str, root: Path) -> list[Topic]:
    """The topic pages in LANGUAGE: each English page's translation where there is one,
    else the English page itself (its `language` says so, and the screen tells the visitor).
    A translated page must keep its English page's id, icon, order and categories."""
    english = load_topics(root / "content" / DEFAULT_LANGUAGE)
    folder = content_folder(language, root)
    code = folder.name
    if code == DEFAULT_LANGUAGE:
        return english
    translated = {topic.id: topic for topic in load_topics(folder)}
    pages = []
    for page in english:
        own = translated.get(page.id)
        if own is None:
            pages.append(page)
            continue
        if (own.icon, own.order, own.categories) != (page.icon, page.order, page.categories):
            raise ContentError(
                f"{code}/{page.id}.md: icon, order and categories must be the English page's"
            )
        pages.append(replace(own, language=code, links=own.links or page.links))
    return pages


def parse_topic(path: Path) -> Topic:
    """One topic file; ContentError (naming the file) if it is malformed."""
    name = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{name}: cannot read file ({exc})") from exc
    meta, body = _split_front_matter(name, text)
    sources = tuple(c.strip() for c in _COMMENT.findall(body))
    body = _COMMENT_BESIDE.sub("", body)
    for key in ("id", "title"):
        if not meta.get(key):
            raise ContentError(f"{name}: front matter is missing {key!r}")
    if not _ID.fullmatch(meta["id"]):
        raise ContentError(f"{name}: id {meta['id']!r} must be lower-case words joined by '-'")
    icon = meta.get("icon") or "info"
    if icon not in ICONS:
        raise ContentError(f"{name}: unknown icon {icon!r} (use one of {', '.join(sorted(ICONS))})")
    order_text = meta.get("order", "")
    try:
        order = int(order_text) if order_text else 0
    except ValueError:
        raise ContentError(f"{name}: order {order_text!r} is not a whole number") from None
    translation = meta.get("translation", "")
    if translation and translation not in TRANSLATION_STATES:
        raise ContentError(f"{name}: translation must be 'unchecked' or 'checked'")
    return Topic(
        id=meta["id"],
        title=meta["title"],
        summary=meta.get("summary", ""),
        icon=icon,
        order=order,
        categories=_listed(meta.get("categories", "")),
        links=_parse_links(name, meta.get("links", "")),
        body=body,
        keywords=_listed(meta.get("keywords", "")),
        sources=sources,
        translation=translation,
    )


def _listed(text: str) -> tuple[str, ...]:
    """The items of a 'one; two; three' front-matter value."""
    return tuple(item.strip() for item in text.split(";") if item.strip())


def _split_front_matter(name: str, text: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise ContentError(f"{name}: must start with a '---' front-matter block")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise ContentError(f"{name}: front-matter block is not closed with '---'") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or key not in KNOWN_KEYS:
            raise ContentError(
                f"{name}: line {number}: expected one of {', '.join(sorted(KNOWN_KEYS))}"
            )
        if key in meta:
            raise ContentError(f"{name}: line {number}: {key!r} is given twice")
        meta[key] = value.strip()
    return meta, "\n".join(lines[end + 1 :]).strip() + "\n"


def _parse_links(name: str, text: str) -> tuple[TopicLink, ...]:
    links: list[TopicLink] = []
    for item in (part.strip() for part in text.split(";")):
        if not item or item.lower() == "none":
            continue
        label, bar, url = (s.strip() for s in item.partition("|"))
        if not bar or not label or not url:
            raise ContentError(f"{name}: link {item!r} must be written 'label | url'")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
            raise ContentError(f"{name}: link {url!r} must be an http(s) web address")
        links.append(TopicLink(label, url))
    return tuple(links)
