"""Places: (text, expected) tables of invented sentences, wire-style articles and the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import places
from service.extract.article import Article, Block, parse_article
from service.extract.facts import Place, Span
from service.extract.text import split_sentences

ARTICLES = Path(__file__).parent / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "000_0eb40ad50682e302.txt"

Named = list[tuple[str, str, str | None]]  # (name, type, country code)


def _article(text: str) -> Article:
    """One body paragraph, no dateline."""
    body = Block("body", 1, Span(0, len(text)), split_sentences(text, Span(0, len(text))))
    return Article(id="t", text=text, paragraphs=(body,))


def _places(text: str) -> tuple[Place, ...]:
    return places.extract(_article(text))


def _named(text: str) -> Named:
    return [(p.name, p.type, p.country_code) for p in _places(text)]


CASES_BASIC: list[tuple[str, Named]] = [
    ("Officials in Seoul met envoys from Tokyo.", [("Seoul", "city", "KR"), ("Tokyo", "city", "JP")]),
    (
        "The United States and South Korea agreed.",
        [("United States", "country", "US"), ("South Korea", "country", "KR")],
    ),
    ("S. Korea and N. Korea held talks.", [("South Korea", "country", "KR"), ("North Korea", "country", "KP")]),
    ("The U.S. envoy visited Afghanistan.", [("United States", "country", "US"), ("Afghanistan", "country", "AF")]),
    ("Tensions rose on the Korean Peninsula.", [("Korean Peninsula", "feature", None)]),
    ("Korean officials met Canadian envoys.", [("South Korea", "country", "KR"), ("Canada", "country", "CA")]),
    ("North Korean troops moved.", [("North Korea", "country", "KP")]),
    ("Ships crossed the Strait of Hormuz.", [("Strait of Hormuz", "feature", None)]),
    ("Floods hit Gyeonggi Province.", [("Gyeonggi Province", "province", "KR")]),
    ("Exports to Southeast Asia rose.", [("Southeast Asia", "region", None)]),
    ("He flew to New Delhi.", [("New Delhi", "city", "IN")]),
    ("The summit in Washington, D.C. ended.", [("Washington", "city", "US")]),
    ("Investors in the Middle East waited.", [("Middle East", "region", None)]),
    ("The Republic of Korea and the DPRK met.", [("South Korea", "country", "KR"), ("North Korea", "country", "KP")]),
    ("Trade with China and Japan rose.", [("China", "country", "CN"), ("Japan", "country", "JP")]),
    ("The Philippines and Vietnam protested.", [("Philippines", "country", "PH"), ("Vietnam", "country", "VN")]),
    ("Britain and the U.K. are one.", [("United Kingdom", "country", "GB")]),
    ("Talks with Korea resumed.", [("South Korea", "country", "KR")]),
    ("The Taiwan Strait is busy.", [("Taiwan Strait", "feature", None)]),
    ("Rain fell on Jeju Island and Busan.", [("Jeju Island", "province", "KR"), ("Busan", "city", "KR")]),
]

CASES_COMPOUNDS: list[tuple[str, Named]] = [
    ("The Korea-U.S. alliance is strong.", [("South Korea", "country", "KR"), ("United States", "country", "US")]),
    ("The Seoul-Washington alliance held.", [("Seoul", "city", "KR"), ("Washington", "city", "US")]),
    ("South Korea-Japan ties improved.", [("South Korea", "country", "KR"), ("Japan", "country", "JP")]),
    ("U.S.-led talks resumed.", [("United States", "country", "US")]),
    ("Sino-Japanese ties warmed.", [("China", "country", "CN"), ("Japan", "country", "JP")]),
    ("Inter-Korean talks resumed.", []),
    ("He visited Guinea-Bissau.", [("Guinea-Bissau", "country", "GW")]),
    ("Trade in the Asia-Pacific grew.", [("Asia-Pacific", "region", None)]),
    ("SEOUL SAYS TALKS WITH TOKYO STALLED", [("Seoul", "city", "KR"), ("Tokyo", "city", "JP")]),
]

CASES_LOCALITIES: list[tuple[str, Named]] = [
    (
        "The plant in Icheon, Gyeonggi Province, grew.",
        [("Icheon", "city", "KR"), ("Gyeonggi Province", "province", "KR")],
    ),
    ("The plant in Austin, Texas, opened.", [("Austin", "city", "US"), ("Texas", "province", "US")]),
    ("Officials in New Albany, Ohio, met.", [("New Albany", "city", "US"), ("Ohio", "province", "US")]),
    ("In March, South Korea said so.", [("South Korea", "country", "KR")]),
    ("He was born in Park, South Korea.", [("South Korea", "country", "KR")]),
    ("He met Lee, South Korea's envoy.", [("South Korea", "country", "KR")]),
]

CASES_TRAPS: list[tuple[str, Named]] = [
    ("The Blue House said the talks would resume.", []),
    ("U.S. Forces Korea held drills.", []),
    ("The Bank of Korea cut rates.", []),
    ("Michael Jordan spoke to fans.", []),
    ("Chad Smith scored twice.", []),
    ("Georgia Meloni and Jordan Peterson met in Rome.", [("Rome", "city", "IT")]),
    ("Jordan said it would reopen the border.", [("Jordan", "country", "JO")]),
    ("Chad President Mahamat Deby spoke.", [("Chad", "country", "TD")]),
    ("Seoul paid US$1.3 billion.", [("Seoul", "city", "KR")]),
    ("The Korea Development Institute said so.", []),
    ("The Washington Post reported it.", []),
    ("New Year celebrations began.", []),
    ("The U.S. State Department said so.", []),
    ("Assistant Secretary of State Kim spoke.", []),
    ("The Korean War ended in an armistice.", []),
    ("He flew Korean Air and watched the Korean Series.", []),
    ("Japanese Grand Prix tickets sold out.", []),
    ("The Korean War ended, and Korean veterans gathered.", [("South Korea", "country", "KR")]),
]

CASES_MORE_PLACES: list[tuple[str, Named]] = [
    ("Digs near Nampho found a kiln.", [("Nampo", "city", "KP")]),
    ("The striker plays in Swansea, Wales.", [("Swansea", "city", "GB"), ("Wales", "province", "GB")]),
    ("Fans in Scotland cheered.", [("Scotland", "province", "GB")]),
    ("Swansea City lost at home in Swansea.", [("Swansea", "city", "GB")]),
    ("Manchester United signed a Korean winger.", [("South Korea", "country", "KR")]),
    ("A fire broke out in Seoul's Mapo district.", [("Seoul", "city", "KR"), ("Mapo District", "region", "KR")]),
    ("Tokyo's Minato ward hosted the talks.", [("Tokyo", "city", "JP"), ("Minato Ward", "region", "JP")]),
    ("Floods hit homes in Yangpyeong county.", [("Yangpyeong County", "region", None)]),
    ("The Mapo district office and Democratic county chairs met.", []),
    ("Mortars hit the Somalian capital.", [("Somalia", "country", "SO")]),
]

CASES_ROLES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Seoul said it would respond.", [("Seoul", "government")]),
    ("Washington was earlier said to have requested more.", [("Washington", "government")]),
    ("Seoul has said the best it can do is a small rise.", [("Seoul", "government")]),
    ("The envoy arrived in Seoul.", [("Seoul", "location")]),
    ("Officials in Seoul said they agreed.", [("Seoul", "location")]),
    ("Washington demanded a larger share.", [("Washington", "government")]),
    ("Seoul's position is clear.", [("Seoul", "location")]),
    ("They urged Tokyo to act.", [("Tokyo", "government")]),
    ("South Korea rejected the offer.", [("South Korea", "government")]),
    ("Busan said it would host the event.", [("Busan", "location")]),
    ("Korean officials said so.", [("Korean", "attribute")]),
    ("According to Beijing, the talks failed.", [("Beijing", "government")]),
    ("Seoul, the capital, is large.", [("Seoul", "location")]),
    ("The money Seoul paid last year rose.", [("Seoul", "government")]),
    ("Seoul and Washington have agreed on a deal.", [("Seoul", "government"), ("Washington", "government")]),
    ("Seoul and the United States said so.", [("Seoul", "government"), ("United States", "government")]),
    ("Seoul and Tokyo officials met.", [("Seoul", "location"), ("Tokyo", "location")]),
    ("Seoul and other cities said so.", [("Seoul", "location")]),
    ("S. Korea, U.S. agree on a summit.", [("S. Korea", "government"), ("U.S.", "government")]),
    (
        "Seoul, Tokyo and Beijing agreed to meet.",
        [("Seoul", "government"), ("Tokyo", "government"), ("Beijing", "government")],
    ),
    ("Seoul, the capital, is large.", [("Seoul", "location")]),
    # a place that owns a government acts ("the Seoul government"); a modifier of another body is the body's
    ("The Seoul government voiced regret.", [("Seoul", "government")]),
    ("The South Korean government voiced regret.", [("South Korean", "government")]),
    ("The government of Japan protested.", [("Japan", "government")]),
    ("The Pyongyang regime rejected the offer.", [("Pyongyang", "government")]),
    ("Officials blamed the Seoul government for the delay.", [("Seoul", "government")]),
    ("The Chinese foreign ministry said so.", []),
    ("The Busan government said so.", [("Busan", "location")]),
]

# Named districts: a capitalised name + "Ward"/"District"/"County"/"Province"/"Prefecture", or a Korean
# romanised suffix ("-gu", "-dong", "-si", "-gun"), is a place even when the gazetteer lacks the name.
CASES_NAMED_DISTRICTS: list[tuple[str, Named]] = [
    (
        "Tollan Ward in eastern Daegu and Virok District closed their pools.",
        [("Tollan Ward", "region", "KR"), ("Daegu", "city", "KR"), ("Virok District", "region", None)],
    ),
    ("Brenn County has suspended the fair.", [("Brenn County", "region", None)]),
    (
        "The market in Sarang-dong, a food alley in Hanul-gu, reopened.",
        [("Sarang-dong", "region", "KR"), ("Hanul-gu", "region", "KR")],
    ),
    ("Farms in Morun-gun and Telji-si were flooded.", [("Morun-gun", "region", "KR"), ("Telji-si", "city", "KR")]),
    (
        "Floods hit Varrow Province and Kelto Prefecture.",
        [("Varrow Province", "province", None), ("Kelto Prefecture", "province", None)],
    ),
    # not districts: a title-case body, an adjective, a lower-case name, a sentence opener
    ("The Tollan District Court ruled on Monday.", []),
    ("She won the Fifth Congressional District seat.", []),
    ("The School District hired teachers.", []),
    ("It lies in the ward of tollan-gu.", []),
]

# Cities of the gazetteer's batches, and an unknown town placed by a following state or province.
CASES_NEW_CITIES: list[tuple[str, Named]] = [
    ("The carmaker runs a plant in Gimhae and one in Gumi.", [("Gimhae", "city", "KR"), ("Gumi", "city", "KR")]),
    ("Firms moved to Henan Province and Shanxi.", [("Henan", "province", "CN"), ("Shanxi", "province", "CN")]),
    ("Rules apply in Aomori Prefecture and Naha.", [("Aomori Prefecture", "province", "JP"), ("Naha", "city", "JP")]),
    ("Mayor Ann Lee said Ridgefield, Ohio, will vote.", [("Ridgefield", "city", "US"), ("Ohio", "province", "US")]),
    ("Orin Falls, Gyeonggi Province, froze.", [("Orin Falls", "city", "KR"), ("Gyeonggi Province", "province", "KR")]),
    (
        "He met Lee, South Korea's envoy, and Kim, Gyeonggi Province's governor.",
        [("South Korea", "country", "KR"), ("Gyeonggi Province", "province", "KR")],
    ),
]

# A country or city before a currency noun is part of the unit, not a place.
CASES_CURRENCY: list[tuple[str, Named]] = [
    ("Assets reached 38 trillion yuan (5.1 trillion U.S. dollars).", []),
    ("The fund holds 3 billion Hong Kong dollars and 2 billion Singapore dollars.", []),
    ("The U.S. dollar rose against the yen in Tokyo.", [("Tokyo", "city", "JP")]),
    ("Investors in Hong Kong bought dollars.", [("Hong Kong", "country", "HK")]),
]


CASES_DATELINE: list[tuple[str, tuple[str, str, str | None]]] = [
    ("Port news\n\nPORTLAND, Ore. (AP) -- The port reopened on time.\n", ("Portland", "city", "US")),
    ("Talks go on\n\nSEOUL, Aug. 20 (Yonhap) -- The talks went on.\n", ("Seoul", "city", "KR")),
    ("Rates rise\n\nNEW DELHI (PTI) -- Rates rose again today.\n", ("New Delhi", "city", "IN")),
    ("Talks end\n\nGENEVA (Reuters) -- The talks ended in a deal.\n", ("Geneva", "city", "CH")),
    ("Quake hits\n\nSANTIAGO, Chile (AP) -- A quake hit the coast.\n", ("Santiago", "city", "CL")),
    ("Ferry late\n\nHALIFAX, N.S. (CP) -- The ferry was late again.\n", ("Halifax", "city", "CA")),
    ("Fog lifts\n\nYEOSU, South Korea (AP) -- The fog lifted at noon.\n", ("Yeosu", "city", "KR")),
]


@pytest.mark.parametrize(("text", "expected"), CASES_DATELINE)
def test_dateline_place(text: str, expected: tuple[str, str, str | None]) -> None:
    """The dateline city is the first place, with its country even when the gazetteer lacks the city."""
    first = places.extract(parse_article(text, "d"))[0]
    assert (first.name, first.type, first.country_code) == expected
    assert first.mentions[0].type == "dateline" and first.mentions[0].text.isupper()


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES_BASIC
    + CASES_COMPOUNDS
    + CASES_LOCALITIES
    + CASES_TRAPS
    + CASES_MORE_PLACES
    + CASES_NAMED_DISTRICTS
    + CASES_NEW_CITIES
    + CASES_CURRENCY,
)
def test_place_names(text: str, expected: Named) -> None:
    """Each place is found once with its canonical name, type and ISO code."""
    assert _named(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_ROLES)
def test_mention_roles(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A country or capital acting as a subject of speech is the government; demonyms are attributes."""
    assert [(m.text, m.role) for p in _places(text) for m in p.mentions] == expected


