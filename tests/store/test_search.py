"""Query parsing without a database: words, caps, synonyms, typo fixes, safe FTS5 text."""

from __future__ import annotations

import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.store.search import (
    MAX_QUERY_CHARS,
    MAX_TOKEN_CHARS,
    MAX_TOKENS,
    Synonyms,
    TermList,
    fold,
    load_stopwords,
    load_synonyms,
    parse_query,
    plain_letters,
    suggestion,
    tokenize,
    words,
)
from kiosk.store.vocabulary import read_rows

TERMS = TermList(
    {
        "autism": 40,
        "autistic": 12,
        "dyslexia": 9,
        "wheelchair": 15,
        "speech": 30,
        "language": 31,
        "therapy": 25,
        "support": 90,
        "supper": 1,
        "group": 50,
        "swimming": 8,
        "leek": 5,
        "the": 99,
    }
)


@pytest.fixture(scope="module")
def synonyms() -> Synonyms:
    return load_synonyms()


def test_fold_lowers_and_removes_accents() -> None:
    assert fold("Café ÉCOLE") == "cafe ecole"
    assert fold("Ｓｐｅｅｃｈ") == "speech"  # full-width letters from some keyboards


def test_fold_keeps_what_makes_a_letter_in_each_script() -> None:
    # Polish and Romanian accents go (ș with the comma below, ş with the old cedilla);
    # ł has no accent to drop, as the service index (unicode61) keeps it
    assert fold("ŁÓDŹ Școală Ştiinţă") == "łodz scoala stiinta"
    assert plain_letters(fold("Łódź")) == fold(plain_letters("ŁÓDŹ")) == "lodz"
    # Arabic script: vowel marks and the joining stroke go, Arabic keyboards' letters
    # become Urdu's, digits become 0-9; the letters themselves stay
    assert fold("بچّوں") == fold("بچوں") == "بچوں"
    assert fold("كيه") == "کیہ" and fold("مـدد") == "مدد" and fold("۵ سال") == "5 سال"
    # Gurmukhi: vowel signs and the virama stay (they make the word), the nukta goes
    assert fold("ਕ੍ਰਿਪਾ") == "ਕ੍ਰਿਪਾ" and fold("ਖ਼ਾਸ") == "ਖਾਸ" and fold("੧੨") == "12"


def test_words_in_other_scripts_are_whole() -> None:
    assert tokenize("ਪੰਜਾਬੀ ਸਕੂਲ। ਬੱਚੇ") == ["ਪੰਜਾਬੀ", "ਸਕੂਲ", "ਬੱਚੇ"]
    assert tokenize("بچوں کی مدد، سکول؟") == ["بچوں", "کی", "مدد", "سکول"]
    assert tokenize("naïve café") == ["naive", "cafe"]
    assert words("a " * 100) == ["a"] * 100  # a page's words are not capped as a query's


def test_tokenize_keeps_only_words() -> None:
    assert tokenize('name:"autism" AND (NEAR(x y) OR ^play*)') == [
        "name",
        "autism",
        "and",
        "near",
        "x",
        "y",
        "or",
        "play",
    ]
    assert tokenize("children's 🙂 \x00\x1b[31m") == ["children", "s", "31m"]
    assert tokenize("") == [] and tokenize("*** ((( ") == []


def test_tokenize_caps_length_and_count() -> None:
    assert len(tokenize("word " * 1000)) == MAX_TOKENS
    assert len(tokenize("x" * 10_000)[0]) == MAX_TOKEN_CHARS
    assert tokenize("a" * MAX_QUERY_CHARS + " hidden") == ["a" * MAX_TOKEN_CHARS]


def test_synonyms_csv_has_the_send_abbreviations() -> None:
    rows = read_rows("synonyms.csv")
    assert {"term", "means"} <= set(rows[0])
    terms = {row["term"].lower() for row in rows}
    for needed in (
        "asd",
        "asc",
        "adhd",
        "ehcp",
        "ehcna",
        "salt",
        "slt",
        "semh",
        "senco",
        "vi",
        "hi",
        "msi",
        "ot",
        "camhs",
        "pfa",
        "respite",
    ):
        assert needed in terms, needed


def test_synonym_groups_work_both_ways(synonyms: Synonyms) -> None:
    assert ("autism",) in synonyms.of(("asd",))
    assert ("asc",) in synonyms.of(("asd",))  # same meaning, so the same group
    assert ("asd",) in synonyms.of(("autism",))
    assert ("speech", "and", "language", "therapy") in synonyms.of(("salt",))
    assert ("salt",) in synonyms.of(("speech", "and", "language", "therapy"))
    assert ("short", "breaks") in synonyms.of(("respite",))


def test_synonym_rows_that_say_nothing_are_ignored() -> None:
    rows = [
        {"term": "", "means": "autism"},
        {"term": "asd", "means": ""},
        {"term": "Autism", "means": "autism"},  # the same words once folded
        {"term": "asd", "means": "autism"},
    ]
    assert Synonyms.from_rows(rows).alternatives == {
        ("asd",): frozenset({("autism",)}),
        ("autism",): frozenset({("asd",)}),
    }


