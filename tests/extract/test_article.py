"""Article structure: headline, stamp, dateline, byline, paragraphs, captions, furniture.

Fixtures in ``articles/layout_*.txt`` are invented, each in another agency's page layout.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

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
