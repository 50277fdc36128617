"""Quotes: kinds, frames, speaker resolution, continuation and traps (invented wire-style sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.extract import extract as extract_all
from service.extract import parse_article
from service.extract.facts import Quote
from service.extract.quotes import extract

SEED = Path(__file__).parents[2] / "seeds" / "000_0eb40ad50682e302.txt"

Row = tuple[str, str, str | None]  # (type, surface, speaker name)


def _article(*paragraphs: str, headline: str = "Harbor talks resume") -> str:
    lead = "PORTVILLE, May 2 (AP) -- " + paragraphs[0]
    return "\n\n".join([headline, lead, *paragraphs[1:]]) + "\n"


def _rows(text: str) -> list[Row]:
    article = parse_article(text, "case")
    return [(q.type, q.surface, q.speaker.name if q.speaker else None) for q in extract(article)]


def _quoted(text: str) -> list[Row]:
    """Direct and partial quotes only."""
    return [row for row in _rows(text) if row[0] != "indirect"]


CASES_FRAMES: list[tuple[str, list[Row]]] = [
    # "...," NAME said.
    (_article('"We will finish on time," Lena Marsh said.'), [("direct", "We will finish on time", "Lena Marsh")]),
    # "...," said NAME.
    (_article('"We will finish on time," said Lena Marsh.'), [("direct", "We will finish on time", "Lena Marsh")]),
    # "...," said TITLE NAME, apposition.
    (_article('"Crews are ahead," said Deputy Mayor Lena Marsh, who oversees transport.'),
     [("direct", "Crews are ahead", "Lena Marsh")]),
    # NAME said: "..."
    (_article('Lena Marsh said: "The lanes open in May."'), [("direct", "The lanes open in May.", "Lena Marsh")]),
    # NAME told reporters, "..."
    (_article('Lena Marsh told reporters, "The lanes open in May."'),
     [("direct", "The lanes open in May.", "Lena Marsh")]),
    # adverb between subject and cue
    (_article('"It is late," Lena Marsh later told reporters.'), [("direct", "It is late", "Lena Marsh")]),
    # according to NAME, "..."
    (_article('According to Lena Marsh, "the lanes open in May."'),
     [("direct", "the lanes open in May.", "Lena Marsh")]),
    # split around the frame: one quote, two parts
    (_article('"We will," Lena Marsh said, "finish on time."'),
     [("direct", 'We will," Lena Marsh said, "finish on time.', "Lena Marsh")]),
    # a weak cue that introduces the quote
    (_article('Lena Marsh responded, "Not this year."'), [("direct", "Not this year.", "Lena Marsh")]),
    # a colon frame in the previous paragraph
    (_article("Lena Marsh put it this way in her statement:", '"The port is open for business."'),
     [("direct", "The port is open for business.", "Lena Marsh")]),
    # quote introduced by a comma after a clause without a cue: the clause subject
    (_article('Lena Marsh turned to the crowd, "You built this port."'),
     [("direct", "You built this port.", "Lena Marsh")]),
    # the frame sits after a sentence break ("...?" NAME asked.)
    (_article('"Why now?" Lena Marsh asked.'), [("direct", "Why now?", "Lena Marsh")]),
    # inverted frame with a nominal speaker
    (_article('"The harbor is safe," said a port spokesman.'), [("direct", "The harbor is safe", "port spokesman")]),
    # participial continuation with the same speaker: indirect with "adding"
    (_article("The port will reopen in June, Lena Marsh said Tuesday, adding that two cranes were repaired."),
     [("indirect", "The port will reopen in June", "Lena Marsh"),
      ("indirect", "two cranes were repaired", "Lena Marsh")]),
]

CASES_PRONOUN_SUBJECTS: list[tuple[str, list[Row]]] = [
    # a pronoun right before the cue is the speaker, not the longer phrase before it
    (_article("Lena Marsh spoke on Tuesday.", "The port is \"a gem,\" and every time she said so the crowd cheered."),
     [("partial", "a gem", "Lena Marsh")]),
    (_article("Lena Marsh spoke on Tuesday.", 'At the end of the letter she wrote: "We will be back."'),
     [("direct", "We will be back.", "Lena Marsh")]),
]

CASES_SUBJECT_TRAPS: list[tuple[str, list[Row]]] = [
    # a name ending in -ed opens a sentence as its subject, not as a participle ("Husted continued")
    (_article('Husted continued by saying, "We will appeal this ruling."'),
     [("direct", "We will appeal this ruling.", "Husted")]),
    # transcript lines: a capitalised label before a colon names the speaker; each label starts a new quote
    (_article("Harbor chief Lena Marsh spoke to host Jo Park on Sunday.",
              '"PARK: Chief, I do not want to interrupt.', '"MARSH: Well, look, this is serious business."'),
     [("direct", "Chief, I do not want to interrupt.", "PARK"),
      ("direct", "Well, look, this is serious business.", "MARSH")]),
    # a reporting word inside a channel phrase is a noun ('said in a Facebook post, "..."')
    (_article('Mayor Lena Marsh said in a Facebook post, "We will rebuild the pier."'),
     [("direct", "We will rebuild the pier.", "Lena Marsh")]),
    # a possessive opens a described subject ("Portland's harbor board", "the city's state media")
    (_article('Portville\'s harbor board called the plan "a waste of money."'),
     [("partial", "a waste of money.", "Portville's harbor board")]),
    # a quote inside an ', adding that ...' clause is the speaker's fragment, not its subject's
    (_article('"We will not bend," Jo Park said, adding that the port would respond "firmly."'),
     [("direct", "We will not bend", "Jo Park"), ("partial", "firmly.", "Jo Park")]),
    # a named speaker reported inside someone else's clause keeps the quote
    (_article("A man surnamed Jeon was arrested on Tuesday.",
              "Police said some of what Jeon told them echoed the rival camp; Jeon reportedly told them the island "
              'was a "puppet state" of the mainland.'),
     [("partial", "puppet state", "Jeon")]),
    # a scene-setting opener is nobody's words ("Asked about the plan, X said ...")
    (_article('Asked about the plan, Jo Park said, "It is under review."'),
     [("direct", "It is under review.", "Jo Park")]),
    # a long apposition with several commas before the cue
    (_article('"Both plans scare me," Harry Bond, 30, of Raleigh, N.C., who was polled, said in an interview.'),
     [("direct", "Both plans scare me", "Harry Bond")]),
]

CASES_KINDS: list[tuple[str, list[Row]]] = [
    # partial inside reported syntax
    (_article('Lena Marsh said the dredging has shown "steady progress" this year.'),
     [("indirect", 'the dredging has shown "steady progress" this year', "Lena Marsh"),
      ("partial", "steady progress", "Lena Marsh")]),
    # what NAME called "..."
    (_article('Lena Marsh praised the crews for what she called a "remarkable effort."'),
     [("partial", "remarkable effort.", "Lena Marsh")]),
    # partial attributed by the clause subject (no reporting verb)
    (_article('Lena Marsh blasted the delay as "a waste of public money."'),
     [("partial", "a waste of public money.", "Lena Marsh")]),
    # partial attributed by the subject of its own clause, after a semicolon
    (_article('The vote failed; Tomas Reyes called the result "a sad day for the port."'),
     [("partial", "a sad day for the port.", "Tomas Reyes")]),
    # indirect: NAME said (that) ...
    (_article("Lena Marsh said that the lanes would open in May."),
     [("indirect", "the lanes would open in May", "Lena Marsh")]),
    # indirect: a channel phrase between the cue and the clause
    (_article("Lena Marsh said in a statement on Monday the lanes would open in May."),
     [("indirect", "the lanes would open in May", "Lena Marsh")]),
    # indirect: NAME told reporters ...
    (_article("Lena Marsh told reporters the lanes would open in May."),
     [("indirect", "the lanes would open in May", "Lena Marsh")]),
    # indirect: content first, frame last
    (_article("The lanes will open in May, Lena Marsh said."),
     [("indirect", "The lanes will open in May", "Lena Marsh")]),
    # indirect: according to NAME
    (_article("According to Lena Marsh, the lanes will open in May."),
     [("indirect", "the lanes will open in May", "Lena Marsh")]),
    (_article("The lanes will open in May, according to Lena Marsh."),
     [("indirect", "The lanes will open in May", "Lena Marsh")]),
    # indirect: NAME added that ...
    (_article("Lena Marsh added that the cranes were repaired last week."),
     [("indirect", "the cranes were repaired last week", "Lena Marsh")]),
    # hearsay: no speaker is invented
    (_article("The contractor was earlier said to have asked for more money."),
     [("indirect", "The contractor was earlier said to have asked for more money", None)]),
    # a sentence that is mostly a quote is direct, not indirect
    (_article('"The lanes open in May and the cranes are fixed," Lena Marsh said.'),
     [("direct", "The lanes open in May and the cranes are fixed", "Lena Marsh")]),
]

CASES_SPEAKERS: list[tuple[str, list[Row]]] = [
    # group speaker
    (_article("City officials said the lanes would open in May."),
     [("indirect", "the lanes would open in May", "City officials")]),
    # organization speaker
    (_article("The ministry said the lanes would open in May."),
     [("indirect", "the lanes would open in May", "ministry")]),
    # a capital speaking as its government: kind place
    (_article("Ottawa has said the best it can offer is a small increase."),
     [("indirect", "the best it can offer is a small increase", "Ottawa")]),
    # I/we inside the quote are never speakers
    (_article('"I think we will win," Lena Marsh said.'), [("direct", "I think we will win", "Lena Marsh")]),
    # possessive stripped
    (_article("The plan is sound, according to Lena Marsh's office."),
     [("indirect", "The plan is sound", "Lena Marsh's office")]),
]

CASES_RESOLUTION: list[tuple[str, list[Row]]] = [
    # surname -> full name
    (_article('"We are ready," Deputy Mayor Lena Marsh said.', '"We start Monday," Marsh said.'),
     [("direct", "We are ready", "Lena Marsh"), ("direct", "We start Monday", "Lena Marsh")]),
    # pronoun -> nearest earlier speaker
    (_article('"We are ready," Lena Marsh said.', '"We start Monday," she said.'),
     [("direct", "We are ready", "Lena Marsh"), ("direct", "We start Monday", "Lena Marsh")]),
    # pronoun -> the sentence subject of the previous sentence
    (_article("Tomas Reyes visited the docks on Monday.", '"The cranes are old," he said.'),
     [("direct", "The cranes are old", "Tomas Reyes")]),
    # a nominal description -> the person whose title fits (backwards)
    (_article('"We are ready," Foreign Minister Lena Marsh said.', '"Talks go on," the minister said.'),
     [("direct", "We are ready", "Lena Marsh"), ("direct", "Talks go on", "Lena Marsh")]),
    (_article('"We are ready," Ambassador Tomas Reyes said.', '"Talks go on," said the diplomat.'),
     [("direct", "We are ready", "Tomas Reyes"), ("direct", "Talks go on", "Tomas Reyes")]),
    # cataphora: the lead holds the name back
    (_article("The port will delay its tender, a senior harbor official said Tuesday.",
              '"We need three more months," Deputy Harbor Master Tomas Reyes told reporters.'),
     [("indirect", "The port will delay its tender", "Tomas Reyes"),
      ("direct", "We need three more months", "Tomas Reyes")]),
    # continuation paragraph: one quote in three parts, one speaker
    (_article('"The bridge will reopen in spring," said Lena Marsh. "Crews are ahead.',
              '"We still need two inspections before traffic returns."'),
     [("direct", 'The bridge will reopen in spring," said Lena Marsh. "Crews are ahead.\n\n'
       '"We still need two inspections before traffic returns.', "Lena Marsh")]),
    # an unframed quote right after a framed one in the same paragraph is part of it
    (_article('"The bridge is safe," Lena Marsh said. "Traffic returns soon."'),
     [("direct", 'The bridge is safe," Lena Marsh said. "Traffic returns soon.', "Lena Marsh")]),
    # a paragraph that is all quote, after a paragraph of reported speech: the same speaker
    (_article("Lena Marsh said the cranes were old.", '"We will replace all of them by June."'),
     [("indirect", "the cranes were old", "Lena Marsh"),
      ("direct", "We will replace all of them by June.", "Lena Marsh")]),
    # an attribution line after the quote (fact-check layout)
    (_article("The council met on Monday.", '"We never raised the fares."', "- Marsh."),
     [("direct", "We never raised the fares.", "Marsh")]),
    # a dash and a name after the quote (reader-comment layout)
    (_article("Readers wrote in after the vote.",
              "\u201cThe port is our future and we will fight for it.\u201d \u2015 Ana Ruiz."),
     [("direct", "The port is our future and we will fight for it.", "Ana Ruiz")]),
    # a parenthetical between the name and the cue
    (_article('"We will vote no," Rep. Jo Lee (D-Md.) said.'), [("direct", "We will vote no", "Jo Lee")]),
    # a second speaker breaks the chain
    (_article('"Yes," Lena Marsh said.', '"No," Tomas Reyes said.'),
     [("direct", "Yes", "Lena Marsh"), ("direct", "No", "Tomas Reyes")]),
    # pronoun after two speakers: the nearest
    (_article('"Yes," Lena Marsh said.', '"No," Tomas Reyes said.', '"Maybe," he added.'),
     [("direct", "Yes", "Lena Marsh"), ("direct", "No", "Tomas Reyes"), ("direct", "Maybe", "Tomas Reyes")]),
]

CASES_TRAPS: list[tuple[str, list[Row]]] = [
    # scare quotes and titles are no one's words
    (_article('The so-called "Harbor Wave" reached the city last year.'), []),
    (_article('Critics dubbed the plan "the bridge to nowhere" last year.'), []),
    (_article('The ferry, known as "Old Blue," was retired.'), []),
    (_article('She starred in "Harbor Nights" last year.'), []),
    (_article('The company launched a film called "Deep Water" in May.'), []),
    (_article('He appeared on "Morning Harbor" on Tuesday.'), []),
    # odd mark counts never raise
    (_article('Lena Marsh said "we are done and left the room.'),
     [("direct", "we are done and left the room.", "Lena Marsh")]),
    (_article('A stray" mark sits here.'), []),
    # apostrophes are not quotes
    (_article("The workers' union said the '90s were better."),
     [("indirect", "the '90s were better", "workers' union")]),
    # captions are never a source of quotes
    ('Harbor talks resume\n\nPORTVILLE, May 2 (AP) -- Talks resumed on Monday.\n\n'
     'This photo shows Lena Marsh saying "hello" at the pier. (AP)\n', []),
    # a dateline the sentence splitter cuts ("Nev.") never breaks the lead
    ('Harbor talks resume\n\nRENO, Nev. (AP) -- "We won," Jo Park said.\n', [("direct", "We won", "Jo Park")]),
    # "when asked" is context, not a new quote
    (_article("Lena Marsh declined to comment when asked about the tender."), []),
]


def _ids(cases: list[tuple[str, list[Row]]]) -> list[str]:
    return [text.split("-- ", 1)[1][:40] if "-- " in text else text[:40] for text, _ in cases]


@pytest.mark.parametrize(("text", "expected"), CASES_SUBJECT_TRAPS, ids=_ids(CASES_SUBJECT_TRAPS))
def test_subject_traps(text: str, expected: list[Row]) -> None:
    """Subjects that look like openers, and appositions with many commas."""
    assert _quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_PRONOUN_SUBJECTS, ids=_ids(CASES_PRONOUN_SUBJECTS))
def test_pronoun_subjects(text: str, expected: list[Row]) -> None:
    """A pronoun before the cue is the speaker (resolved to the person)."""
    assert _quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_FRAMES, ids=_ids(CASES_FRAMES))
def test_frames(text: str, expected: list[Row]) -> None:
    """Every attribution frame finds the speaker."""
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_KINDS, ids=_ids(CASES_KINDS))
def test_kinds(text: str, expected: list[Row]) -> None:
    """Direct, partial and indirect quotes."""
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_SPEAKERS, ids=_ids(CASES_SPEAKERS))
def test_speaker_kinds(text: str, expected: list[Row]) -> None:
    """Groups, organizations and places speak as themselves."""
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_RESOLUTION, ids=_ids(CASES_RESOLUTION))
def test_resolution(text: str, expected: list[Row]) -> None:
    """Names, pronouns, nominal descriptions, cataphora and continuations resolve to the person."""
    assert _rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES_TRAPS, ids=_ids(CASES_TRAPS))
def test_traps(text: str, expected: list[Row]) -> None:
    """Titles, scare quotes, odd marks, apostrophes and captions."""
    assert _rows(text) == expected


def _one(text: str) -> Quote:
    found = [q for q in extract(parse_article(text, "case")) if q.type != "indirect"]
    assert len(found) == 1
    return found[0]


@pytest.mark.xfail(strict=True, reason="article parser drops a line ending in a bare name (not sentence-like)")
def test_dash_attribution_without_full_stop() -> None:
    """A reader-comment line without a final full stop keeps its quote."""
    text = _article("Readers wrote in after the vote.", "\u201cThe port is our future.\u201d \u2015 Ana Ruiz")
    assert _quoted(text) == [("direct", "The port is our future.", "Ana Ruiz")]


def test_parts_and_offsets() -> None:
    """A split quote keeps one span per part; every part is exactly the quoted words."""
    text = _article('"We will," Lena Marsh said, "finish on time."')
    quote = _one(text)
    assert [text[p.start : p.end] for p in quote.parts] == ["We will", "finish on time."]
    assert quote.surface == text[quote.span.start : quote.span.end]
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.rule == "frame.np_said/coref.name"


def test_continuation_parts() -> None:
    """The wire continuation rule: a paragraph opening with a mark continues the unclosed quote."""
    text = _article('"The bridge will reopen," said Lena Marsh. "Crews are ahead.', '"Two inspections remain."')
    quote = _one(text)
    assert [text[p.start : p.end] for p in quote.parts] == [
        "The bridge will reopen", "Crews are ahead.", "Two inspections remain."]


def test_speaker_mention_and_kinds() -> None:
    """The speaker keeps its mention as written; a place speaks as kind place, a group has no id."""
    place = [q for q in extract(parse_article(_article("Ottawa has said the offer is final."), "c"))][0]
    assert place.speaker is not None and place.speaker.kind == "place" and place.speaker.mention.text == "Ottawa"
    group = [q for q in extract(parse_article(_article("Ministry officials said the offer is final."), "c"))][0]
    assert group.speaker is not None and (group.speaker.kind, group.speaker.id) == ("group", None)
    nominal = _one(_article('"We are ready," Ambassador Tomas Reyes said.', '"Go," said the diplomat.').replace(
        '"We are ready," Ambassador Tomas Reyes said.', "Ambassador Tomas Reyes met the press."))
    assert nominal.speaker is not None and nominal.speaker.mention.text == "the diplomat"
    assert nominal.speaker.id == "tomas-reyes" and nominal.rule.endswith("coref.nominal")


def test_linked_indirect_and_partial() -> None:
    """A reported clause holding a quoted fragment yields two items linked both ways."""
    text = _article('Lena Marsh said the work was "well ahead of plan" this spring.')
    found = extract(parse_article(text, "case"))
    assert [(q.type, q.linked) for q in found] == [("indirect", ("q-2",)), ("partial", ("q-1",))]


def test_ids_in_text_order() -> None:
    """Ids are q-1, q-2 ... in text order."""
    text = _article('"One," Lena Marsh said.', '"Two," Tomas Reyes said.')
    assert [q.id for q in extract(parse_article(text, "case"))] == ["q-1", "q-2"]


def test_deterministic() -> None:
    """Same input, same output."""
    text = SEED.read_text(encoding="utf-8")
    assert extract(parse_article(text, "a")) == extract(parse_article(text, "a"))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(['"', "\u201c", "\u201d", "'", " said ", " he ", "Lena Marsh", ", ", ". ", "\n\n",
                                 "according to", " the official", "what she called", ":", "Talks", "x"]),
                max_size=60))
def test_total_on_random_text(pieces: list[str]) -> None:
    """Random text with random quote marks and frames never raises; spans index the text."""
    text = "".join(pieces)
    for quote in extract(parse_article(text, "random")):
        assert quote.surface == text[quote.span.start : quote.span.end]
        assert all(quote.span.contains(part) for part in quote.parts)


def test_long_article_is_fast() -> None:
    """A very long article (about 10,000 words) extracts without catastrophic backtracking."""
    import time

    paragraph = '"We will finish the bridge on time," Lena Marsh said, adding that crews "worked hard" all year.'
    text = _article(*([paragraph] * 600))
    started = time.perf_counter()
    extract(parse_article(text, "long"))
    assert time.perf_counter() - started < 5


# --- the seed article (issue 4 acceptance) -------------------------------------------------------------------


def _seed_quotes(full: bool) -> tuple[Quote, ...]:
    article = parse_article(SEED.read_text(encoding="utf-8"), SEED.stem)
    return extract_all(article).quotes if full else extract(article)


@pytest.mark.parametrize("full", [False, True], ids=["quotes-alone", "full-pipeline"])
def test_seed_direct_and_partial(full: bool) -> None:
    """8 direct or partial quotes, the headline's included, all R. Clarke Cooper's."""
    quoted = [q for q in _seed_quotes(full) if q.type in ("direct", "partial")]
    assert len(quoted) == 8
    assert quoted[0].surface == "significantly flexible" and quoted[0].type == "partial"
    assert {q.speaker.name if q.speaker else None for q in quoted} == {"R. Clarke Cooper"}
    assert {q.speaker.id if q.speaker else None for q in quoted} == {"r-clarke-cooper"}
    mentions = {q.speaker.mention.text for q in quoted if q.speaker}
    assert {"he", "a ranking U.S. diplomat", "the U.S. diplomat", "Cooper"} <= mentions


@pytest.mark.parametrize("full", [False, True], ids=["quotes-alone", "full-pipeline"])
def test_seed_reported_speech(full: bool) -> None:
    """The phone-call news is Seoul officials' (group), the 13-percent offer Seoul's (place), no person."""
    indirect = [q for q in _seed_quotes(full) if q.type == "indirect"]
    call = next(q for q in indirect if "telephone conversation" in q.surface)
    offer = next(q for q in indirect if "13-percent" in q.surface)
    assert call.speaker is not None and (call.speaker.kind, call.speaker.name) == ("group", "Seoul officials")
    assert offer.speaker is not None and (offer.speaker.kind, offer.speaker.name) == ("place", "Seoul")
    hearsay = next(q for q in indirect if "said to have requested" in q.surface)
    assert hearsay.speaker is None


def test_seed_cataphora_rule() -> None:
    """The lead's 'a ranking U.S. diplomat' is resolved forward to the name in the next paragraph."""
    lead = next(q for q in _seed_quotes(False) if q.type == "partial" and q.surface == "significant flexibility")
    assert lead.speaker is not None and lead.speaker.mention.text == "a ranking U.S. diplomat"
    assert lead.rule.endswith("coref.cataphora")