def test_district_takes_the_dateline_country() -> None:
    """A district after "in" lies in the dateline's country when nothing else places it."""
    text = "Floods\n\nSEOUL, Aug. 20 (Yonhap) -- Floods hit homes in Yangpyeong county on the Han River.\n"
    found = {p.name: p for p in places.extract(parse_article(text, "d"))}
    district = found["Yangpyeong County"]
    assert (district.type, district.country_code, district.mentions[0].text) == ("region", "KR", "Yangpyeong county")


def test_short_forms_and_demonyms_link() -> None:
    """Short forms, names and demonyms of one country are one place with typed mentions."""
    (place,) = _places("The U.S. said the United States and American firms agreed, the U.S. added.")
    assert place.id == "united-states"
    assert [(m.type, m.text) for m in place.mentions] == [
        ("alias", "U.S."),
        ("name", "United States"),
        ("demonym", "American"),
        ("alias", "U.S."),
    ]


def test_the_peninsula_links_back() -> None:
    """The words "the peninsula" are the Korean Peninsula once it was named, and nothing before."""
    (place,) = _places("The Korean Peninsula is calm. Troops left the peninsula.")
    assert [(m.type, m.text) for m in place.mentions] == [("name", "Korean Peninsula"), ("nominal", "the peninsula")]
    assert _places("Troops left the peninsula.") == ()


