"""The shared coreference resolver: names, surnames, pronouns, nominal descriptions, cataphora."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.extract import coref, people
from service.extract.article import Article, parse_article
from service.extract.facts import Span

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_0eb40ad50682e302.txt"

LEAD = "SEOUL, May 2 (Yonhap) -- "


def _article(paragraphs: list[str], headline: str = "Officials meet on trade") -> Article:
    """A wire story: headline, then the paragraphs (the first one carries the dateline)."""
    body = "\n\n".join([LEAD + paragraphs[0], *paragraphs[1:]])
    return parse_article(f"{headline}\n\n{body}\n", "t")


def _span(article: Article, phrase: str, nth: int = 0) -> Span:
    """The span of the *nth* occurrence of *phrase* in the article text."""
    found = list(re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", article.text))
    return Span(*found[nth].span())


def _resolve(paragraphs: list[str], phrase: str, nth: int = 0) -> tuple[str | None, str | None]:
    article = _article(paragraphs)
    found = coref.resolve(article, people.extract(article), _span(article, phrase, nth))
    return (found.person.name, found.rule) if found is not None else (None, None)


# (paragraphs, phrase, nth occurrence, expected person, expected rule)
CASES_NAMES = [
    (
        ["Lena Marsh said the bridge was ready.", "Marsh said crews were ahead."],
        "Marsh",
        1,
        "Lena Marsh",
        "coref.surname",
    ),
    (["Park Ji-won met envoys.", "Park said talks went well."], "Park", 1, "Park Ji-won", "coref.surname"),
    (["Assistant Secretary Mia Stone said so."], "Assistant Secretary Mia Stone", 0, "Mia Stone", "coref.name"),
    (["Ms. Ann Lee said so.", "Ms. Lee added more."], "Ms. Lee", 0, "Ann Lee", "coref.surname"),
    (
        ["Kim Yo-jong met Kim Tok-hun.", "Kim Tok-hun said the talks went well. Kim added more."],
        "Kim",
        3,
        "Kim Tok-hun",
        "coref.surname",
    ),
    (
        ["Ursula von der Leyen spoke.", "Von der Leyen said the deal was done."],
        "Von der Leyen",
        0,
        "Ursula von der Leyen",
        "coref.surname",
    ),
    (["Lena Marsh said the bridge was ready."], "Lena Marsh", 0, "Lena Marsh", "coref.name"),
    (["Seoul officials said the talks would resume."], "Seoul officials", 0, None, None),
    (["The ministry said the talks would resume."], "The ministry", 0, None, None),
]

CASES_PRONOUNS = [
    (
        ["Lena Marsh said the bridge was ready.", '"Crews are ahead," she said.'],
        "she",
        0,
        "Lena Marsh",
        "coref.pronoun",
    ),
    (
        ["Tomas Reyes met Lena Marsh on Monday.", '"It is done," she said.'],
        "she",
        0,
        "Lena Marsh",
        "coref.pronoun",
    ),
    (
        ["Ms. Ann Lee met Mr. Tomas Reyes on Monday.", '"It is done," he said.'],
        "he",
        0,
        "Tomas Reyes",
        "coref.pronoun",
    ),
    (
        ["Tomas Reyes said the port was closed.", "Lena Marsh said the bridge was open.", '"It is," she said.'],
        "she",
        0,
        "Lena Marsh",
        "coref.pronoun",
    ),
    (
        ["Tomas Reyes said the port was closed.", "Lena Marsh visited.", '"It is," he said.'],
        "he",
        0,
        "Tomas Reyes",
        "coref.pronoun",
    ),
    (
        ["Park Ji-won said the port was closed.", "It rained.", "It rained more.", "It stopped.", '"Yes," he said.'],
        "he",
        0,
        None,
        None,
    ),
    (
        ['Park Ji-won said, "I met Tomas Reyes yesterday."', '"He was late," he said.'],
        "he",
        0,
        "Park Ji-won",
        "coref.pronoun",
    ),
    (
        ["Seoul officials said Jeong Eun-bo called his counterpart, Donna Kerr."],
        "his",
        0,
        "Jeong Eun-bo",
        "coref.pronoun",
    ),
    (
        ["Tomas Reyes declined to comment when he was asked about the delay."],
        "he",
        0,
        "Tomas Reyes",
        "coref.pronoun",
    ),
    (
        ["Lena Marsh, the transport commissioner, said the bridge was ready.", "She added that crews were ahead."],
        "She",
        0,
        "Lena Marsh",
        "coref.pronoun",
    ),
    (["The port said the bridge was ready.", '"Yes," she said.'], "she", 0, None, None),
]

CASES_NOMINALS = [
    (
        ["Assistant Secretary of State Mia Stone said talks went well.", '"Yes," said the U.S. diplomat.'],
        "the U.S. diplomat",
        0,
        "Mia Stone",
        "coref.nominal",
    ),
    (
        ["Foreign Minister Park Jin said talks went well.", '"Yes," the minister said.'],
        "the minister",
        0,
        "Park Jin",
        "coref.nominal",
    ),
    (
        ["Chief negotiator Lee Do-hoon met envoys.", '"We are close," the negotiator said.'],
        "the negotiator",
        0,
        "Lee Do-hoon",
        "coref.nominal",
    ),
    (
        ["Ambassador Mia Stone arrived.", '"We are close," the envoy said.'],
        "the envoy",
        0,
        "Mia Stone",
        "coref.nominal",
    ),
    (
        ["Unification Minister Kwon Young-se met reporters.", '"Talks will resume," the official said.'],
        "the official",
        0,
        "Kwon Young-se",
        "coref.nominal",
    ),
    (
        ["Ministry spokesperson Lim Soo-suk spoke.", '"No comment," the spokesperson said.'],
        "the spokesperson",
        0,
        "Lim Soo-suk",
        "coref.nominal",
    ),
    (
        ["Lena Marsh, a teacher, said the school was closed.", '"Yes," the official said.'],
        "the official",
        0,
        None,
        None,
    ),
    (
        [
            "Foreign Minister Park Jin met Japanese Foreign Minister Taro Kono.",
            "Kono said the talks went well.",
            '"We agreed," the Japanese minister said.',
        ],
        "the Japanese minister",
        0,
        "Taro Kono",
        "coref.nominal",
    ),
    (
        [
            "Deputy Harbor Master Tomas Reyes said dredging was late.",
            "Lena Marsh, the city's transport commissioner, said the bridge was open.",
            "The harbor official said costs rose.",
        ],
        "The harbor official",
        0,
        "Tomas Reyes",
        "coref.nominal",
    ),
    (
        [
            "Foreign Minister Park Jin met reporters.",
            "Defense Minister Suh Wook said the drills would go ahead.",
            '"They will," the minister said.',
        ],
        "the minister",
        0,
        "Suh Wook",
        "coref.nominal",
    ),
    (
        ["Foreign Minister Park Jin met reporters.", "Prices rose.", '"Yes," a senior official said.'],
        "a senior official",
        0,
        None,
        None,
    ),
]

CASES_NOMINALS_TRAPS = [
    (
        ["Vice President Mia Stone met reporters.", '"Yes," the president said.'],
        "the president",
        0,
        None,
        None,
    ),
    (
        ["President Tomas Reyes met reporters.", "The next president must act, he said."],
        "The next president",
        0,
        None,
        None,
    ),
    (
        ["Campaign chairman Tomas Reyes met reporters.", '"Yes," the Ukrainian leader said.'],
        "the Ukrainian leader",
        0,
        None,
        None,
    ),
    (
        ["Defense Minister Suh Wook met reporters.", '"Yes," the South Korean minister said.'],
        "the South Korean minister",
        0,
        "Suh Wook",
        "coref.nominal",
    ),
    (
        ["He was offered the job of communications director, Tomas Reyes said."],
        "the job of communications director",
        0,
        None,
        None,
    ),
]

CASES_ANONYMOUS = [
    (
        [
            "Foreign Minister Park Jin met reporters.",
            "The official, who asked not to be named, said talks would resume.",
        ],
        "The official",
        0,
        None,
        None,
    ),
    (
        [
            "Talks will resume, a senior official said, speaking on condition of anonymity.",
            "Foreign Minister Park Jin said so.",
        ],
        "a senior official",
        0,
        None,
        None,
    ),
]

CASES_CATAPHORA = [
    (
        [
            "Talks will resume next month, a ranking U.S. diplomat said Thursday.",
            '"We are close," Assistant Secretary of State Mia Stone said.',
        ],
        "a ranking U.S. diplomat",
        0,
        "Mia Stone",
        "coref.cataphora",
    ),
    (
        [
            "The port will delay its tender, a senior harbor official said Tuesday.",
            "Lena Marsh, a teacher, watched.",
            '"We need time," Deputy Harbor Master Tomas Reyes said.',
        ],
        "a senior harbor official",
        0,
        "Tomas Reyes",
        "coref.cataphora",
    ),
    (
        [
            "Talks will resume, a senior official said.",
            "Prices rose.",
            "Prices fell.",
            "Prices rose again.",
            "Foreign Minister Park Jin said so.",
        ],
        "a senior official",
        0,
        None,
        None,
    ),
    (
        [
            "Talks will resume, a ranking U.S. diplomat said.",
            '"We are close," South Korean Vice Foreign Minister Choi Jong-kun said.',
            '"Yes," Assistant Secretary of State Mia Stone said.',
        ],
        "a ranking U.S. diplomat",
        0,
        "Mia Stone",
        "coref.cataphora",
    ),
]

# Two people sharing a family name (very common in Korean news): a person named inside the quotation being
# attributed is not its speaker; the lead's subject beats a name in a subordinate clause.
CASES_SHARED_FAMILY = [
    (
        [
            "Unification Minister Lee Ha-na expressed regret Friday after opposition leader Lee Do-jin "
            "suggested abolishing the ministry.",
            '"I would like to ask whether Chairman Lee Do-jin\'s remarks represent the party," Lee said.',
        ],
        "Lee",
        3,
        "Lee Ha-na",
        "coref.surname",
    ),
    (
        [
            "Finance Minister Choi Sang-min met central bank Gov. Choi Eun-ha on Tuesday.",
            '"Gov. Choi and I agreed to watch the markets closely," Choi said.',
        ],
        "Choi",
        3,
        "Choi Sang-min",
        "coref.surname",
    ),
    (
        [
            "Trade Minister Kim Bo-ra criticized the tariff plan after Kim Jun-seo defended it on Monday.",
            'Kim said, "The plan Kim Jun-seo backs will hurt exporters."',
        ],
        "Kim",
        2,
        "Kim Bo-ra",
        "coref.surname",
    ),
    (
        [
            "Park Min-ho, a lawmaker, spoke at the hearing.",
            "Kang Tae-yong had defended the plan earlier.",
            '"Kang Tae-yong misled the committee," he said.',
        ],
        "he",
        0,
        "Park Min-ho",
        "coref.pronoun",
    ),
    (
        [
            "Unification Minister Lee Ha-na expressed regret Friday after opposition leader Lee Do-jin "
            "suggested abolishing the ministry.",
            "Lee Do-jin made the remarks at a party meeting on Thursday.",
            '"The ministry has outlived its purpose," he said.',
        ],
        "he",
        0,
        "Lee Do-jin",
        "coref.pronoun",
    ),
    (
        [
            "North Korean leader Kim Jong-un inspected a rocket launcher, state media said. Kim called for more arms.",
            "Kim Yo-jong, his sister, issued a separate statement denouncing the drills.",
            "The unification ministry in Seoul said it was watching closely.",
            "Officials said Kim appears to be tightening his grip.",
        ],
        "Kim",
        3,
        "Kim Jong-un",
        "coref.surname",
    ),
    (
        [
            "North Korean leader Kim Jong-un inspected a rocket launcher, state media said. Kim called for more arms.",
            "Kim Yo-jong, his sister, issued a separate statement. Kim said the drills were a rehearsal for war.",
        ],
        "Kim",
        3,
        "Kim Yo-jong",
        "coref.surname",
    ),
    (
        [
            "Defense Minister Yoon Jae-hyun met Yoon Ga-eun, a senior party official, on Monday.",
            "Yoon said the talks had gone well.",
        ],
        "Yoon",
        2,
        "Yoon Jae-hyun",
        "coref.surname",
    ),
]

# An object pronoun ("him") never refers to the subject of its own clause; it may refer out of an embedded one.
CASES_OBJECT_PRONOUNS = [
    (
        [
            "Police arrested a man surnamed Kim who approached Rep. Lee Min-ho at a rally.",
            "The suspect asked for an autograph and then attacked him with a knife.",
        ],
        "him",
        0,
        "Lee Min-ho",
        "coref.pronoun",
    ),
    (["Kim Tae-ho said Lee Min-ho had insulted him."], "him", 0, "Kim Tae-ho", "coref.pronoun"),
    (["Yoon Ji-ho met Kang Min-su and thanked him."], "him", 0, "Kang Min-su", "coref.pronoun"),
    (["Park Jun-ho told reporters that Cho Min-ki had praised him."], "him", 0, "Park Jun-ho", "coref.pronoun"),
    (["Park Jun-ho said the party would back him."], "him", 0, "Park Jun-ho", "coref.pronoun"),
]

# "the official" after an unnamed "a senior official" (no fitting named person since) is that unnamed person.
CASES_UNNAMED = [
    (
        [
            "President Park Min-soo approved the plan on Monday.",
            "A senior ministry official, who asked not to be named, said the drills would begin soon.",
            '"The scale will be the largest ever," the official said.',
        ],
        "the official",
        0,
        None,
        None,
    ),
    (
        [
            "A ministry official said the drills would begin soon.",
            "Vice Minister Cho Hyun-woo later confirmed the plan.",
            '"The scale will be the largest ever," the official said.',
        ],
        "the official",
        0,
        "Cho Hyun-woo",
        "coref.nominal",
    ),
]

# A description with an "of"/"for"/"at" tail refers by its head: never to the person named in the tail.
CASES_TAILS = [
    (
        [
            "Gen. Mark Hollis spoke at a ceremony marking the anniversary of the command on Friday.",
            '"We will stand firm," the chief commander of the 28,500 American troops in South Korea said.',
        ],
        "the chief commander of the 28,500 American troops in South Korea",
        0,
        "Mark Hollis",
        "coref.nominal",
    ),
    (
        ["Rep. Lee Min-ho proposed the bill on Monday.", '"The bill is fair," a spokesperson for Lee Min-ho said.'],
        "a spokesperson for Lee Min-ho",
        0,
        None,
        None,
    ),
]

# Crime and court stories: "the suspect", "the victim", "the man" link to the latest fitting person known only by
# a family name ("a man surnamed Kim was arrested"); the role the introducing sentence implies must agree.
CASES_SURNAMED = [
    (
        [
            "A 40-year-old man surnamed Kim was arrested Tuesday on charges of stabbing a neighbor, police said.",
            "The suspect told police he had been drinking.",
        ],
        "The suspect",
        0,
        "Kim",
        "coref.nominal",
    ),
    (
        ["A woman in her 60s surnamed Lee was killed Monday when a truck hit her car.", "The victim died there."],
        "The victim",
        0,
        "Lee",
        "coref.nominal",
    ),
    (
        ["A man surnamed Kim was arrested for assaulting a bus driver.", "The victim was treated for minor injuries."],
        "The victim",
        0,
        None,
        None,
    ),
    (
        ["Police questioned two people after the fire.", "The man, surnamed Choi, said he had left a stove on."],
        "The man",
        0,
        "Choi",
        "coref.nominal",
    ),
    (
        [
            "A court sentenced a 35-year-old woman surnamed Park to three years in prison for fraud.",
            "The defendant said she would appeal.",
        ],
        "The defendant",
        0,
        "Park",
        "coref.nominal",
    ),
    (
        ["A woman surnamed Yoo was detained Friday on suspicion of arson.", "The woman denied the charge."],
        "The woman",
        0,
        "Yoo",
        "coref.nominal",
    ),
    (
        ["A woman surnamed Yoo was detained Friday on suspicion of arson.", "The man who reported the fire left."],
        "The man",
        0,
        None,
        None,
    ),
    (
        [
            "A 70-year-old man surnamed Jang was driving the truck when it crashed Monday, police said.",
            "The driver was taken to a hospital.",
        ],
        "The driver",
        0,
        "Jang",
        "coref.nominal",
    ),
    (
        [
            '"We acted fast," Vice Minister Ahn Do-hyun told reporters.',
            'A man surnamed Baek, 61, who runs a relief group in the port city, said the aid was "too late."',
            '"Our members collected far more in two weeks," he said.',
        ],
        "he",
        0,
        "Baek",
        "coref.pronoun",
    ),
    (
        [
            "Vice Minister Ahn Do-hyun met relief groups on Monday.",
            "Jo Mi-rae, 45, who heads a volunteer group in the city, said the aid came late.",
            '"We waited too long," she said.',
        ],
        "she",
        0,
        "Jo Mi-rae",
        "coref.pronoun",
    ),
    (
        [
            "A man surnamed Oh was arrested after a woman surnamed Seo was injured in the attack.",
            "The attacker fled on foot, and the victim was taken to a hospital.",
        ],
        "the victim",
        0,
        "Seo",
        "coref.nominal",
    ),
]


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_NAMES)
def test_names(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """Full names and family names link to the canonical person; groups and organizations do not."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_PRONOUNS)
def test_pronouns(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """Pronouns go to the nearest compatible speaker within two paragraphs, never to a quoted-only person."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_NOMINALS)
def test_nominals(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """Role nouns go to the person whose earlier title fits them (role-noun table, country, modifiers)."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_NOMINALS_TRAPS)
def test_nominal_traps(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """Lesser titles, non-referring descriptions and country clashes resolve to nobody."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_ANONYMOUS)
def test_anonymous_sources(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """A description the story marks as anonymous is nobody it names."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_CATAPHORA)
def test_cataphora(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """A description in the lead resolves forward to the first fitting named person of the next two paragraphs."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_SHARED_FAMILY)
def test_shared_family_names(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """A speaker is never the person named in the quote credited to it; subjects beat subordinate names."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


def test_quote_parameter_excludes_the_people_it_names() -> None:
    """``resolve(..., quote=)``: people named in the given quotation are passed over; the default infers it."""
    article = _article(
        [
            "Kim Tae-ho met Kim Soo-bin on Monday.",
            'Kim Soo-bin spoke first. "We trust Kim Soo-bin," Kim added.',
        ]
    )
    found = people.extract(article)
    resolver = coref.Resolver(article, found)
    speaker = _span(article, "Kim", 4)
    quote = resolver.attributed(speaker)
    assert quote is not None and article.text[quote.start : quote.end] == "We trust Kim Soo-bin,"
    for given in (None, quote):
        resolved = resolver.resolve(speaker, quote=given)
        assert resolved is not None and resolved.person.name == "Kim Tae-ho"
    plain = _span(article, "Kim Soo-bin", 1)  # the subject of "spoke": no quotation next to it
    assert resolver.attributed(plain) is None
    first = Span(quote.start, quote.end)
    kept = coref.resolve(article, found, plain, quote=first)
    assert kept is not None and kept.person.name == "Kim Soo-bin"  # a full name is kept even when quoted


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_OBJECT_PRONOUNS)
def test_object_pronouns(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """ "him" is never the subject of its own clause."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_UNNAMED)
def test_unnamed_people(paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None) -> None:
    """ "the official" after an unnamed "a senior official" is nobody the story names."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)
    article = _article(paragraphs)
    resolver = coref.Resolver(article, people.extract(article))
    assert resolver.unnamed(_span(article, phrase, nth)) is (name is None)


def test_hard_wrapped_archive_copy() -> None:
    """Old archive copy wraps lines: a title or a name split by a line break still goes together."""
    path = Path(__file__).parent / "articles" / "people_wrapped_archive.txt"
    article = parse_article(path.read_text(encoding="utf-8"), "wrapped")
    found = people.extract(article)
    resolver = coref.Resolver(article, found)
    expected = [("the president", 0, "Park Min-soo"), ("Hollis", 1, "Mark Hollis"), ("he", 0, "Mark Hollis")]
    for phrase, nth, name in expected:
        resolved = resolver.resolve(_span(article, phrase, nth))
        assert resolved is not None and resolved.person.name == name


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_TAILS)
def test_descriptions_with_tails(
    paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None
) -> None:
    """ "the chief commander of ...": the head noun decides; a name in the tail is not the referent."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


@pytest.mark.parametrize(("paragraphs", "phrase", "nth", "name", "rule"), CASES_SURNAMED)
def test_people_known_by_family_name(
    paragraphs: list[str], phrase: str, nth: int, name: str | None, rule: str | None
) -> None:
    """Suspects, victims, drivers: role nouns link to the person "surnamed X" whose introduction fits them."""
    assert _resolve(paragraphs, phrase, nth) == (name, rule)


def test_mention_index_and_resolve_mention_agree() -> None:
    """Every listed mention is in the index and resolves back to its own person."""
    article = parse_article(SEED.read_text(encoding="utf-8"), "seed")
    found = people.extract(article)
    index = coref.mention_index(found)
    resolver = coref.Resolver(article, found)
    for person in found:
        for mention in person.mentions:
            assert index[(mention.span.start, mention.span.end)] == person.id
            resolved = resolver.resolve(mention.span)
            assert resolved is not None and resolved.person.id == person.id and resolved.rule == mention.rule


@pytest.mark.parametrize(
    ("phrase", "nth", "rule"),
    [
        ("a ranking U.S. diplomat", 0, "coref.cataphora"),
        ("the U.S. diplomat", 0, "coref.nominal"),
        ("He", 0, "coref.pronoun"),
        ("Cooper", 3, "coref.surname"),
        ("Assistant Secretary of State R. Clarke Cooper", 0, "coref.name"),
        ("U.S. official", 0, "coref.cataphora"),
    ],
)
def test_seed_speakers_resolve_to_cooper(phrase: str, nth: int, rule: str) -> None:
    """Every speaker phrase of the seed's quotes resolves to R. Clarke Cooper."""
    article = parse_article(SEED.read_text(encoding="utf-8"), "seed")
    found = coref.resolve(article, people.extract(article), _span(article, phrase, nth))
    assert found is not None and (found.person.id, found.rule) == ("r-clarke-cooper", rule)


def test_odd_spans_are_total() -> None:
    """Empty, out-of-range and punctuation spans resolve to nothing, never raise."""
    article = _article(["Lena Marsh said so."])
    found = people.extract(article)
    for span in (Span(0, 0), Span(5, 5), Span(len(article.text), len(article.text) + 3), Span(0, 1)):
        assert coref.resolve_mention(article, found, span) is None


def test_role_noun_trie_matches_the_plain_alternation() -> None:
    """The trie-shaped role-noun pattern finds exactly what the words joined longest first find."""
    from service.extract._refscan import _NOMINAL
    from service.extract._roles import ROLE_NOUNS
    from service.extract._suspects import NOUNS

    nouns = sorted({*ROLE_NOUNS, *NOUNS}, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b(?!['\u2019-])", re.IGNORECASE)
    glue = [" ", "-", "'s ", "\u2019", "s ", "es, ", "ly ", ". ", ""]
    text = "".join(
        f"{noun.upper() if i % 5 == 0 else noun.title() if i % 3 == 0 else noun}{glue[i % len(glue)]}"
        for i, noun in enumerate(nouns * 3)
    )
    text += " the chief executive, vice chairman, deputy chief of staff, co-defendant, ex-officer."
    assert [m.span() for m in _NOMINAL.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(_NOMINAL.findall(text)) > len(nouns) // 3  # some nouns glued to others or to a hyphen


def test_one_scan_finds_the_pronouns_and_role_nouns_two_scans_find() -> None:
    """Pronouns and role nouns found in one pass are exactly those the two separate patterns find."""
    from service.extract._refscan import _NOMINAL, _NOUNS, _PRONOUN, _REFERRING

    words = [*sorted(_NOUNS), "he", "him", "his", "himself", "she", "her", "hers", "herself", "the", "hero"]
    glue = [" ", "-", "'s ", "\u2019", "s ", ", ", "ly ", ". ", "", "\n"]
    text = "".join(
        f"{w.upper() if i % 5 == 0 else w.title() if i % 3 == 0 else w}{glue[i % len(glue)]}"
        for i, w in enumerate(words * 3)
    )
    text += " H\u0130M hi\u0131mself \u017fHE \u212aILLER SHE'S she-wolf hisself"  # dotted/dotless i, long s, Kelvin
    one = [(m.group("pronoun") is not None, m.span()) for m in _REFERRING.finditer(text)]
    two = [(True, m.span()) for m in _PRONOUN.finditer(text)] + [(False, m.span()) for m in _NOMINAL.finditer(text)]
    assert sorted(one, key=lambda x: x[1]) == sorted(two, key=lambda x: x[1])
    assert sum(kind for kind, _ in one) > 10 and sum(not kind for kind, _ in one) > 20


def test_speaker_search_from_its_reach_finds_what_the_whole_window_finds() -> None:
    """The reporting verb before a name is found from where a match can start at the earliest, exactly as a
    search of the whole 90-character window finds it (same start, same verb)."""
    from service.extract._refscan import _SPEAKER_BEFORE, _reach

    text = (
        "said the Minister of the Interior Kim Foo  said   Foo said,  A B C D E F G Kim according to Kim"
        " according  to Kim xxxxxxxxxxxxxxxxxxxxxxxxsaid Kim told\tThe\nKim, said an aide of Vice Chairman"
        " Lee. \u201cNo,\u201d said Ms. O\u2019Neil-Park Jr. Kim. according to the U.S. Kim told  reporters Lee"
    )
    for start in range(len(text) + 1):
        floor = max(0, start - 90)
        whole = _SPEAKER_BEFORE.search(text, floor, start)
        reached = _SPEAKER_BEFORE.search(text, _reach(text, floor, start), start)
        assert (whole and (whole.span(), whole.group("verb"))) == (reached and (reached.span(), reached.group("verb")))
