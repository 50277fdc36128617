"""Dates: (sentence, expected) tables against a fixed anchor, and the seed article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.extract import dates
from service.extract.article import Article, Block, Dateline, parse_article
from service.extract.facts import Span
from service.extract.text import split_sentences

ANCHOR = date(2020, 8, 20)  # a Thursday
SEED = Path(__file__).parents[2] / "seeds" / "000_0eb40ad50682e302.txt"
ARTICLES = Path(__file__).parent / "articles"

Expected = list[tuple[str, str, str]]  # (surface, value, granularity)


def _article(text: str, anchor: date | None = ANCHOR) -> Article:
    """One body paragraph, with a dateline that only carries the anchor date."""
    body = Block("body", 1, Span(0, len(text)), split_sentences(text, Span(0, len(text))))
    line = Dateline(span=Span(0, 0), place="SEOUL", place_span=Span(0, 0), date=anchor)
    return Article(id="t", text=text, paragraphs=(body,), dateline=line if anchor else None)


def _found(text: str, anchor: date | None = ANCHOR) -> Expected:
    return [(d.surface, d.value, d.granularity) for d in dates.extract(_article(text, anchor))]


CASES_WEEKDAYS: list[tuple[str, Expected]] = [
    ("The envoy said Thursday the talks went well.", [("Thursday", "2020-08-20", "day")]),
    ("Officials met Monday in Geneva.", [("Monday", "2020-08-17", "day")]),
    ("The two sides will meet Friday.", [("Friday", "2020-08-21", "day")]),
    ("They will meet again Thursday.", [("Thursday", "2020-08-20", "day")]),
    ("The delegation will fly home Monday.", [("Monday", "2020-08-24", "day")]),
    ("He left last Thursday.", [("last Thursday", "2020-08-13", "day")]),
    ("Talks resume next Tuesday.", [("next Tuesday", "2020-08-25", "day")]),
    ("On Friday, the ministers will sign the pact.", [("Friday", "2020-08-21", "day")]),
    ("He said Tuesday that the team will return.", [("Tuesday", "2020-08-18", "day")]),
    ("The vote is set for Sunday.", [("Sunday", "2020-08-23", "day")]),
    ("Thursday's meeting ended without a deal.", [("Thursday", "2020-08-20", "day")]),
    ("The summit is scheduled to open Wednesday.", [("Wednesday", "2020-08-26", "day")]),
    ("The ministry announced the plan Saturday.", [("Saturday", "2020-08-15", "day")]),
    ("The ministry said the drills would start Monday.", [("Monday", "2020-08-24", "day")]),
    ("The ministry would not comment Monday.", [("Monday", "2020-08-17", "day")]),
]

# Present tense next to a weekday schedules the coming day; past cues and "since" still look back.
CASES_PRESENT_FORWARD: list[tuple[str, Expected]] = [
    ("The ministry opened a safety week that runs until Sunday.", [("Sunday", "2020-08-23", "day")]),
    ("The photo exhibition runs through Saturday.", [("Saturday", "2020-08-22", "day")]),
    ("The new tariffs take effect Monday.", [("Monday", "2020-08-24", "day")]),
    ("The stricter rules apply starting Tuesday.", [("Tuesday", "2020-08-25", "day")]),
    ("The hearing, slated for Wednesday, may be delayed.", [("Wednesday", "2020-08-26", "day")]),
    ("A vote scheduled for Friday was postponed.", [("Friday", "2020-08-21", "day")]),
    ("Tax forms must be filed by Monday.", [("Monday", "2020-08-24", "day")]),
    ("Starting Monday, shops close at 9 p.m.", [("Monday", "2020-08-24", "day")]),
    ("The film festival opens Saturday in the port city.", [("Saturday", "2020-08-22", "day")]),
    (
        "The trade fair, which runs from Tuesday to Sunday, expects buyers.",
        [("Tuesday", "2020-08-25", "day"), ("Sunday", "2020-08-30", "day")],
    ),
    ("The envoy is in the region through Friday.", [("Friday", "2020-08-21", "day")]),
    ("During his four-day trip from Sunday, he plans to meet officials.", [("Sunday", "2020-08-23", "day")]),
    ("The envoy on Saturday will tour the border.", [("Saturday", "2020-08-22", "day")]),
    ("The North on Sunday fired two missiles.", [("Sunday", "2020-08-16", "day")]),
    ("During talks Sunday, officials said they will meet again.", [("Sunday", "2020-08-16", "day")]),
    ("The two sides agreed to hold talks Friday.", [("Friday", "2020-08-21", "day")]),
    ("The agency aims to finish the review by Monday.", [("Monday", "2020-08-24", "day")]),
    ("The two sides agreed to the deal Monday.", [("Monday", "2020-08-17", "day")]),
    (
        "Kim visited Beijing in May and again on Saturday.",
        [("May", "2020-05", "month"), ("Saturday", "2020-08-15", "day")],
    ),
    ("Officials may meet on Saturday.", [("Saturday", "2020-08-22", "day")]),
    ("The fair ran from Wednesday to Tuesday.", [("Wednesday", "2020-08-12", "day"), ("Tuesday", "2020-08-18", "day")]),
    ("The drills ran until Sunday.", [("Sunday", "2020-08-16", "day")]),
    ("The strike lasted until Saturday.", [("Saturday", "2020-08-15", "day")]),
    ("Infections have climbed since Monday.", [("Monday", "2020-08-17", "day")]),
    ("Lee, who is on a trip abroad, on Tuesday met his counterpart.", [("Tuesday", "2020-08-18", "day")]),
]

CASES_ABSOLUTE: list[tuple[str, Expected]] = [
    ("The deal was signed Aug. 3, 2020.", [("Aug. 3, 2020", "2020-08-03", "day")]),
    ("The deal was signed on August 3rd.", [("August 3rd", "2020-08-03", "day")]),
    ("The treaty was signed Sept. 19, 2018, in the capital.", [("Sept. 19, 2018", "2018-09-19", "day")]),
    ("The data released 2020-07-31 showed a drop.", [("2020-07-31", "2020-07-31", "day")]),
    ("The summit opened on 3 August 2020.", [("3 August 2020", "2020-08-03", "day")]),
    ("The report came out in August 2019.", [("August 2019", "2019-08", "month")]),
    ("The firm was founded in 2019.", [("2019", "2019", "year")]),
    ("The firm has grown since 2015.", [("2015", "2015", "year")]),
    ("Talks stalled in early 2019.", [("2019", "2019", "year")]),
    ("The target must be met by 2030.", [("2030", "2030", "year")]),
    ("The ceasefire began Dec. 5.", [("Dec. 5", "2019-12-05", "day")]),
    ("Elections will be held April 15.", [("April 15", "2021-04-15", "day")]),
    ("The probe began Aug. 2 and ended Aug. 18.", [("Aug. 2", "2020-08-02", "day"), ("Aug. 18", "2020-08-18", "day")]),
    ("The forum ran Aug. 10-12 in the capital.", [("Aug. 10-12", "2020-08-10/2020-08-12", "interval")]),
    ("The forum ran Aug. 10-12, 2019, in the capital.", [("Aug. 10-12, 2019", "2019-08-10/2019-08-12", "interval")]),
    ("The forum ran Aug. 12-10 in the capital.", []),
]

CASES_RELATIVE: list[tuple[str, Expected]] = [
    ("Exports fell last year.", [("last year", "2019", "year")]),
    ("Under last year's deal, the fee rose.", [("last year", "2019", "year")]),
    ("Exports will rise next year.", [("next year", "2021", "year")]),
    ("Prices rose this year.", [("this year", "2020", "year")]),
    ("Imports rose last month.", [("last month", "2020-07", "month")]),
    ("The vote is next month.", [("next month", "2020-09", "month")]),
    ("He was appointed earlier this month.", [("earlier this month", "2020-08", "month")]),
    ("She was named earlier in the month.", [("earlier in the month", "2020-08", "month")]),
    ("A decision is expected later this year.", [("later this year", "2020", "year")]),
    ("The envoys meet next week.", [("next week", "2020-08-24/2020-08-30", "interval")]),
    ("He visited the capital last week.", [("last week", "2020-08-10/2020-08-16", "interval")]),
    ("The deal was reached earlier this week.", [("earlier this week", "2020-08-17/2020-08-20", "interval")]),
    ("Tensions have risen in recent weeks.", [("in recent weeks", "../2020-08-20", "vague")]),
    ("Prices climbed in recent days.", [("in recent days", "../2020-08-20", "vague")]),
    ("Trade has slowed over the past few months.", [("over the past few months", "../2020-08-20", "vague")]),
    ("The plant opened in March.", [("March", "2020-03", "month")]),
    ("The plant will open in March.", [("March", "2021-03", "month")]),
    ("The law took effect in November.", [("November", "2019-11", "month")]),
    ("The drills ended in mid-March.", [("March", "2020-03", "month")]),
    ("The drills ended last March.", [("last March", "2020-03", "month")]),
    ("Exports rose 5 percent on-year.", [("on-year", "2019-08-20/2020-08-20", "interval")]),
    ("Sales rose 3 percent year-on-year.", [("year-on-year", "2019-08-20/2020-08-20", "interval")]),
    ("He resigned two years ago.", [("two years ago", "2018", "year")]),
    ("Output fell 4 percent from a year earlier.", [("from a year earlier", "2019-08-20/2020-08-20", "interval")]),
    ("Output fell 4 percent year-over-year.", [("year-over-year", "2019-08-20/2020-08-20", "interval")]),
    ("The plan was drafted early this year.", [("this year", "2020", "year")]),
    ("The plan was drafted earlier in the week.", [("earlier in the week", "2020-08-17/2020-08-20", "interval")]),
    ("Prices rose over the past year.", [("over the past year", "../2020-08-20", "vague")]),
    ("The bill passes later this month.", [("later this month", "2020-08", "month")]),
    ("The deal was struck 10 days ago.", [("10 days ago", "2020-08-10", "day")]),
    ("Turnout fell four months ago.", [("four months ago", "2020-04", "month")]),
    ("The ban ends next March.", [("next March", "2021-03", "month")]),
    ("Talks may resume in the coming weeks.", [("in the coming weeks", "2020-08-20/..", "vague")]),
    ("Protests grew last weekend.", [("last weekend", "2020-08-15/2020-08-16", "interval")]),
    ("Rallies are planned this weekend.", [("this weekend", "2020-08-22/2020-08-23", "interval")]),
    ("Rallies are planned next weekend.", [("next weekend", "2020-08-29/2020-08-30", "interval")]),
    ("He was jailed on Jan. 15 last year.", [("Jan. 15 last year", "2019-01-15", "day")]),
    ("The ban began in March last year.", [("March last year", "2019-03", "month")]),
    ("The ban ends in October next year.", [("October next year", "2021-10", "month")]),
    ("The ship sank three days ago.", [("three days ago", "2020-08-17", "day")]),
    ("The ministry said yesterday it would act.", [("yesterday", "2020-08-19", "day")]),
    ("The results come out tomorrow.", [("tomorrow", "2020-08-21", "day")]),
]

# A preposition opening the sentence, "for", "the previous day", a year after "the whole of", "in Jan.".
CASES_LEAD_INS: list[tuple[str, Expected]] = [
    ("For December, ferry sales rose 3 percent.", [("December", "2019-12", "month")]),
    ("In October, they fell.", [("October", "2019-10", "month")]),
    ("Ferry sales rose 3 percent for July.", [("July", "2020-07", "month")]),
    ("Voters in the ward cast ballots for May and Smith.", []),
    ("The mill restarted after a blackout the previous day.", [("the previous day", "2020-08-19", "day")]),
    ("Tickets sold out the day before.", [("the day before", "2020-08-19", "day")]),
    ("The day before the vote, he resigned.", []),
    ("Ferry traffic fell the previous week.", [("the previous week", "2020-08-10/2020-08-16", "interval")]),
    ("For the whole of 2019, the firm sold 2 million bikes.", [("2019", "2019", "year")]),
    ("Sales were flat for the rest of 2019.", [("2019", "2019", "year")]),
    ("The plant will close in Jan. for repairs.", [("Jan.", "2021-01", "month")]),
    ("The plant closed in Feb. for repairs.", [("Feb.", "2020-02", "month")]),
    ("Five years ago, the city opened a port.", [("Five years ago", "2015", "year")]),
    ("Talks stalled at the end of November after a row.", [("November", "2019-11", "month")]),
    ("The fair opens at the start of November.", [("November", "2020-11", "month")]),
]

# Year-less dates just across New Year in a late-December story: the clause's tense decides, a relative
# clause ("which were halted") does not, and the tense cue may stand far before the date.
YEAR_END = date(2021, 12, 28)
CASES_YEAR_END: list[tuple[str, Expected]] = [
    ("The plant will resume operations, which were halted, on Feb. 3.", [("Feb. 3", "2022-02-03", "day")]),
    ("The ferry line plans to restart the route to the northern islands, which carries cars and trucks"
     " for the farms, on Jan. 10.", [("Jan. 10", "2022-01-10", "day")]),
    ("The plant resumed operations, which were halted, on Feb. 3.", [("Feb. 3", "2021-02-03", "day")]),
    ("The plant was halted on Feb. 3.", [("Feb. 3", "2021-02-03", "day")]),
    ("Operations at the plant, which is to be upgraded, stopped on Feb. 3.", [("Feb. 3", "2021-02-03", "day")]),
    ("The plant will reopen in January, the firm said.", [("January", "2022-01", "month")]),
    ("The firm plans to bring its three plants, including the cold-rolled steel mill, back to normal by the end"
     " of January, it said.", [("January", "2022-01", "month")]),
    ("The state-owned firm restarted its mills at the end of January.", [("January", "2021-01", "month")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_YEAR_END)
def test_year_end_tense(text: str, expected: Expected) -> None:
    """Near the year boundary a year-less date takes the tense of its whole clause."""
    assert _found(text, anchor=YEAR_END) == expected


CASES_TRAPS: list[tuple[str, Expected]] = [
    ("Koreans celebrated the New Year with family.", []),
    ("Families gathered for the Lunar New Year holiday.", []),
    ("Theresa May said the plan would work.", []),
    ("May the talks succeed, he said.", []),
    ("Officials may march to the plaza.", []),
    ("The March rally drew thousands.", []),
    ("Protesters staged a march in the capital.", []),
    ("The Galaxy S20 and the K2020 rifle sold well.", []),
    ("The new Sonata 2021 model sold well.", []),
    ("He drove a 2020 model to work.", []),
    ("Sales reached 2,019 units.", []),
    ("The firm's 2020 revenue rose.", []),
    ("The season ran in 2019-20 for the league.", []),
    ("The index stood at 2019.5 points.", []),
    ("Shares rose in 2020 percent terms.", []),
    ("The drills involved 2,000 troops and 1990 tanks.", []),
]


def test_headline_infinitive_is_future() -> None:
    """A headline's "to meet Friday" is the coming Friday; the same words in the body stay past by default."""
    text = "Envoys to meet Friday\n\nAll News 10:00 August 20, 2020\n\nSEOUL, Aug. 20 (AP) -- Envoys met Friday.\n"
    article = parse_article(text, "h")
    found = [(d.surface, d.value) for d in dates.extract(article)]
    assert found == [("Friday", "2020-08-21"), ("Aug. 20", "2020-08-20"), ("Friday", "2020-08-14")]