CASES_BACK_NOUNS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "North Korea fired a missile. The North has rejected talks, and the North's envoy left.",
        [
            ("name", "location", "North Korea"),
            ("nominal", "government", "The North"),
            ("nominal", "location", "the North"),
        ],
    ),
    ("The North has rejected talks.", []),
    (
        "North Korea fired. The North Korean leader watched.",
        [("name", "location", "North Korea"), ("demonym", "attribute", "North Korean")],
    ),
    ("South Korea and the South China Sea.", [("name", "location", "South Korea")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_BACK_NOUNS)
def test_back_nouns(text: str, expected: list[tuple[str, str, str]]) -> None:
    """The words "the North" after North Korea are a nominal mention of it; before, or as a modifier, it is not."""
    found = [p for p in _places(text) if p.country_code in ("KP", "KR")]
    assert [(m.type, m.role, m.text) for p in found for m in p.mentions] == expected


def test_seed_places() -> None:
    """The seed yields the issue's places, codes and government roles."""
    article = parse_article(SEED.read_text(encoding="utf-8"), "seed")
    found = {p.id: p for p in places.extract(article)}
    assert found["united-states"].country_code == "US"
    assert found["south-korea"].country_code == "KR"
    assert found["afghanistan"].country_code == "AF"
    assert found["korean-peninsula"].type == "feature"
    washington = found["washington"]
    assert washington.mentions[0].type == "dateline"
    assert ("Washington", "government") in [(m.text, m.role) for m in washington.mentions]
    seoul = [(m.text, m.role) for m in found["seoul"].mentions]
    assert seoul.count(("Seoul", "government")) >= 2
    assert ("Seoul", "location") in seoul  # "Seoul officials" is a modifier, not the government acting
    assert "U.S." in [m.text for m in found["united-states"].mentions]
    inside = [m for p in found.values() for m in p.mentions if 305 <= m.span.start < 322]
    assert inside == []  # nothing from inside "U.S. Forces Korea"


ARTICLE_EXPECTATIONS: list[tuple[str, dict[str, tuple[str | None, list[str]]]]] = [
    (
        "entities_court_party",
        {
            "seoul": ("KR", ["location", "location"]),  # not inside "Seoul High Court"
            "suwon": ("KR", ["location"]),  # not inside "Suwon District Court"
            "gyeonggi-province": ("KR", ["location"]),
        },
    ),
    (
        "entities_kdi_forecast",
        {
            "south-korea": ("KR", ["location", "location"]),
            "seoul": ("KR", ["location", "government"]),
            "china": ("CN", ["location", "attribute"]),
            "united-states": ("US", ["location"]),
            "busan": ("KR", ["location", "location"]),
            "incheon": ("KR", ["location"]),
        },
    ),
    (
        "entities_strait_patrol",
        {
            "japan": ("JP", ["government", "location", "attribute"]),
            "china": ("CN", ["attribute", "attribute"]),
            "tokyo": ("JP", ["location", "government"]),
            "senkaku-islands": ("JP", ["location"]),
            "beijing": ("CN", ["government"]),
            "taiwan-strait": (None, ["location", "location"]),
            "united-states": ("US", ["location"]),
            "canada": ("CA", ["attribute"]),
            "okinawa": ("JP", ["location"]),
        },
    ),
    (
        "entities_chip_plant",
        {
            "texas": ("US", ["location", "location", "location"]),
            "seoul": ("KR", ["location", "location"]),
            "united-states": ("US", ["location", "location"]),
            "washington": ("US", ["government"]),
            "south-korea": ("KR", ["attribute"]),
            "icheon": ("KR", ["location"]),
        },
    ),
    (
        "entities_un_sanctions",
        {
            "north-korea": ("KP", ["location", "location", "location"]),  # "on the North"; "North Korean state media"
            "new-york": ("US", ["location"]),
            "united-states": ("US", ["government"]),  # "The United States and Britain have called"
            "united-kingdom": ("GB", ["government"]),
            "russia": ("RU", ["government"]),
            "china": ("CN", ["government"]),
            "pyongyang": ("KP", ["government"]),
            "south-korea": ("KR", ["location"]),
            "korean-peninsula": (None, ["location", "location"]),
        },
    ),
]


@pytest.mark.parametrize(("slug", "expected"), ARTICLE_EXPECTATIONS)
def test_whole_articles(slug: str, expected: dict[str, tuple[str | None, list[str]]]) -> None:
    """Wire-style articles: exactly the expected places, codes and mention roles, in first-mention order."""
    article = parse_article((ARTICLES / f"{slug}.txt").read_text(encoding="utf-8"), slug)
    found = places.extract(article)
    assert {p.id: (p.country_code, [m.role for m in p.mentions]) for p in found} == expected
    assert [p.span for p in found] == sorted(p.span for p in found)
    for place in found:
        assert all(article.text[m.span.start : m.span.end] == m.text for m in place.mentions)
    datelined = [p for p in found if any(m.type == "dateline" for m in p.mentions)]
    assert len(datelined) == 1 and datelined[0].mentions[0].type == "dateline"


@pytest.mark.xfail(strict=True, reason="a place that is not a listed given name, then a surname ('Israel Katz')")
def test_place_name_as_unlisted_given_name() -> None:
    """A given name that is also a country is not a place, even when the name lists lack it."""
    assert _named("Israel Katz spoke twice.") == []


CASES_ODD: list[str] = ["", "U.S", "US$", "S.", "Korea's's", "the peninsula", "WASHINGTON --", "Seoul\nsaid"]


@pytest.mark.parametrize("text", CASES_ODD)
def test_odd_input_is_total(text: str) -> None:
    """Odd text yields few places and never an exception; surfaces match the text."""
    for place in _places(text):
        assert all(text[m.span.start : m.span.end] == m.text for m in place.mentions)


def test_long_article_keeps_its_places() -> None:
    """About 1 MB of wire copy: the same places as a short one (its speed is bench/extract_scaling.py's job)."""
    sentence = "Seoul said U.S. Forces Korea left the Korean Peninsula for Tokyo and South Korea. "
    text = "\n\n".join(sentence * 12 for _ in range(1000))
    found = places.extract(parse_article(text, "long"))
    assert [p.id for p in found] == ["seoul", "korean-peninsula", "tokyo", "south-korea"]  # "U.S." is USFK's


TOKEN_TEXTS = [
    "U.S. Forces Korea's base, Samsung Co. and Hyundai Corp., D.P.R.K. officials",
    "Korea-U.S. Alliance, inter-Korean talks, O'Brien’s aide, the Philippines' embassy",
    "Group of 20, 2nd Fleet, 1,000 troops, 12345 and 3.5, St. Louis, Jr. Sr. Mt. Ft. Bros. Inc. Ltd.",
    "Research & Development, _under_score, ǅungla, İstanbul, Ünal, 東京 talks, x²y, a-b-c-d-e-f-g",
    "Co.x Corp.5 U.S.A U.Sx word-" + "a" * 45 + "-" + "b" * 45 + "’s 's ’ ' - & 4th 10th 1st",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_columns_match_the_token_pattern(text: str) -> None:
    """The split-based tokenizer finds exactly the tokens of the documented token pattern."""
    from service.extract._gazetteer import _TOKEN, columns

    for lo, hi in ((0, len(text)), (3, len(text) - 4), (10, 11), (5, 5)):
        expected = [
            (m.start(), m.end(), m.group())
            for m in _TOKEN.finditer(text, lo, hi)
            if not (m.group() == "s" and text[m.start() - 1 : m.start()] in ("'", "’"))
        ]
        got = columns(text, Span(lo, hi))
        assert list(zip(got.starts, got.ends, got.texts, strict=True)) == expected
        assert got.caps == tuple(w[0].isupper() or w[0].isdigit() or w == "&" for w in got.texts)
