"""Organizations: (text, expected) tables of invented sentences, wire-style articles and the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.extract import organizations
from service.extract.article import Article, Block, Dateline, parse_article
from service.extract.facts import Organization, Span
from service.extract.text import split_sentences

ARTICLES = Path(__file__).parent / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "000_0eb40ad50682e302.txt"

Named = list[tuple[str, str, str | None]]  # (name, type, country)


def _article(text: str) -> Article:
    """One body paragraph, no dateline."""
    body = Block("body", 1, Span(0, len(text)), split_sentences(text, Span(0, len(text))))
    return Article(id="t", text=text, paragraphs=(body,))


def _orgs(text: str) -> tuple[Organization, ...]:
    return organizations.extract(_article(text))


def _home(text: str, place: str = "SEOUL") -> tuple[Organization, ...]:
    """The organizations of one body paragraph under a dateline from *place* (the home country)."""
    body = Block("body", 1, Span(0, len(text)), split_sentences(text, Span(0, len(text))))
    line = Dateline(span=Span(0, 0), place=place, place_span=Span(0, 0), date=None)
    return organizations.extract(Article(id="t", text=text, paragraphs=(body,), dateline=line))


def _named(text: str) -> Named:
    return [(o.name, o.type, o.country) for o in _orgs(text)]


CASES_BASIC: list[tuple[str, Named]] = [
    ("The Ministry of Foreign Affairs issued a statement.", [("Ministry of Foreign Affairs", "government", None)]),
    (
        "Officials at the Political-Military Affairs Bureau declined comment.",
        [("Political-Military Affairs Bureau", "government", None)],
    ),
    ("Samsung Electronics Co. posted record profits.", [("Samsung Electronics Co.", "company", None)]),
    ("The Korea Development Institute (KDI) cut its forecast.", [("Korea Development Institute", "other", "KR")]),
    ("The Democratic Party won the vote.", [("Democratic Party", "party", None)]),
    ("The Seoul Central District Court sentenced him.", [("Seoul Central District Court", "court", "KR")]),
    ("Troops of the U.S. Forces Korea held drills.", [("U.S. Forces Korea", "military", "US")]),
    ("The Japanese Foreign Ministry protested.", [("Foreign Ministry", "government", "JP")]),
    ("South Korea's Unification Ministry said so.", [("Unification Ministry", "government", "KR")]),
    ("The Blue House said the summit was useful.", [("Blue House", "government", "KR")]),
    ("The White House declined to comment.", [("White House", "government", "US")]),
    ("NATO allies met in Brussels.", [("North Atlantic Treaty Organization", "international", None)]),
    ("The United Nations Security Council met.", [("United Nations Security Council", "international", None)]),
    ("Yonhap News Agency reported the deal.", [("Yonhap News Agency", "media", None)]),
    ("The Washington Post reported the deal.", [("Washington Post", "media", "US")]),
    (
        "Hyundai Motor Co. and Kia Corp. raised prices.",
        [("Hyundai Motor Co.", "company", None), ("Kia Corp.", "company", None)],
    ),
    (
        "Unification Ministry Spokesperson Lee Jong-joo said talks would resume.",
        [("Unification Ministry", "government", None)],
    ),
    (
        "Deputy Director of the Political-Military Affairs Bureau Kim spoke.",
        [("Political-Military Affairs Bureau", "government", None)],
    ),
    ("The Department of Defense said it would review.", [("Department of Defense", "government", None)]),
    ("The Workers' Party of Korea convened.", [("Workers' Party of Korea", "party", "KP")]),
    ("The National Assembly passed the bill.", [("National Assembly", "government", None)]),
    ("The Bank of Korea froze rates.", [("Bank of Korea", "government", "KR")]),
    ("The European Union imposed tariffs.", [("European Union", "international", None)]),
    ("The Korea Herald reported it first.", [("Korea Herald", "media", "KR")]),
    ("The 2nd Infantry Division moved north.", [("2nd Infantry Division", "military", None)]),
    ("AP and Reuters reported the deal.", [("AP", "media", None), ("Reuters", "media", None)]),
    ("The Joint Chiefs of Staff said a missile was fired.", [("Joint Chiefs of Staff", "military", None)]),
    ("The Supreme Court ruled against him.", [("Supreme Court", "court", None)]),
    ("The International Monetary Fund cut its forecast.", [("International Monetary Fund", "international", None)]),
    ("Cabinet members met at the U.S. Embassy in Seoul.", [("U.S. Embassy", "government", "US")]),
    ("The Mapo Police Station booked him.", [("Mapo Police Station", "government", None)]),
]

CASES_WIRE: list[tuple[str, Named]] = [
    (
        "LG said it would supply General Motors Co. next year.",
        [("LG", "company", "KR"), ("General Motors Co.", "company", None)],
    ),
    (
        "The Ministry of Trade, Industry and Energy said exports rose.",
        [("Ministry of Trade, Industry and Energy", "government", None)],
    ),
    ("Envoys from the Ministry of Defense, Seoul and Tokyo met.", [("Ministry of Defense", "government", None)]),
    ("The Korea Fair Trade Commission fined the firm.", [("Korea Fair Trade Commission", "government", "KR")]),
    ("The U.S. Federal Reserve raised rates.", [("Federal Reserve", "government", "US")]),
    (
        "BioNTech SE said the Food and Drug Administration approved the vaccine.",
        [("BioNTech SE", "company", None), ("Food and Drug Administration", "government", None)],
    ),
    (
        "The International Olympic Committee (IOC) postponed the games.",
        [("International Olympic Committee", "international", None)],
    ),
    ("KBS and MBC aired the debate.", [("KBS", "media", "KR"), ("MBC", "media", "KR")]),
    ("Moon's office, Cheong Wa Dae, said so.", [("Blue House", "government", "KR")]),
    ("Chinese Foreign Ministry spokesperson Zhao Lijian spoke.", [("Foreign Ministry", "government", "CN")]),
    ("The Seoul Metropolitan Government closed parks.", [("Seoul Metropolitan Government", "government", "KR")]),
    (
        "Fumio Kishida's Liberal Democratic Party won, NHK reported.",
        [("Liberal Democratic Party", "party", None), ("NHK", "media", "JP")],
    ),
]

CASES_TITLE_WORDS: list[tuple[str, Named]] = [
    ("The Ministry of Justice said so.", [("Ministry of Justice", "government", None)]),
    ("The Department of Justice sued.", [("Department of Justice", "government", None)]),
    ("The Office of the President said.", [("Office of the President", "government", None)]),
    ("The Justice Party won seats.", [("Justice Party", "party", None)]),
    ("The Ministry of Foreign Affairs Spokesperson Lim spoke.", [("Ministry of Foreign Affairs", "government", None)]),
    ("The Central Intelligence Agency (CIA) said.", [("Central Intelligence Agency", "government", None)]),
]

CASES_TRAPS: list[tuple[str, Named]] = [
    ("Assistant Secretary of State Kim spoke.", []),
    ("Foreign Minister Park Jin met Defense Secretary Lloyd Austin.", []),
    ("The Army officer left early.", []),
    ("Times Square was crowded.", []),
    ("The Soviet Union collapsed long ago.", []),
    ("Michael Bloomberg spoke in Seoul.", []),
    ("The Korean Peninsula remains tense.", []),
    ("WHO CARES ABOUT THE TALKS", []),
    ("Koreans celebrated the New Year.", []),
    ("He visited the Central African Republic.", []),
    ("The department said nothing more.", []),
    ("Officials from the ministry declined to comment.", []),
]

# A country word that opens an official name stays in it; an abbreviation or demonym before a
# government body is a modifier ("U.S. State Department" is the State Department, country US).
CASES_COUNTRY_IN_NAME: list[tuple[str, Named]] = [
    (
        "The Korea Disease Control and Prevention Agency (KDCA) counted 400 cases.",
        [("Korea Disease Control and Prevention Agency", "government", "KR")],
    ),
    (
        "The Korea International Cooperation Agency sent aid.",
        [("Korea International Cooperation Agency", "government", "KR")],
    ),
    ("The Korea Communications Commission fined the firm.", [("Korea Communications Commission", "government", "KR")]),
    ("The Korea Customs Service tallied exports.", [("Korea Customs Service", "government", "KR")]),
    ("Korea Electric Power Corp. raised rates.", [("Korea Electric Power Corp.", "company", "KR")]),
    ("The Korea Exchange halted trading.", [("Korea Exchange", "company", "KR")]),
    ("The Japan Meteorological Agency issued a warning.", [("Japan Meteorological Agency", "government", "JP")]),
    ("The U.S. Commerce Department tightened rules.", [("Commerce Department", "government", "US")]),
    ("The Korea-U.S. Friendship Foundation held a gala.", [("Korea-U.S. Friendship Foundation", "other", "KR")]),
]

# Bodies named by description, under a Seoul dateline (the home country is South Korea).
CASES_DESCRIBED: list[tuple[str, Named]] = [
    ("The foreign ministry lodged a protest.", [("Foreign Ministry", "government", "KR")]),
    ("The unification ministry voiced regret.", [("Unification Ministry", "government", "KR")]),
    ("The presidential office described the launch as a threat.", [("Presidential Office", "government", "KR")]),
    ("Defense ministry officials said the drills ended.", [("Defense Ministry", "government", "KR")]),
    (
        "The state weather agency issued a heat wave warning.",
        [("Korea Meteorological Administration", "government", "KR")],
    ),
    ("The spy agency briefed lawmakers.", [("National Intelligence Service", "government", "KR")]),
    ("Japan's weather agency lifted the alert.", [("Japan Meteorological Agency", "government", "JP")]),
    ("Taiwan's weather agency lifted the alert.", [("Weather Agency", "government", "TW")]),
    ("The central bank froze rates.", [("Bank of Korea", "government", "KR")]),
    ("Japan's central bank held rates.", [("Bank of Japan", "government", "JP")]),
    ("Brazil's central bank cut rates.", [("Central Bank", "government", "BR")]),
    ("The central bank of Brazil cut rates.", [("Central Bank", "government", "BR")]),
    ("The foreign ministry of China said so.", [("Foreign Ministry", "government", "CN")]),
    ("The Chinese foreign ministry rejected the claim.", [("Foreign Ministry", "government", "CN")]),
    ("Japan's defense ministry confirmed the flight.", [("Defense Ministry", "government", "JP")]),
    ("The Seoul government voiced regret.", [("Government of South Korea", "government", "KR")]),
    ("The South Korean government voiced regret.", [("Government of South Korea", "government", "KR")]),
    ("The Tokyo government filed a protest.", [("Government of Japan", "government", "JP")]),
    ("The government of Japan filed a protest.", [("Government of Japan", "government", "JP")]),
    ("The government said exports would recover.", [("Government of South Korea", "government", "KR")]),
    ("The U.S. administration eased curbs.", [("Government of the United States", "government", "US")]),
    ("The Pyongyang regime rejected the offer.", [("Government of North Korea", "government", "KP")]),
    ("South Korea's military said it fired warning shots.", [("Military of South Korea", "military", "KR")]),
    ("North Korea's state media reported the launch.", [("State Media of North Korea", "media", "KP")]),
    ("The launch was confirmed by Chinese state media.", [("State Media of China", "media", "CN")]),
    ("The North's main newspaper called the drills a rehearsal.", [("Rodong Sinmun", "media", "KP")]),
    ("Pyongyang's state news agency carried the statement.", [("Korean Central News Agency", "media", "KP")]),
    (
        "Uriminzokkiri and Minju Joson denounced the drills.",
        [("Uriminzokkiri", "media", "KP"), ("Minju Joson", "media", "KP")],
    ),
    ("Choson Sinbo, a pro-Pyongyang paper in Tokyo, said so.", [("Choson Sinbo", "media", "JP")]),
    ("The Korean Central Television (KCTV) aired the parade.", [("Korean Central Television", "media", "KP")]),
    (
        "Last week, 38 North, a U.S. website, cited satellite images, as did Radio Free Asia.",
        [("38 North", "media", "US"), ("Radio Free Asia", "media", "US")],
    ),
]

# Governments named after their leader: the family name stays (first in Korean and Chinese names).
CASES_LEADERS: list[tuple[str, Named]] = [
    ("The Biden administration eased the curbs.", [("Biden administration", "government", None)]),
    ("The Moon Jae-in government pushed the plan.", [("Moon administration", "government", None)]),
    ("The Lee Myung Bak administration signed it.", [("Lee administration", "government", None)]),
    ("The Kim Jong-un regime fired a missile.", [("Kim regime", "government", None)]),
    ("The Xi Jinping government protested.", [("Xi administration", "government", None)]),
    ("The Democratic Party government fell.", [("Democratic Party", "party", None)]),
    ("The Minister government spoke.", []),
    ("The administration pushed the plan.", []),
]

CASES_DESCRIBED_TRAPS: list[tuple[str, Named]] = [
    ("The government-run fund lost money.", []),
    ("A government official spoke on condition of anonymity.", []),
    ("The city government closed parks.", []),
    ("The Busan government closed parks.", []),
    ("The regime is isolated.", []),
    ("China's main newspaper ran an editorial.", []),
    ("The main newspaper ran an editorial.", []),
    ("The North's military drills continue.", []),
    ("The military said it was on alert.", []),
    ("State media reported the launch.", []),
    ("Officials of the ministry declined to comment.", []),
]

CASES_MENTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The Korea Development Institute (KDI) cut its forecast. KDI said growth would slow.",
        [("name", "Korea Development Institute"), ("acronym", "KDI"), ("acronym", "KDI")],
    ),
    (
        "The U.S. State Department said it agreed. The State Department added more.",
        [("alias", "U.S. State Department"), ("name", "State Department")],
    ),
    (
        "The Foreign Ministry issued a statement. The ministry said it regretted the move.",
        [("name", "Foreign Ministry"), ("nominal", "The ministry")],
    ),
    (
        "Samsung Electronics Co. said profits rose. Samsung shares fell.",
        [("name", "Samsung Electronics Co."), ("short_form", "Samsung")],
    ),
    (
        "The Ministry of Defense spoke first. Then the Defense Ministry denied it.",
        [("name", "Ministry of Defense"), ("alias", "Defense Ministry")],
    ),
    (
        "U.S. Forces Korea (USFK) said drills ended. USFK declined to comment.",
        [("name", "U.S. Forces Korea"), ("acronym", "USFK"), ("acronym", "USFK")],
    ),
    (
        "NATO said the alliance held. The North Atlantic Treaty Organization met.",
        [("acronym", "NATO"), ("name", "North Atlantic Treaty Organization")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_BASIC + CASES_WIRE + CASES_TITLE_WORDS + CASES_TRAPS)
def test_organization_names(text: str, expected: Named) -> None:
    """Each organization is found once with its canonical name, type and country."""
    assert _named(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_MENTIONS)
def test_mentions_merge(text: str, expected: list[tuple[str, str]]) -> None:
    """Aliases, acronyms, short forms and nominals merge into one organization."""
    (org,) = _orgs(text)
    assert [(m.type, m.text) for m in org.mentions] == expected
    assert all(text[m.span.start : m.span.end] == m.text for m in org.mentions)


@pytest.mark.parametrize(("text", "expected"), CASES_COUNTRY_IN_NAME)
def test_country_words_in_names(text: str, expected: Named) -> None:
    """Official names keep their opening country word; the country is still recorded."""
    assert _named(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_DESCRIBED + CASES_LEADERS + CASES_DESCRIBED_TRAPS)
def test_described_bodies(text: str, expected: Named) -> None:
    """Lower-case descriptions name one body of the owner country, else of the dateline's country."""
    assert [(o.name, o.type, o.country) for o in _home(text)] == expected