def test_present_tense_from_a_monday() -> None:
    """Against a Monday anchor, "runs until Sunday" is the Sunday six days later, not the day before."""
    text = "The city began an education week that runs until Sunday."
    assert _found(text, anchor=date(2020, 8, 17)) == [("Sunday", "2020-08-23", "day")]


def test_headline_present_tense_is_past() -> None:
    """A headline's present tense reports the past: "Envoys meet Monday" is the Monday before the dateline."""
    text = "Envoys meet Monday\n\nAll News 10:00 August 20, 2020\n\nSEOUL, Aug. 20 (AP) -- Envoys met.\n"
    found = [(d.surface, d.value) for d in dates.extract(parse_article(text, "h"))]
    assert found == [("Monday", "2020-08-17"), ("Aug. 20", "2020-08-20")]


CASES_NO_ANCHOR: list[tuple[str, Expected]] = [
    ("The deal was signed Aug. 3, 2020, and talks resumed Thursday.", [("Aug. 3, 2020", "2020-08-03", "day")]),
    ("Exports fell last year and in recent weeks.", []),
    ("The firm was founded in 2019.", [("2019", "2019", "year")]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASES_WEEKDAYS + CASES_PRESENT_FORWARD + CASES_ABSOLUTE + CASES_RELATIVE + CASES_LEAD_INS + CASES_TRAPS,
)
def test_dates_against_the_anchor(text: str, expected: Expected) -> None:
    """Each expression resolves to its ISO value at its granularity."""
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_NO_ANCHOR)
def test_relative_dates_need_an_anchor(text: str, expected: Expected) -> None:
    """Without an anchor only absolute dates are kept (never today's date)."""
    assert _found(text, anchor=None) == expected


