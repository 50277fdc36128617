"""Article structure: headline, stamp, dateline, byline, paragraphs, captions, furniture.

Fixtures in ``articles/layout_*.txt`` are invented, each in another agency's page layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from service.extract import extract
from service.extract.article import parse_article

ARTICLES = Path(__file__).parent / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "000_0eb40ad50682e302.txt"

# (fixture, headline, published_at ISO or None, dateline (place, date ISO or None, agency), byline,
#  paragraph count, caption credits, a furniture line that must be gone)
CASES_LAYOUTS = [
    ("layout_ap", "Harbor city votes to rebuild flooded seawall after storm", "2021-03-03T14:15:00-05:00",
     ("PORTLAND, Maine", "2021-03-03", "AP"), "MARTA KOWALSKI", 5, ["AP Photo/Jon Fields, File"], "Related Articles"),
    ("layout_reuters", "China's factory activity expands for third month as orders pick up", None,
     ("BEIJING", None, "Reuters"), None, 4, [], "Reporting by Zhou Lan and Peter Brandt; Editing by Sam Holt"),
    ("layout_kyodo", "Japan to extend emergency in four prefectures amid slow vaccine rollout",
     "2021-01-05T18:30:00+09:00", ("TOKYO", "2021-01-05", "Kyodo"), None, 3, [], "Tweet"),
    ("layout_yonhap", "(LEAD) Seoul to expand rental housing supply in metro area", "2020-12-31T14:20:00+09:00",
     ("SEOUL", "2020-12-31", "Yonhap"), "Han Ji-soo", 4, ["Yonhap"], "Central bank holds rate steady"),
    ("layout_xinhua", "China launches new weather satellite", "2021-01-01T09:15:00+08:00",
     ("JIUQUAN", "2020-12-31", "Xinhua"), None, 3, [], None),
    ("layout_plain", "Library reopens after two-year renovation", None, None, None, 4, [], None),
    ("layout_afp", "French farmers block roads in fuel price protest", "2022-03-12T11:40:00+01:00",
     ("PARIS", "2022-03-12", "AFP"), None, 4, ["AFP"], "Advertisement"),
    ("layout_wrapped", "Harbor city votes to rebuild seawall", None, ("PORTLAND, Maine", None, "AP"), None, 3, [],
     None),
    ("layout_menus", "(LEAD) Seoul to send flood aid to Laos, official says", "2024-03-14T10:21:00+09:00",
     ("SEOUL", "2024-03-14", "Yonhap"), "Kim Na-young", 4, [], "(ATTN: RECASTS headline; ADDS details in paras 3-4)"),
]


@pytest.mark.parametrize(
    ("name", "headline", "published", "dateline", "byline", "paragraphs", "credits", "gone"), CASES_LAYOUTS
)
def test_layouts(
    name: str,
    headline: str,
    published: str | None,
    dateline: tuple[str, str | None, str] | None,
    byline: str | None,
    paragraphs: int,
    credits: list[str],
    gone: str | None,
) -> None:
    """Each layout yields its headline, stamp, dateline, byline, paragraphs and captions."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    article = parse_article(text, name)
    assert article.headline is not None and article.slice(article.headline.span) == headline
    assert (article.published_at.isoformat() if article.published_at else None) == published
    if dateline is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        got = article.dateline
        assert (got.place, got.date.isoformat() if got.date else None, got.agency) == dateline
    assert article.byline == byline
    assert len(article.paragraphs) == paragraphs
    assert [c.credit for c in article.captions] == credits
    kept = [article.slice(b.span) for b in article.blocks]
    if gone is not None:
        assert all(gone not in block for block in kept)
    if article.dateline is not None:  # the lead, which opens with the dateline, is paragraph 1
        assert article.paragraphs[0].span.start == article.dateline.span.start


