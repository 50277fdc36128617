"""Fact resources: items by id equal list items, filters filter, the timeline is sorted."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

KINDS = ["figures", "quotes", "people", "organizations", "places", "dates"]


@pytest.mark.parametrize("kind", KINDS)
def test_items_by_id_equal_list_items(client: FlaskClient, kind: str) -> None:
    """/{kind}/{id} answers exactly the item the list holds; /facts holds the same items."""
    listed = client.get(f"/{kind}?limit=100").json["items"]
    assert listed == client.get("/facts").json[kind] or kind == "dates"
    for item in listed:
        assert client.get(f"/{kind}/{item['id']}").json == item


def test_dates_are_a_timeline(client: FlaskClient) -> None:
    """/dates is sorted by the date meant (ISO strings), /facts keeps text order."""
    dates = client.get("/dates?limit=100").json["items"]
    keys = [d.get("start") or d["value"] for d in dates]
    assert keys == sorted(keys)
    assert sorted(d["id"] for d in dates) == sorted(d["id"] for d in client.get("/facts").json["dates"])


def test_figure_filters(client: FlaskClient) -> None:
    """kind, unit (case-insensitive), min and max select the figures that match."""
    figures = client.get("/figures?limit=100").json["items"]
    for kind in {f["kind"] for f in figures}:
        got = client.get(f"/figures?kind={kind}&limit=100").json
        assert got["total"] == sum(f["kind"] == kind for f in figures)
    for unit in {f["unit"] for f in figures if "unit" in f}:
        got = client.get("/figures", query_string={"unit": unit.lower(), "limit": 100}).json
        assert got["total"] == sum(f.get("unit", "").lower() == unit.lower() for f in figures)
    got = client.get("/figures?min=100&max=1000000&limit=100").json["items"]
    assert got == [f for f in figures if 100 <= f["value"] <= 1_000_000]


def test_quote_filters_and_person_quotes(client: FlaskClient) -> None:
    """speaker_id selects a speaker's quotes; /people/{id}/quotes gives the same page."""
    quotes = client.get("/quotes?limit=100").json["items"]
    for kind in ("direct", "partial", "indirect"):
        assert client.get(f"/quotes?kind={kind}&limit=100").json["total"] == sum(q["kind"] == kind for q in quotes)
    for person in client.get("/people?limit=100").json["items"]:
        by_filter = client.get(f"/quotes?speaker_id={person['id']}&limit=100").json["items"]
        by_person = client.get(f"/people/{person['id']}/quotes?limit=100").json["items"]
        assert by_filter == by_person
        assert len(by_person) == person["quote_count"]


def test_people_search(client: FlaskClient) -> None:
    """q matches names case-insensitively; an unknown name finds nobody (200, empty page)."""
    for person in client.get("/people?limit=100").json["items"]:
        family = person.get("family_name") or person["name"].split()[-1]
        found = client.get("/people", query_string={"q": family.upper()}).json["items"]
        assert person["id"] in [p["id"] for p in found]
    empty = client.get("/people?q=zzzz-nobody")
    assert empty.status_code == 200 and empty.json["items"] == [] and empty.json["total"] == 0