def test_speaker_ids_name_extracted_people() -> None:
    """In the full pipeline every person speaker id is one of the extracted people's ids."""
    text = _article('"We are ready," Foreign Minister Lena Marsh said.', '"Talks go on," the minister said.',
                    '"It is late," a harbor pilot said.')
    bundle = extract_all(parse_article(text, "case"))
    ids = {p.id for p in bundle.people}
    for quote in bundle.quotes:
        if quote.speaker is not None and quote.speaker.kind == "person" and quote.speaker.id is not None:
            assert quote.speaker.id in ids


def _full(text: str) -> list[Row]:
    """Direct and partial quotes of the full pipeline, the speaker as ``kind:name``."""
    bundle = extract_all(parse_article(text, "case"))
    return [
        (q.type, q.surface, f"{q.speaker.kind}:{q.speaker.name}" if q.speaker else None)
        for q in bundle.quotes if q.type != "indirect"
    ]


CASES_PIPELINE: list[tuple[str, list[Row]]] = [
    # a person named inside the quote is not its speaker, though the family name is shared
    (_article("Harbor Minister Jang Mi-ra criticized the rival party on Tuesday.",
              '"I wonder whether Chairman Jang Tae-ho\'s remarks speak for his party," Jang said.'),
     [("direct", "I wonder whether Chairman Jang Tae-ho's remarks speak for his party", "person:Jang Mi-ra")]),
]