def test_seed_structure() -> None:
    """The seed: headline, KST stamp, dateline, 12 paragraphs, 2 captions, furniture removed."""
    article = parse_article(SEED.read_text(encoding="utf-8"), SEED.stem)
    assert article.headline is not None
    assert article.slice(article.headline.span) == (
        "U.S. official says U.S. 'significantly flexible' in defense cost-sharing talks with Korea"
    )
    assert article.section == "All News"
    assert article.published_at is not None and article.published_at.isoformat() == "2020-08-21T03:45:00+09:00"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "WASHINGTON", date(2020, 8, 20), "Yonhap"
    )
    assert len(article.paragraphs) == 12
    assert [c.credit for c in article.captions] == ["Yonhap", "Yonhap"]
    assert [article.slice(n) for n in article.captions[1].notes] == ["PHOTO NOT FOR SALE"]
    kept = " ".join(article.slice(b.span) for b in article.blocks)
    for furniture in ("Go to Contents", "Send Feedback", "How can we improve?", "Thanks for your feedback!"):
        assert furniture not in kept
    assert article.anchor == date(2020, 8, 20)


CASES_ODD = [
    "",
    "\n\n\n",
    "(END)",
    "Just a headline",
    '"""""""',
    "WASHINGTON, Feb. 30 (Yonhap) -- A date that does not exist.",
    "All News 25:99 August 41, 2020\n\nSEOUL, Aug. 41 (Yonhap) -- Odd stamp and dateline here.",
    "x" * 5000,
    "\x00\x01\x02 control characters \x1b[0m in a line.",
    "(((((((((((((((((((((((((((((((((((((((((((((((((",
]


@pytest.mark.parametrize("text", CASES_ODD)
def test_odd_text_never_raises(text: str) -> None:
    """Odd input gives a thinner article, never an exception, and spans stay in bounds."""
    article = parse_article(text, "odd")
    for block in article.blocks:
        assert 0 <= block.span.start <= block.span.end <= len(text)
        for sentence in block.sentences:
            assert block.span.start <= sentence.start <= sentence.end <= block.span.end


def test_offsets_index_the_original_text() -> None:
    """Spans index the text exactly as read, leading spaces and CRLF-free lines included."""
    text = "  Tides turn\n\n   LONDON (AP) -- The tide turned early. Boats waited.  \n"
    article = parse_article(text, "t")
    assert article.headline is not None and article.slice(article.headline.span) == "Tides turn"
    lead = article.paragraphs[0]
    assert article.slice(lead.span) == "LONDON (AP) -- The tide turned early. Boats waited."
    assert [article.slice(s) for s in lead.sentences] == [
        "LONDON (AP) -- The tide turned early.",
        "Boats waited.",
    ]


CASES_LEADS = [
    # (text, dateline place or None, paragraph texts kept)
    ("Storm hits coast\n\nMIAMI (AP) -- Winds rose.\n\nHe said:\n\n\"Leave now.\"",
     "MIAMI", ["MIAMI (AP) -- Winds rose.", "He said:", '"Leave now."']),
    ("Council meets\n\nThe council met on Monday to vote.\n\nIt passed a budget.\n\nRoads were debated.\n\n"
     "Parks too.\n\nCLARIFICATION: An earlier version misstated the vote.",
     None, ["The council met on Monday to vote.", "It passed a budget.", "Roads were debated.", "Parks too.",
            "CLARIFICATION: An earlier version misstated the vote."]),
    ("Vote delayed\n\nLONDON: the vote was delayed again on Monday.", None,
     ["LONDON: the vote was delayed again on Monday."]),
]


@pytest.mark.parametrize(("text", "place", "kept"), CASES_LEADS)
def test_lead_rules(text: str, place: str | None, kept: list[str]) -> None:
    """A dateline opens the story only near the top; short lines introducing a quote are kept."""
    article = parse_article(text, "t")
    assert (article.dateline.place if article.dateline else None) == place
    assert [article.slice(p.span) for p in article.paragraphs] == kept


