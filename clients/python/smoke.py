"""Use article-facts from Python through the client generated from openapi.yaml.

Run by ``.ci/sdk`` against a live server, after generating the client into ``build/sdk/python``::

    openapi-python-client generate --path openapi.yaml --meta none --fail-on-warning \
        --output-path build/sdk/python/article_facts_client
    PYTHONPATH=build/sdk/python python clients/python/smoke.py http://127.0.0.1:8000

It lists people, fetches one person's quotes, pages through figures with limit/offset,
filters figures by kind, revalidates with an ETag, and handles 404 and 400 problems,
asserting on the typed results.  Counts are not hard-coded: only what the seed is
guaranteed to have (people, quotes, figures) is asserted to be non-empty.
"""

from __future__ import annotations

import re
import sys

from article_facts_client import Client
from article_facts_client.api.figures import get_figure, list_figures
from article_facts_client.api.people import list_people, list_person_quotes
from article_facts_client.models import Figure, FigureKind, FigurePage, Person, PersonPage, Problem, Quote, QuotePage
from article_facts_client.types import Unset


def people_and_quotes(client: Client) -> None:
    """List people; fetch the quotes of the most quoted one; every quote is theirs."""
    people = list_people.sync(client=client, limit=100)
    assert isinstance(people, PersonPage), people
    assert all(isinstance(p, Person) for p in people.items)
    assert people.total == len(people.items) >= 1, "the seed names people"
    speaker = max(people.items, key=lambda p: p.quote_count)  # first of the most quoted
    quotes = list_person_quotes.sync(speaker.id, client=client, limit=100)
    assert isinstance(quotes, QuotePage), quotes
    assert quotes.total == speaker.quote_count == len(quotes.items)
    for quote in quotes.items:
        assert isinstance(quote, Quote)
        assert not isinstance(quote.speaker, Unset) and quote.speaker.id == speaker.id
        assert quote.text and quote.evidence.end > quote.evidence.start
    print(f"people: {people.total}; {speaker.name} ({speaker.id}): {quotes.total} quotes")


def page_through_figures(client: Client, limit: int = 2) -> list[Figure]:
    """Follow limit/offset to the end: pages are consistent and cover every figure once."""
    seen: list[Figure] = []
    offset, total = 0, None
    while True:
        page = list_figures.sync(client=client, limit=limit, offset=offset)
        assert isinstance(page, FigurePage), page
        assert (page.limit, page.offset) == (limit, offset)
        assert total is None or page.total == total
        total = page.total
        assert len(page.items) == min(limit, max(total - offset, 0))
        seen.extend(page.items)
        if isinstance(page.next_, Unset):  # absent on the last page
            assert offset + limit >= total
            break
        assert page.next_ == f"/figures?limit={limit}&offset={offset + limit}"
        offset += limit
    assert len(seen) == total >= 1, "the seed has figures"
    assert len({f.id for f in seen}) == total
    everything = list_figures.sync(client=client, limit=100)
    assert isinstance(everything, FigurePage)
    assert [f.id for f in everything.items] == [f.id for f in seen], "paging keeps the order"
    for figure in seen:
        assert isinstance(figure.value, float) and isinstance(figure.kind, FigureKind)
        assert figure.evidence.end - figure.evidence.start == len(figure.text)
    print(f"figures: {total}, paged {limit} at a time")
    return seen


def figures_by_kind(client: Client, figures: list[Figure]) -> None:
    """Each kind filter returns exactly the figures of that kind; money is in ISO 4217 units."""
    for kind in FigureKind:
        page = list_figures.sync(client=client, kind=kind, limit=100)
        assert isinstance(page, FigurePage), page
        assert all(f.kind == kind for f in page.items)
        assert [f.id for f in page.items] == [f.id for f in figures if f.kind == kind]
        if kind is FigureKind.MONEY:
            assert all(isinstance(f.unit, str) and re.fullmatch(r"[A-Z]{3}", f.unit) for f in page.items)
            print(f"money figures: {[(f.value, f.unit) for f in page.items]}")


def conditional_get(client: Client, figures: list[Figure]) -> None:
    """An item answers with an ETag; sending it back gives 304 Not Modified."""
    first = get_figure.sync_detailed(figures[0].id, client=client)
    assert first.status_code == 200 and isinstance(first.parsed, Figure)
    etag = first.headers["ETag"]
    again = get_figure.sync_detailed(figures[0].id, client=client, if_none_match=etag)
    assert again.status_code == 304 and again.content == b""
    print(f"conditional GET: 304 for {etag}")


def problems(client: Client) -> None:
    """Unknown ids are 404 problems; out-of-range parameters are 400 problems naming them."""
    missing = get_figure.sync_detailed("no-such-figure", client=client)
    assert missing.status_code == 404, missing.status_code
    assert isinstance(missing.parsed, Problem)
    assert (missing.parsed.status, missing.parsed.title) == (404, "Not Found")
    assert missing.headers["Content-Type"] == "application/problem+json"
    nobody = list_person_quotes.sync_detailed("no-such-person", client=client)
    assert nobody.status_code == 404 and isinstance(nobody.parsed, Problem)
    too_many = list_figures.sync_detailed(client=client, limit=101)
    assert too_many.status_code == 400 and isinstance(too_many.parsed, Problem)
    errors = too_many.parsed.errors
    assert not isinstance(errors, Unset) and "limit" in errors.additional_properties
    print(f"problems: 404 {missing.parsed.detail!r}; 400 {too_many.parsed.detail!r}")


def main(base_url: str) -> int:
    with Client(base_url=base_url, raise_on_unexpected_status=True) as client:
        people_and_quotes(client)
        figures = page_through_figures(client)
        figures_by_kind(client, figures)
        conditional_get(client, figures)
        problems(client)
    print("python sdk: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"))