_LEAD = "Tension rose along the coast on Tuesday."
CASES_BODIES: list[tuple[str, list[Row]]] = [
    # an organization-headed subject speaks for call/describe/denounce as "X" (the full name, kind organization)
    (_article(_LEAD, 'The Portville government voiced regret, describing the remarks as "shameful."'),
     [("partial", "shameful.", "organization:Portville government")]),
    (_article(_LEAD, 'The presidential office described the test as "deeply regrettable."'),
     [("partial", "deeply regrettable.", "organization:presidential office")]),
    (_article(_LEAD, 'The ministry denounced the claim as "unacceptable."'),
     [("partial", "unacceptable.", "organization:ministry")]),
    (_article(_LEAD, 'The foreign ministry lodged a protest with the embassy, calling the claim "unacceptable."'),
     [("partial", "unacceptable.", "organization:foreign ministry")]),
    (_article(_LEAD, 'The Joint Chiefs of Staff called the launch "a grave provocation."'),
     [("partial", "a grave provocation.", "organization:Joint Chiefs of Staff")]),
    (_article(_LEAD, 'The Canadian government slammed the ruling as "unfair."'),
     [("partial", "unfair.", "organization:Canadian government")]),
]


CASES_DESCRIBED: list[tuple[str, list[Row]]] = [
    # a description after the quote: its head noun speaks (not the place in its tail), resolved by title
    (_article("Gen. Ray Holt, commander of U.S. forces in Portugal, arrived on Tuesday.",
              '"We stand ready," the top commander of the 3,000 troops stationed in Portugal said.',
              '"The alliance holds," the four-star U.S. general said.'),
     [("direct", "We stand ready", "person:Ray Holt"), ("direct", "The alliance holds", "person:Ray Holt")]),
    # the subject of an -ing clause does the calling
    (_article("The offer was rejected on Tuesday.",
              'The ministry voiced regret after reports of Vice Minister Oh Min-ja dismissing the plan '
              'as a "fantasy."'),
     [("partial", "fantasy.", "person:Oh Min-ja")]),
    (_article("Foreign Minister Ko Dal-su held talks on Tuesday.",
              "Ko discussed the matter after reports of Min Yo-ra, the leader's sister, dismissing the plan as "
              'the "height of folly."'),
     [("partial", "height of folly.", "person:Min Yo-ra")]),
    # "it said" after an organization's quote: the organization
    (_article("The Harbor Gazette attacked the plan on Tuesday.",
              '"The plan is a swindle," the Harbor Gazette said. "It will fail," it said.'),
     [("direct", "The plan is a swindle", "organization:Harbor Gazette"),
      ("direct", "It will fail", "organization:Harbor Gazette")]),
    # a common lower-case word after a closing mark is never a speaker
    (_article("The two sides clashed on Tuesday.",
              'The envoy\'s "rude" remarks amount to a "provocation," the ministry said.'),
     [("partial", "rude", "organization:ministry"), ("partial", "provocation", "organization:ministry")]),
    # NP told X: the speaker is NP, never the listener
    (_article("A man surnamed Jeon was arrested on Tuesday for arson.",
              'The man, surnamed Jeon, told police, "I was angry at my neighbor."'),
     [("direct", "I was angry at my neighbor.", "person:Jeon")]),
    (_article("Sales slowed in May.", 'The company told Harbor Radio that sales would "double next year."'),
     [("partial", "double next year.", "organization:company")]),
    # a role noun goes to the person known by family name only
    (_article("A man surnamed Jeon was arrested on Tuesday for arson.",
              'The suspect told police, "I did not mean to hurt anyone."'),
     [("direct", "I did not mean to hurt anyone.", "person:Jeon")]),
]
CASES_MORE: list[tuple[str, list[Row]]] = [
    # a pronoun is not the person the quote talks about
    (_article("Senator Ann Vole and Governor Bill Rusk spoke at the rally on Tuesday.",
              'Rusk praised the crowd. "Vole is our best debater," he said.'),
     [("direct", "Vole is our best debater", "person:Bill Rusk")]),
    # 'X, <apposition>, reported that ...' and its partial quote
    (_article("The two allies are watching the site.",
              "Last week, 38 East, a website that tracks the region, reported that work has picked up, citing "
              'images of "smoke or vapor" over a building.'),
     [("partial", "smoke or vapor", "organization:38 East")]),
    # an acronym at the head of a description is the body, not a person
    (_article("Harbor Minister Ko Dal-su spoke on Tuesday.",
              'The island\'s state broadcaster KBX called the drills "a rehearsal for war."'),
     [("partial", "a rehearsal for war.", "organization:island's state broadcaster KBX")]),
    # a pronoun goes to the person who spoke earlier in its paragraph
    (_article("Gov. Ann Vole spoke at the forum on Tuesday, and she praised the plan.",
              'The plan is sound, said Mia Tork, a director at the institute. Others are "having to be leaner," '
              "she said."),
     [("partial", "having to be leaner", "person:Mia Tork")]),
    # a determiner-led subject with a verb before a partial quote
    (_article('The look-alike gushed about a "shared love of the sea."'),
     [("partial", "shared love of the sea.", "person:look-alike")]),
    # '"...," NAME <verb>ed.' after a quote ending in a comma
    (_article('"We had a meeting, it was closed," Jo Park started.'),
     [("direct", "We had a meeting, it was closed", "person:Jo Park")]),
]
CASES_HEADLINES: list[tuple[str, list[Row]]] = [
    # the verb ends a headline subject: 'N. Korean' is no person; the title goes to the titled person of the lead
    (_article("Harbor Minister Ko Dal-su on Tuesday condemned the test.",
              headline="Minister calls N. Korean test 'grave provocation'"),
     [("partial", "grave provocation", "person:Ko Dal-su")]),
    # a trailing ': <source>' attributes the headline quote
    (_article("Harbor Minister Ko Dal-su said Tuesday the port is ready to reopen.",
              headline="Port ready to reopen 'any day now': harbor minister"),
     [("partial", "any day now", "person:Ko Dal-su")]),
    (_article("North Korea warned of a response, its state media said.",
              headline="N. Korea warns of 'merciless' response: KCNA"),
     [("partial", "merciless", "organization:KCNA")]),
]
CASES_WORKS: list[tuple[str, list[Row]]] = [
    # titles of works are nobody's words
    (_article('The band\'s new single, "Amber Road," topped the chart on Tuesday.'), []),
    (_article('The film, titled "Winter Harbor," opens next month.'), []),
    (_article('A drama dubbed "Blue Lantern" aired on Friday.'), []),
    # a work noun right before the title ('the drama "X"', 'her 2009 series "X"') ...
    (_article('The actress rose to fame with the drama "Paper Harbors" in 2004.'), []),
    (_article('Ko Dal-su said he still watches his 2009 series "Salt Wind" with his family.'), []),
    # ... or right after it ('the "X" world tour', 'the "X" concert')
    (_article('The band will begin its "Glass Comet" world tour in Portville next month.'), []),
    (_article('Tickets for the "Night Ferry" concert sold out on Tuesday.'), []),
    # a work noun that is no title: the words stay a quote
    (_article('Mia Tork said the series was "A Waste Of Time" at best.'),
     [("partial", "A Waste Of Time", "person:Mia Tork")]),
]
CASES_ANONYMOUS: list[tuple[str, list[Row]]] = [
    # an anonymous source is never the minister the lead names, nor the minister the quote names
    (_article("South Korean Foreign Minister Ko Dal-su met his counterpart here, an official said Saturday.",
              '"Before the forum opened, Minister Ko had a brief talk with him," the South Korean official said '
              "on condition of anonymity."),
     [("direct", "Before the forum opened, Minister Ko had a brief talk with him", "person:South Korean official")]),
    (_article("Harbor Minister Ko Dal-su held talks on Tuesday.",
              '"The talks went well," an aide said.'),
     [("direct", "The talks went well", "person:aide")]),
    (_article("Harbor Minister Ko Dal-su held talks on Tuesday.",
              '"The talks went well," a government official said.'),
     [("direct", "The talks went well", "person:government official")]),
]
_PIPELINE = (
    CASES_PIPELINE + CASES_BODIES + CASES_DESCRIBED + CASES_MORE + CASES_HEADLINES + CASES_WORKS + CASES_ANONYMOUS
)