_LEAD = "HARWICK (Reuters) - The ferry to Harwick stopped on Monday after a storm, the port office said.\n"
_NEXT = "Ferries were told to wait offshore, officials said.\n"
_LAST = "Crews expect to restart the ferry on Friday, the office said.\n"

# (case, page, headline, (dateline place, agency) or None, byline, first words of each paragraph, caption credits)
CASES_PAGES = [
    # S1: a link-list head ends the body only after the body started and when a link list follows it.
    ("list head above the lead", "Ferry stops in Harwick\n\nTOP STORIES\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("list head between paragraphs", "Ferry stops in Harwick\n" + _LEAD + "More From This Section\n" + _NEXT + _LAST,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries", "Crews"], []),
    ("list head in the menu", "Home\nWORLD\nLatest News\nFerry stops in Harwick\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("list head then links ends the body", "Ferry stops in Harwick\n" + _LEAD + _NEXT
     + "Related Stories\nBridge reopens after repairs in Dunmore\nTown council approves new budget\nShare this\n",
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("list head and links without a dateline", "Ferry stops in Harwick\n\nThe ferry to Harwick stopped on Monday.\n"
     + _NEXT + "Most Read\nBridge reopens after repairs in Dunmore\nTown council approves new budget\n",
     "Ferry stops in Harwick", None, None, ["The ferry", "Ferries"], []),
    # S2: widgets, labelled bylines, a repeated headline, a headline/standfirst pair.
    ("reading time", "Ferry stops in Harwick\nMay 3, 2024 / 1:51 PM\n\nFerry stops in Harwick\n\nStaff Writer\n\n"
     "3 min read\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("share widgets", "Ferry stops in Harwick\n\nMay 3, 2024 at 2:28 PM\nshare with facebook\nshare on twitter\n\n"
     + _LEAD + _NEXT, "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("repeated headline beats the standfirst", "Ferry stops in Harwick\n\nFerry stops in Harwick\n\n"
     "Passengers told to wait at the pier\n\nNews Desk\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("headline and standfirst under a bare menu word", "Sections\n\nFerry stops in Harwick\n\n"
     "Passengers told to wait at the pier\n\n(ANSA) - Harwick, May 3 - The ferry stopped on Monday, officials said.\n"
     + _NEXT, "Ferry stops in Harwick", ("Harwick", "ANSA"), None, ["(ANSA)", "Ferries"], []),
    ("labelled bylines", "Ferry stops in Harwick.\n\nByline: Lena Marsh\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick.", ("HARWICK", "Reuters"), "Lena Marsh", ["HARWICK", "Ferries"], []),
    ("author line, family name first", "Ferry stops in Harwick\n\nAuthor:Marsh, Lena\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), "Lena Marsh", ["HARWICK", "Ferries"], []),
    ("author line, family name then a role", "Ferry stops in Harwick\n\nAuthor: Marsh, Staff Writer\n\n"
     + _LEAD + _NEXT, "Ferry stops in Harwick", ("HARWICK", "Reuters"), "Marsh", ["HARWICK", "Ferries"], []),
    ("byline, name then an agency", "Ferry stops in Harwick\n\nByline: Marsh, Reuters\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), "Marsh", ["HARWICK", "Ferries"], []),
    ("weather widget, no dateline", "18.5 C\nHarwick\nTuesday, May 7, 2024\n\nFerry stops in Harwick\n\n"
     "The ferry to Harwick stopped on Monday after a storm.\n" + _NEXT,
     "Ferry stops in Harwick", None, None, ["The ferry", "Ferries"], []),
    # S3: caption cues; a caption above the lead is not the headline.
    ("dated photo opener, credit via AP", "Ferry stops in Harwick\n\nIn this May 2, 2024, photo, waves hit the pier"
     " in Harwick. (Coast Times via AP)\n\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], ["Coast Times via AP"]),
    ("agency pic", "Workers tie up a ferry at the pier in Harwick on May 3, 2024. \u2014 Bernama pic\n\n"
     + _LEAD + _NEXT,
     None, ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], ["Bernama"]),
    ("AGENCY/photographer", "Ferry stops in Harwick\nWorkers tie up a ferry at the pier in Harwick on May 3, 2024."
     " REUTERS/Lena Marsh\n" + _LEAD + _NEXT,
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], ["REUTERS/Lena Marsh"]),
    ("PHOTO: credit mid-text", _LEAD + "A ferry waits offshore near Harwick. PHOTO: XINHUA\n" + _NEXT,
     None, ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], ["XINHUA"]),
    # S4, S5: the dash after a dateline place; an agency-first dateline.
    ("glued hyphen is no dateline", "Ferry profits fall\n\nU.S.-listed shares of the ferry firm fell 4 percent.\n"
     + _NEXT,
     "Ferry profits fall", None, None, ["U.S.-listed", "Ferries"], []),
    ("agency-first dateline",
     "Ferry stops in Harwick\n\n(ANSA) - Harwick, May 3 - The ferry stopped, officials said.\n",
     "Ferry stops in Harwick", ("Harwick", "ANSA"), None, ["(ANSA)"], []),
    ("narrow wrap opening the lead",
     "Oct 4 Harbor ferry operator Dunmore\nLines posted a 12 percent fall in quarterly\n"
     "profit and said it expected to post lower first-quarter\nearnings.\n"
     "Shares of the Dunmore-based ferry company were down 4\n"
     "percent at $3.10 in extended trading on Tuesday. They closed at\n"
     "$3.25 on the exchange.\nFor the June-August quarter, the company expects a profit of\n2-6 cents a share.\n",
     None, None, None, ["Oct 4 Harbor ferry operator Dunmore\nLines posted a 12 percent", "Shares", "For the"], []),
    # S6: credit lines are furniture.
    ("credit lines", "Ferry stops in Harwick\n" + _LEAD + _NEXT + "Reporting by Lena Marsh; Editing by Tom Reed\n"
     "Our Standards: The Thomson Reuters Trust Principles.\n",
     "Ferry stops in Harwick", ("HARWICK", "Reuters"), None, ["HARWICK", "Ferries"], []),
    ("credit line alone is no headline",
     "(Harbor Ferry Co.-Yonhap)\n\nSEOUL, May 3 (Yonhap) -- Ferry sales rose 5 percent.\n",
     None, ("SEOUL", "Yonhap"), None, ["SEOUL"], []),
    # A last paragraph signed off with the agency's name is body; a described photo is a caption.
    ("agency sign-off", "Ferry sales rise\n\nSEOUL, May 3 (Yonhap) -- Ferry sales rose 5 percent, data showed.\n\n"
     "The firm sold 2.2 million tickets last year, up from 2 million. (Yonhap)\n\n(END)\n",
     "Ferry sales rise", ("SEOUL", "Yonhap"), None, ["SEOUL", "The firm"], []),
    ("described photo signed by the agency",
     "Ferry sales rise\n\nSEOUL, May 3 (Yonhap) -- Ferry sales rose 5 percent.\n\n"
     "Passengers board a ferry at a pier in Incheon on May 3, 2024. (Yonhap)\n\n(END)\n",
     "Ferry sales rise", ("SEOUL", "Yonhap"), None, ["SEOUL"], ["Yonhap"]),
]