def test_spans_ids_and_fields() -> None:
    """Surfaces match the text, ids count in text order, relative flags and the anchor are set."""
    text = "Envoys met Thursday and will meet again next week, after talks on Aug. 3, 2020."
    found = dates.extract(_article(text))
    assert [d.id for d in found] == ["date-1", "date-2", "date-3"]
    assert all(text[d.span.start : d.span.end] == d.surface for d in found)
    assert [d.relative for d in found] == [True, True, False]
    assert all(d.anchor == ANCHOR for d in found)
    assert found[1].start == date(2020, 8, 24) and found[1].end == date(2020, 8, 30)


def test_seed_dates() -> None:
    """The seed's dates resolve as the issue states; the page stamp is not a date fact."""
    article = parse_article(SEED.read_text(encoding="utf-8"), "seed")
    found = dates.extract(article)
    by_surface = {d.surface: d for d in found}
    assert by_surface["Thursday"].value == "2020-08-20"
    assert by_surface["Aug. 20"].value == "2020-08-20"
    assert by_surface["Aug. 20"].rule == "date.dateline"
    assert by_surface["last year"].value == "2019"
    assert by_surface["earlier in the month"].value == "2020-08"
    assert by_surface["earlier in the month"].granularity == "month"
    assert by_surface["Aug. 3, 2020"].value == "2020-08-03"
    assert by_surface["Aug. 3, 2020"].relative is False
    assert by_surface["in recent weeks"].granularity == "vague"
    assert by_surface["in recent weeks"].end == date(2020, 8, 20)
    assert article.published_span is not None
    assert not any(article.published_span.contains(d.span) for d in found)
    assert [d.span for d in found] == sorted(d.span for d in found)
    assert all(d.timezone == "Asia/Seoul" for d in found)