@pytest.mark.parametrize(("text", "expected"), _PIPELINE, ids=_ids(_PIPELINE))
def test_pipeline_speakers(text: str, expected: list[Row]) -> None:
    """With people, organizations and places extracted: the right speaker of each quote."""
    assert _full(text) == expected


def test_trailing_frame_with_apposition() -> None:
    """'CONTENT, said NAME, a director ...': the named speaker says the content (not the content's subject)."""
    text = _article("The plan is sound, said Mia Tork, a director at the institute.")
    assert _rows(text) == [("indirect", "The plan is sound", "Mia Tork")]


def test_scene_setting_opener_is_not_reported() -> None:
    """'Asked about the plan, NAME said, "..."' has no reported clause 'Asked about the plan'."""
    rows = _rows(_article('Asked about the plan, Jo Park said, "It is under review."'))
    assert [r for r in rows if r[0] == "indirect"] == []


CASES_QA3: list[tuple[str, list[Row]]] = [
    # passive reporting frames: the subject speaks, never the agent of "by"
    (_article('"Our ports are safe," Jang Min-su was quoted by the ministry as saying.'),
     [("direct", "Our ports are safe", "person:Jang Min-su")]),
    (_article('"Our ports are safe," Jang Min-su was quoted as saying.'),
     [("direct", "Our ports are safe", "person:Jang Min-su")]),
    (_article('"Our ports are safe," Jang Min-su was cited by local media as saying.'),
     [("direct", "Our ports are safe", "person:Jang Min-su")]),
    (_article('Jang Min-su was quoted by the ministry as saying, "Our ports are safe."'),
     [("direct", "Our ports are safe.", "person:Jang Min-su")]),
    # the head of the subject phrase speaks, never a place inside its prepositional phrases
    (_article('The driver in Monday\'s bus crash in Portville said, "I did not see the light," as he left court.'),
     [("direct", "I did not see the light", "person:driver")]),
    (_article('The owner of a bakery in Portville said, "We lost everything."'),
     [("direct", "We lost everything.", "person:owner of bakery")]),
    # partial quotes of one clause share its subject (never a nationality adjective in the object)
    (_article('Defense Minister Jang Min-su on Wednesday stressed the need for sailors to "firmly" regard the '
              'Chinese fleet and its crews as an "enemy," citing recent raids.'),
     [("partial", "firmly", "person:Jang Min-su"), ("partial", "enemy", "person:Jang Min-su")]),
    # 'what they called "..."' is a partial quote of the clause subject they refer to
    (_article('The harbor stayed shut, as fishermen vowed to keep protesting unless the council scraps what '
              'they called "unfair fees."'),
     [("partial", "unfair fees.", "group:fishermen")]),
    # titles after a work noun and a comma list of them are nobody's words
    (_article('The group has so far released two EPs, "Moon*IX" and "Star*Ix."'), []),
    (_article('The band has so far released two EPs, "Blue Hour" and "Night Sky."'), []),
    (_article('The singer has released three albums, "Tide," "Salt" and "Harbor Lights."'), []),
]