@pytest.mark.parametrize(
    ("case", "page", "headline", "dateline", "byline", "paragraphs", "credits"),
    CASES_PAGES,
    ids=[c[0] for c in CASES_PAGES],
)
def test_page_rules(
    case: str,
    page: str,
    headline: str | None,
    dateline: tuple[str, str] | None,
    byline: str | None,
    paragraphs: list[str],
    credits: list[str],
) -> None:
    """Furniture, list heads, widgets, captions and datelines of other agencies' pages."""
    article = parse_article(page, "t")
    assert (article.slice(article.headline.span) if article.headline else None) == headline
    assert ((article.dateline.place, article.dateline.agency) if article.dateline else None) == dateline
    assert article.byline == byline
    got = [article.slice(p.span) for p in article.paragraphs]
    assert len(got) == len(paragraphs), got
    assert all(p.startswith(w) for p, w in zip(got, paragraphs, strict=True)), got
    assert [c.credit for c in article.captions] == credits


def test_photographer_is_not_a_person() -> None:
    """A photographer named in a credit is not a person of the story; the caption text has no credit."""
    page = ("Ferry stops in Harwick\n" + _LEAD + "Workers tie up a ferry at the pier in Harwick on May 3, 2024."
            " REUTERS/Lena Marsh\n" + _NEXT)
    article = parse_article(page, "t")
    assert [article.slice(c.text) for c in article.captions] == [
        "Workers tie up a ferry at the pier in Harwick on May 3, 2024."
    ]
    assert "Lena Marsh" not in [p.name for p in extract(article).people]