def test_typo_fixes_stay_right_while_their_memory_stays_bounded() -> None:
    terms = TermList({"wheelchair": 3, "autism": 5})
    assert terms.closest("wheelchiar", 2) == "wheelchair"
    for n in range(1500):  # a kiosk left running for months meets many typed words
        terms.closest(f"word{n}", 1)
    assert len(terms._closest) <= 1024
    assert terms.closest("wheelchiar", 2) == "wheelchair"
    assert terms.closest("autsim", 2) == "autism"


def test_multi_word_synonyms_are_found_in_a_query(synonyms: Synonyms) -> None:
    parsed = parse_query("education health and care plan", synonyms)
    assert len(parsed.groups) == 1
    assert ("ehcp",) in parsed.groups[0].alternatives


def test_stopwords_are_dropped_unless_they_are_all_there_is(synonyms: Synonyms) -> None:
    stop = load_stopwords()
    assert [g.words for g in parse_query("help with autism", synonyms, stop).groups] == [
        ("help",),
        ("autism",),
    ]
    assert [g.words for g in parse_query("the", synonyms, stop).groups] == [("the",)]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("autsim", "autism"),
        ("dyslexa", "dyslexia"),
        ("wheelchiar", "wheelchair"),
        ("speach", "speech"),
    ],
)
def test_typos_are_corrected_from_the_index_terms(synonyms: Synonyms, typed: str, meant: str):
    parsed = parse_query(typed, synonyms, terms=TERMS)
    assert parsed.corrections == ((typed, meant),)
    assert f'"{meant}"' in parsed.expression()


def test_prefixes_and_known_words_are_not_corrected(synonyms: Synonyms) -> None:
    for text in ("aut", "whee", "autism", "sup", "salt"):
        assert parse_query(text, synonyms, terms=TERMS).corrections == ()


def test_short_words_are_never_corrected() -> None:
    assert TERMS.closest("lek", 0) is None
    assert parse_query("lek", Synonyms({}), terms=TERMS).corrections == ()


def test_suggestion_respells_with_looser_rules(synonyms: Synonyms) -> None:
    parsed = parse_query("swimmmmming", synonyms, terms=TERMS)  # three slips: too many
    assert suggestion(parsed, TERMS) == "swimming"
    assert suggestion(parse_query("autism", synonyms, terms=TERMS), TERMS) is None


def test_one_or_two_letters_match_the_start_of_words_in_names(synonyms: Synonyms) -> None:
    parsed = parse_query("a", synonyms)
    assert parsed.short_only
    assert parsed.expression() == '{name} : ("a"*)'
    assert not parse_query("ot", synonyms).short_only  # an abbreviation, not a prefix


def test_redundant_alternatives_are_left_out(synonyms: Synonyms) -> None:
    expression = parse_query("autism", synonyms).expression()
    assert "autism spectrum" not in expression  # "autism"* already finds those
    assert '"asd"' in expression


FTS5_WORD = re.compile(r'"[^"]*"\*?')


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_quoted_words_only(text: str) -> None:
    parsed = parse_query(text, load_synonyms(), load_stopwords(), TERMS)
    for expression in (parsed.expression(), parsed.expression(any_word=True, names_only=True)):
        if not parsed.groups:
            continue
        bare = FTS5_WORD.sub("", expression)
        # outside the quoted strings only our own operators, brackets and column filter
        assert set(re.findall(r"[A-Za-z_]+", bare)) <= {"AND", "OR", "name"}, expression


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_text_is_a_valid_fts5_query(text: str) -> None:
    conn = _fts_connection()
    parsed = parse_query(text, load_synonyms(), load_stopwords(), TERMS)
    if parsed.groups:
        for expression in (parsed.expression(), parsed.expression(any_word=True)):
            conn.execute("SELECT rowid FROM f WHERE f MATCH ?", [expression]).fetchall()


_CONN: list[sqlite3.Connection] = []


def _fts_connection() -> sqlite3.Connection:
    if not _CONN:
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE f USING fts5(name, description, prefix='1 2 3')")
        conn.execute("INSERT INTO f VALUES ('Autism group', 'speech and language therapy')")
        _CONN.append(conn)
    return _CONN[0]


def test_suggestion_does_not_repeat_a_correction_already_made(synonyms: Synonyms) -> None:
    parsed = parse_query("swiming", synonyms, terms=TERMS)
    assert parsed.corrections == (("swiming", "swimming"),)
    assert suggestion(parsed, TERMS) is None


def test_a_short_abbreviation_with_synonyms_is_a_whole_word() -> None:
    synonyms = Synonyms.from_rows([{"term": "ADD", "means": "attention deficit disorder"}])
    group = parse_query("add", synonyms).groups[0]
    assert not group.typed_prefix and group.typed() == '"add"'
    assert parse_query("adding", synonyms).groups[0].typed() == '"adding"*'


def test_the_words_as_typed_are_looked_for_in_names_first() -> None:
    synonyms = Synonyms.from_rows([{"term": "play scheme", "means": "holiday club"}])
    assert parse_query("holiday club", synonyms).typed_in_name() == '{name} : "holiday club"*'
    assert parse_query("after school", synonyms).typed_in_name() == '{name} : "after school"*'
    assert parse_query("swimming", synonyms).typed_in_name() is None  # the names stage already
    assert parse_query("a b", synonyms).typed_in_name() is None  # letters: names by prefix