@pytest.mark.parametrize(("text", "expected"), CASES_QA3, ids=_ids(CASES_QA3))
def test_qa3_speakers(text: str, expected: list[Row]) -> None:
    """Passive reporting frames, subject heads, shared clause subjects, 'what they called', work titles."""
    assert _full(text) == expected


CASES_QA4: list[tuple[str, list[Row]]] = [
    # two apostrophes as a double mark: a quote, and the sentence after its frame opens a direct one
    (_article("''We are back,'' said Tom Varga, the team chief. ''It is a new start.''"),
     [("direct", "We are back,'' said Tom Varga, the team chief. ''It is a new start.", "person:Tom Varga")]),
    # an unframed quote paragraph after a paragraph whose quote has another grammatical subject
    (_article("Harbor Minister Lena Marsh said the talks went well on Monday.",
              '"It was a calm meeting," said Marsh.',
              'She said nothing "odd" happened. Island Foreign Minister Dov Kern "spoke about keeping promises. '
              'I will not go into details."',
              '"It was not a shouting match. There were two rounds."'),
     [("direct", "It was a calm meeting", "person:Lena Marsh"), ("partial", "odd", "person:Lena Marsh"),
      ("partial", "spoke about keeping promises. I will not go into details.", "person:Lena Marsh"),
      ("direct", "It was not a shouting match. There were two rounds.", "person:Lena Marsh")]),
    # an unframed quote paragraph after '"...," he added.' that closes a quote carried over a paragraph
    (_article('"It is hard to talk now," said a tired Kern. "I will not sleep well.',
              '"We try to move on," he added.',
              '"It hurts, but you cannot keep crying."'),
     [("direct", "It is hard to talk now", "person:Kern"),
      ("direct", 'I will not sleep well.\n\n"We try to move on', "person:Kern"),
      ("direct", "It hurts, but you cannot keep crying.", "person:Kern")]),
    # a stray opening mark inside one utterance: both parts share the frame that closes it
    (_article('Dov Kern spoke on a screen. "It has been a hunt. "It did not work," Kern said.'),
     [("direct", 'It has been a hunt. "It did not work', "person:Dov Kern")]),
    # a bulletin published on an organization's website: the organization speaks
    (_article("A cub was born at the Portville Zoo in May.",
              '"The cub weighs 600 grams," according to a bulletin published on the Portville Zoo\'s website.'),
     [("direct", "The cub weighs 600 grams", "organization:Portville Zoo")]),
    # the second part after a frame closing a carried-over quote; 'it said' is the organization that spoke
    (_article("A cub was born at the Portville Zoo in May.",
              '"We are pleased.',
              '"Its fur is growing," the Portville Zoo said. "Its eyes will open soon."',
              '"Cubs look alike at birth," it said.'),
     [("direct", 'We are pleased.\n\n"Its fur is growing," the Portville Zoo said. "Its eyes will open soon.',
       "organization:Portville Zoo"),
      ("direct", "Cubs look alike at birth", "organization:Portville Zoo")]),
    # a run of hyphens bounds a digest item: no frame crosses it
    (_article('"We call for an inquiry," Harbor Minister Dov Kern said. "We will help." ---------- Ship '
              "seen PORTVILLE - A ship dropped an object into the sea, the Coast Guard said."),
     [("direct", 'We call for an inquiry," Harbor Minister Dov Kern said. "We will help.', "person:Dov Kern")]),
    # 'X Y herself' makes a person: the next 'she told' is hers
    (_article("Early counting favours the party, said party spokesman Tun Aung.",
              '"We are on track," he told reporters.',
              "Khin Myat herself was more careful.",
              '"It is not the time to celebrate," she told supporters.'),
     [("direct", "We are on track", "person:Tun Aung"),
      ("direct", "It is not the time to celebrate", "person:Khin Myat")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_QA4, ids=_ids(CASES_QA4))
def test_qa4_speakers(text: str, expected: list[Row]) -> None:
    """'' marks, unframed quote paragraphs, stray opening marks, organization frames, digest separators."""
    assert _full(text) == expected