CASES_DESCRIBED_MENTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Rodong Sinmun, the North's main newspaper, said the drills were reckless.",
        [("name", "Rodong Sinmun"), ("nominal", "main newspaper")],
    ),
    (
        "Choson Sinbo reported the find. The newspaper said more digs were planned.",
        [("name", "Choson Sinbo"), ("nominal", "The newspaper")],
    ),
    (
        "The Foreign Ministry issued a statement. Later, foreign ministry officials briefed reporters.",
        [("name", "Foreign Ministry"), ("nominal", "foreign ministry")],
    ),
    (
        "The National Intelligence Service (NIS) told lawmakers so. The spy agency said the launch failed.",
        [("name", "National Intelligence Service"), ("acronym", "NIS"), ("nominal", "spy agency")],
    ),
    (
        "The Bank of Korea (BOK) froze rates. The central bank said inflation had eased.",
        [("name", "Bank of Korea"), ("acronym", "BOK"), ("nominal", "central bank")],
    ),
    (
        "The Yoon Suk Yeol government vowed to act. The Yoon administration later said it would.",
        [("nominal", "Yoon Suk Yeol government"), ("nominal", "Yoon administration")],
    ),
    (
        "The South Korean government voiced regret. The Seoul government also said it would respond.",
        [("nominal", "South Korean government"), ("nominal", "Seoul government")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_DESCRIBED_MENTIONS)
def test_described_mentions_merge(text: str, expected: list[tuple[str, str]]) -> None:
    """A described body merges with its name and with other descriptions of it."""
    (org,) = _home(text)
    assert [(m.type, m.text) for m in org.mentions] == expected
    assert all(text[m.span.start : m.span.end] == m.text for m in org.mentions)


def test_listed_national_bodies_take_the_dateline_country() -> None:
    """A listed body every country has is the dateline country's; a head-noun name is left alone."""
    found = _home("The Joint Chiefs of Staff (JCS) said so, and the National Assembly and the State Department agreed.")
    assert [(o.name, o.country) for o in found] == [
        ("Joint Chiefs of Staff", "KR"),
        ("National Assembly", "KR"),
        ("State Department", None),
    ]
    assert [o.country for o in _home("The Joint Chiefs of Staff said so.", place="WASHINGTON")] == ["US"]


def test_home_and_foreign_ministries_stay_apart() -> None:
    """The home foreign ministry and a foreign one are two organizations with distinct ids."""
    found = _home("The foreign ministry lodged a protest. The Chinese foreign ministry called it baseless.")
    assert [(o.id, o.country) for o in found] == [("foreign-ministry", "KR"), ("foreign-ministry-cn", "CN")]


def test_unqualified_nominal_is_the_home_body() -> None:
    """With a home and a foreign ministry named, "the ministry" is the dateline country's."""
    text = (
        "The foreign ministry summoned the envoy. A spokesman for the Chinese foreign ministry had criticized "
        "the remarks. The ministry said the criticism was rude."
    )
    found = _home(text)
    assert [(o.country, [m.text for m in o.mentions]) for o in found] == [
        ("KR", ["foreign ministry", "The ministry"]),
        ("CN", ["Chinese foreign ministry"]),
    ]


def test_broadcaster_is_not_the_newspaper() -> None:
    """A newspaper nominal skips broadcasters and news agencies; "the broadcaster" finds the broadcaster."""
    found = _orgs("KBS aired the speech and the Korea Times printed it. The newspaper and the broadcaster agreed.")
    assert [(o.name, [m.text for m in o.mentions]) for o in found] == [
        ("KBS", ["KBS", "the broadcaster"]),
        ("Korea Times", ["Korea Times", "The newspaper"]),
    ]


def test_ambiguous_nominal_is_left_alone() -> None:
    """With two ministries named, "the ministry" links to neither."""
    found = _orgs("The Foreign Ministry and the Defense Ministry met. The ministry said little.")
    assert [[m.type for m in o.mentions] for o in found] == [["name"], ["name"]]


def test_same_name_different_countries() -> None:
    """Two countries' foreign ministries stay apart, with distinct ids."""
    found = _orgs("Japan's Foreign Ministry and South Korea's Foreign Ministry met.")
    assert [(o.id, o.country) for o in found] == [("foreign-ministry", "JP"), ("foreign-ministry-kr", "KR")]


def test_seed_organizations() -> None:
    """The seed yields USFK with its acronym, the merged State Department and Yonhap."""
    found = {o.id: o for o in organizations.extract(parse_article(SEED.read_text(encoding="utf-8"), "seed"))}
    usfk = found["us-forces-korea"]
    assert (usfk.name, usfk.acronym, usfk.type, usfk.country) == ("U.S. Forces Korea", "USFK", "military", "US")
    state = found["state-department"]
    assert state.type == "government" and state.country == "US"
    assert "U.S. State Department" in state.aliases
    assert [m.type for m in state.mentions] == ["name", "alias", "nominal"]
    assert found["yonhap"].type == "media" and len(found["yonhap"].mentions) == 3
    assert found["political-military-affairs-bureau"].country == "US"  # "at the State Department"
    assert not any("Korea" == o.name or "Washington" in o.name for o in found.values())


ARTICLE_EXPECTATIONS: list[tuple[str, dict[str, tuple[str, str | None, int]]]] = [
    (
        "entities_court_party",
        {
            "yonhap": ("media", None, 2),
            "seoul-high-court": ("court", "KR", 3),
            "democratic-party-of-korea": ("party", "KR", 2),
            "national-election-commission": ("government", None, 3),
            "supreme-court": ("court", None, 1),
            "suwon-district-court": ("court", "KR", 1),
        },
    ),
    (
        "entities_kdi_forecast",
        {
            "korea-development-institute": ("other", "KR", 3),
            "ministry-of-economy-and-finance": ("government", None, 1),
            "bank-of-korea": ("government", "KR", 1),
            "yonhap": ("media", None, 2),
        },
    ),
    (
        "entities_strait_patrol",
        {
            "defense-ministry": ("government", "JP", 2),
            "defense-ministry-cn": ("government", "CN", 1),
            "japan-coast-guard": ("military", "JP", 2),
            "ap": ("media", None, 2),
        },
    ),
    (
        "entities_chip_plant",
        {
            "samsung-electronics-co": ("company", "KR", 7),  # the headline's "Samsung" is a short form
            "sk": ("company", "KR", 1),  # "SK hynix Inc.": the group's name, the brand is lower case
            "hyundai-motor-co": ("company", None, 1),
            "yonhap": ("media", None, 2),
        },
    ),
    (
        "entities_un_sanctions",
        {
            "united-nations-security-council": ("international", None, 5),
            "unification-ministry": ("government", "KR", 1),
            "korean-central-news-agency": ("media", "KP", 2),
            "state-media-of-north-korea": ("media", "KP", 1),  # "North Korean state media said"
            "yonhap": ("media", None, 2),
        },
    ),
]


@pytest.mark.parametrize(("slug", "expected"), ARTICLE_EXPECTATIONS)
def test_whole_articles(slug: str, expected: dict[str, tuple[str, str | None, int]]) -> None:
    """Wire-style articles: exactly the expected organizations, types, countries and mention counts."""
    article = parse_article((ARTICLES / f"{slug}.txt").read_text(encoding="utf-8"), slug)
    found = organizations.extract(article)
    assert {o.id: (o.type, o.country, len(o.mentions)) for o in found} == expected
    for org in found:
        assert all(article.text[m.span.start : m.span.end] == m.text for m in org.mentions)
        assert org.surface == article.text[org.span.start : org.span.end]
        assert article.published_span is None or not any(article.published_span.overlaps(m.span) for m in org.mentions)


@pytest.mark.xfail(strict=True, reason="a lower-case word inside a company name ('SK hynix Inc.') breaks the run")
def test_lower_case_company_name() -> None:
    """Brand names with a lower-case word are still companies."""
    assert _named("SK hynix Inc. raised output.") == [("SK hynix Inc.", "company", None)]


CASES_ODD: list[str] = ["", "(", "()", "(KDI)", "The", "Co.", "of the of the", "U.S.'s", "Ministry (", "&&& Inc."]


@pytest.mark.parametrize("text", CASES_ODD)
def test_odd_input_is_total(text: str) -> None:
    """Odd text yields few organizations and never an exception; spans stay in bounds."""
    for org in _orgs(text):
        assert 0 <= org.span.start <= org.span.end <= len(text)


def test_long_article_keeps_its_organizations() -> None:
    """About 1 MB of wire copy: the same bodies as a short one (its speed is bench/extract_scaling.py's job)."""
    sentence = "The U.S. State Department and the Korea Development Institute (KDI) met Samsung Electronics Co. "
    text = "\n\n".join(sentence * 10 for _ in range(1000))
    found = organizations.extract(parse_article(text, "long"))
    assert {o.id for o in found} >= {"state-department", "korea-development-institute"}


def test_long_article_of_descriptions_keeps_them() -> None:
    """About 1 MB of described bodies: each description still resolves (speed: bench/extract_scaling.py)."""
    sentence = "The foreign ministry and the Seoul government met the Biden administration and the central bank. "
    text = "Talks\n\nSEOUL, Aug. 20 (Yonhap) -- " + "\n\n".join(sentence * 10 for _ in range(1000)) + "\n"
    found = organizations.extract(parse_article(text, "long"))
    assert {o.id for o in found} >= {"foreign-ministry", "government-of-south-korea", "bank-of-korea"}


@pytest.mark.xfail(strict=True, reason="company names without a head noun, suffix or lexicon entry are missed")
def test_headless_company_names() -> None:
    """Brand-only company names are organizations, listed or not."""
    assert _named("Krafton and Nexon faced fines.") == [("Krafton", "company", None), ("Nexon", "company", None)]


def test_listed_company_names() -> None:
    """Listed brand-only company names are organizations."""
    assert _named("Google and Apple faced fines.") == [("Google", "company", "US"), ("Apple", "company", "US")]


@pytest.mark.xfail(strict=True, reason="a body 'of' another body is one name; nested organizations are not split")
def test_nested_organizations() -> None:
    """A commission of a party is two organizations."""
    text = "He chaired the Central Military Commission of the Workers' Party."
    assert [o.name for o in _orgs(text)] == ["Central Military Commission", "Workers' Party"]


# Under a Seoul dateline: a bare "the government" after a local government goes to that one, not the nation's.
CASES_LOCAL_GOVERNMENT: list[tuple[str, list[str]]] = [
    ("The Tollan city government said it will rebuild a bridge. The government plans to finish soon.", []),
    ("The Varrow provincial government said so. Later the government said it would act.", []),
    ("The government said the plan was on track.", ["Government of South Korea"]),
    # the nation's government named after the city's wins back the bare "the government"
    (
        "The Tollan city government closed parks. The South Korean government objected. The government said so.",
        ["Government of South Korea"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES_LOCAL_GOVERNMENT)
def test_bare_government_after_a_local_one(text: str, expected: list[str]) -> None:
    """The most recent government named (a city's or a province's) owns a later bare "the government"."""
    assert [o.name for o in _home(text)] == expected


# A lower-case description after a proper name describes that body; it is not a new organization.
CASES_OWNED_DESCRIPTIONS: list[tuple[str, list[str]]] = [
    ("The European Union antitrust regulator will object to the deal.", ["European Union"]),
    ("The Tollan Group finance ministry team arrived.", ["Tollan Group"]),
    ("The antitrust regulator will object to the deal.", ["Korea Fair Trade Commission"]),
    ("The Chinese foreign ministry said so.", ["Foreign Ministry"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_OWNED_DESCRIPTIONS)
def test_description_after_a_proper_name(text: str, expected: list[str]) -> None:
    """'<Body> antitrust regulator' is that body's regulator, never the dateline country's nor a new name."""
    assert [o.name for o in _home(text)] == expected


CASES_LONG_NAMES: list[tuple[str, list[str]]] = [
    # ordinal + place + Municipal/Provincial + People's + body: one organization
    ("Chen Lin spoke at the 12th Tollan Municipal People's Congress.", ["Tollan Municipal People's Congress"]),
    ("Chen Lin spoke at the Varrow Provincial People's Congress.", ["Varrow Provincial People's Congress"]),
    # hyphenated newspaper names
    ("The fire chief told the Dayton Herald-Courier that the injuries were minor.", ["Dayton Herald-Courier"]),
    ("The Brookfield Sun-Gazette reported the fire.", ["Brookfield Sun-Gazette"]),
]


@pytest.mark.xfail(strict=True, reason="the head scan stops at 'People's' and at hyphenated title-case words")
@pytest.mark.parametrize(("text", "expected"), CASES_LONG_NAMES)
def test_long_names_stay_whole(text: str, expected: list[str]) -> None:
    """A name runs over a possessive 'People's', a place modifier and a hyphenated media head."""
    assert [o.name for o in _orgs(text)] == expected


CASES_POSSESSIVE_COMPANIES: list[tuple[str, list[str]]] = [
    ("Regulators will object to Marvola's bid for Tessig's Dutch unit.", ["Marvola", "Tessig"]),
    ("Kestrin's shares fell after Orvane's board met.", ["Kestrin", "Orvane"]),
    # not companies: people, places, months, a lower-case noun after the possessive
]
CASES_NOT_POSSESSIVE_COMPANIES: list[tuple[str, list[str]]] = [
    # not companies: people, places, a noun that is not a business noun after the possessive
    ("Smith's bid failed and Seoul's shares rose.", []),
    ("Marvola's dog barked.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES_NOT_POSSESSIVE_COMPANIES)
def test_possessive_non_companies(text: str, expected: list[str]) -> None:
    """A person's or a place's possessive is no company."""
    assert [o.name for o in _orgs(text)] == expected


@pytest.mark.xfail(strict=True, reason="a bare company name with no suffix, head or lexicon entry is missed")
@pytest.mark.parametrize(("text", "expected"), CASES_POSSESSIVE_COMPANIES)
def test_possessive_company_names(text: str, expected: list[str]) -> None:
    """A capitalized single word owning a business noun (bid, unit, shares, stake, board) is a company."""
    assert [o.name for o in _orgs(text)] == expected