def test_long_input_of_near_dates() -> None:
    """A 1 MB paragraph full of near-dates: only the real ones come out (speed: bench/extract_scaling.py)."""
    text = "In May 2019 the March of 2020 model may 20 in recent Monday " * 17000
    found = dates.extract(_article(text))
    assert [d.surface for d in found[:2]] == ["May 2019", "Monday"]


ARTICLE_EXPECTATIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "entities_court_party",
        [
            ("June 10", "2022-06-10"),
            ("Friday", "2022-06-10"),
            ("March 2020", "2020-03"),
            ("2020", "2020"),
            ("Thursday", "2022-06-09"),
            ("next year", "2023"),
            ("next week", "2022-06-13/2022-06-19"),
            ("Jan. 15 last year", "2021-01-15"),
            ("June 10, 2022", "2022-06-10"),
        ],
    ),
    (
        "entities_kdi_forecast",
        [
            ("March 9", "2021-03-09"),
            ("Tuesday", "2021-03-09"),
            ("next year", "2022"),
            ("November", "2020-11"),
            ("on-year", "2020-03-09/2021-03-09"),
            ("last month", "2021-02"),
            ("Wednesday", "2021-03-03"),
            ("June", "2021-06"),
            ("in recent weeks", "../2021-03-09"),
            ("last year", "2020"),
            ("next week", "2021-03-15/2021-03-21"),
            ("March 3, 2021", "2021-03-03"),
            ("January", "2021-01"),
        ],
    ),
    (
        "entities_strait_patrol",
        [
            ("Aug. 2", "2021-08-02"),
            ("Monday", "2021-08-02"),
            ("in recent days", "../2021-08-02"),
            ("next week", "2021-08-09/2021-08-15"),
            ("two years ago", "2019"),
            ("July", "2021-07"),
            ("Thursday", "2021-07-29"),
            ("Aug. 1, 2021", "2021-08-01"),
        ],
    ),
    (
        "entities_chip_plant",
        [
            ("Nov. 24", "2021-11-24"),
            ("Wednesday", "2021-11-24"),
            ("2022", "2022"),
            ("2024", "2024"),
            ("earlier this month", "2021-11"),
            ("in recent months", "../2021-11-24"),
            ("May", "2021-05"),
            ("last year", "2020"),
            ("on-year", "2020-11-24/2021-11-24"),
            ("Nov. 2, 2021", "2021-11-02"),
            ("Tuesday", "2021-11-23"),
        ],
    ),
    (
        "entities_un_sanctions",
        [
            ("Sept. 3", "2021-09-03"),
            ("Friday", "2021-09-03"),
            ("Aug. 28", "2021-08-28"),
            ("last week", "2021-08-23/2021-08-29"),
            ("2017", "2017"),
            ("Sept. 2, 2021", "2021-09-02"),
        ],
    ),
]