_FERRY = "The ferry to Harwick stopped on Monday after a storm, the port office said.\n"

# Stamps with extra fields ("/ 3 years ago", "Source: X|", "|Editor: Y") and title-case datelines
# (page, published ISO or None, (dateline place, agency, dateline date ISO or None) or None, headline)
CASES_STAMPS = [
    ("stamp with age field", "Ferry stops in Harwick\n#Local News\nJune 9, 2019 / 4:05 PM / 3 years ago\n\n"
     "Ferry stops in Harwick\n\nNews Staff\n\nHARWICK, June 9 (Reuters) - " + _FERRY,
     "2019-06-09T16:05:00+00:00", ("HARWICK", "Reuters", "2019-06-09"), "Ferry stops in Harwick"),
    ("stamp with source and editor fields", "Ferry stops in Harwick\n\nSource: Xinhua| 2019-06-09 10:20:31|"
     "Editor: Mia Hart\n\nHARWICK, June 9 (Xinhua) -- " + _FERRY,
     "2019-06-09T10:20:00+08:00", ("HARWICK", "Xinhua", "2019-06-09"), "Ferry stops in Harwick"),
    ("stamp with agency field", "Ferry stops in Harwick\nAFP | June 9, 2019 | 2 min read\n\n"
     "HARWICK, June 9 (AFP) - " + _FERRY,
     "2019-06-09T00:00:00+02:00", ("HARWICK", "AFP", "2019-06-09"), "Ferry stops in Harwick"),
    ("sentence around a date is no stamp", "Ferry stops in Harwick\nThe port reopened / June 9, 2019 / "
     "officials said\n\nHARWICK (Reuters) - " + _FERRY, None, ("HARWICK", "Reuters", None), "Ferry stops in Harwick"),
    ("title-case dateline, glued dashes", "Port news\n\nHarwick, June 9 (Jiji Press)--" + _FERRY,
     None, ("Harwick", "Jiji Press", None), "Port news"),
    ("title-case dateline, spaced dash", "Ferry stops in Harwick\n\nNew Harwick, June 9 (Kyodo) -- " + _FERRY,
     None, ("New Harwick", "Kyodo", None), "Ferry stops in Harwick"),
    ("title-case words without an agency are no dateline", "Ferry stops in Harwick\n\n"
     "Officials, June 9 (the port said)--the ferry stopped on Monday after a storm.\n", None, None,
     "Ferry stops in Harwick"),
]


@pytest.mark.parametrize(("case", "page", "published", "dateline", "headline"), CASES_STAMPS,
                         ids=[c[0] for c in CASES_STAMPS])
def test_stamps_and_datelines(
    case: str, page: str, published: str | None, dateline: tuple[str, str, str | None] | None, headline: str | None
) -> None:
    """A stamp split by "|" or " / " into a date and page furniture gives the publication time and the year."""
    article = parse_article(page, "t")
    assert (article.published_at.isoformat() if article.published_at else None) == published
    got = article.dateline
    assert ((got.place, got.agency, got.date.isoformat() if got.date else None) if got else None) == dateline
    assert (article.slice(article.headline.span) if article.headline else None) == headline