@pytest.mark.parametrize(("slug", "expected"), ARTICLE_EXPECTATIONS)
def test_whole_articles(slug: str, expected: list[tuple[str, str]]) -> None:
    """Wire-style articles: every date in text order, resolved against the dateline; never the stamp."""
    article = parse_article((ARTICLES / f"{slug}.txt").read_text(encoding="utf-8"), slug)
    found = dates.extract(article)
    assert [(d.surface, d.value) for d in found] == expected
    assert [d.id for d in found] == [f"date-{n}" for n in range(1, len(found) + 1)]
    assert found[0].rule == "date.dateline" and found[0].anchor == article.anchor
    assert article.published_span is not None
    assert not any(article.published_span.overlaps(d.span) for d in found)


@pytest.mark.parametrize(
    "phrase",
    [
        "2020-08-20", "Aug. 3", "August 3rd", "3 August", "August 2020", "LAST Thursday", "IN RECENT weeks",
        "IN THE PAST few days", "Earlier this month", "in the coming weeks", "THE previous day", "the day before.",
        "next weekend", "Five years ago", "TODAY", "YeSTERDAY", "yeſterday", "ToMoRRoW", "TONIGHT", "YEAR-on-year",
        "year-over-year", "FROM a year ago", "in March", "until Sept.", "Mid-June", "in 2019",
        "THE first half of 2019", "since early 2019",
    ],
)
def test_every_date_holds_a_key(phrase: str) -> None:
    """Sentences without a key are never searched: every date expression holds one, in any case."""
    text = f"They said {phrase}"
    assert [m.group() for m in dates._DATE.finditer(text)], phrase  # a date ...
    assert all(dates._DATE_KEY.search(m.group()) for m in dates._DATE.finditer(text))  # ... with its key
