"""/article, /articles, /facts: the seed's structure over HTTP, and the CLI's equal bundle."""

from __future__ import annotations

import json
import subprocess
import sys

from flask.testing import FlaskClient

from ..conftest import ROOT, SEED

FURNITURE = ("Go to Contents", "Send Feedback", "How can we improve?", "Thanks for your feedback!")


def test_article_shows_the_seed(client: FlaskClient) -> None:
    """Headline, dateline, publication time, 12 paragraphs and 2 captions; no furniture anywhere."""
    response = client.get("/article")
    assert response.status_code == 200
    article = response.json
    assert article["headline"] == (
        "U.S. official says U.S. 'significantly flexible' in defense cost-sharing talks with Korea"
    )
    assert article["published_at"] == "2020-08-21T03:45:00+09:00"
    assert article["dateline"]["place"] == "WASHINGTON"
    assert article["dateline"]["date"] == "2020-08-20"
    assert article["dateline"]["agency"] == "Yonhap"
    assert len(article["paragraphs"]) == 12
    assert len(article["captions"]) == 2
    assert article["captions"][1]["notes"] == ["PHOTO NOT FOR SALE"]
    body = response.get_data(as_text=True)
    assert not any(line in body for line in FURNITURE)


def test_paragraph_offsets_index_the_seed(client: FlaskClient) -> None:
    """Every paragraph, caption and sentence span indexes the seed text exactly."""
    text = SEED.read_text(encoding="utf-8")
    article = client.get("/article").json
    for block in article["paragraphs"] + article["captions"]:
        assert text[block["start"] : block["end"]] == block["text"]
        for sentence in block["sentences"]:
            assert block["start"] <= sentence["start"] < sentence["end"] <= block["end"]
    assert article["paragraphs"][0]["text"].startswith(article["dateline"]["text"])


def test_facts_bundle_shape(client: FlaskClient) -> None:
    """/facts has the article and every fact list; every fact's evidence indexes the text."""
    text = SEED.read_text(encoding="utf-8")
    bundle = client.get("/facts").json
    assert list(bundle)[:7] == ["article", "figures", "quotes", "people", "organizations", "places", "dates"]
    assert bundle["article"]["id"] == SEED.stem
    for kind in ("figures", "quotes", "people", "organizations", "places", "dates"):
        for fact in bundle[kind]:
            assert fact["article_id"] == SEED.stem
            ev = fact["evidence"]
            assert ev["section"] in ("headline", "body", "caption")
            assert text[ev["start"] : ev["end"]] == fact["text"]


def test_cli_prints_the_same_bundle(client: FlaskClient) -> None:
    """`python -m service extract FILE` prints JSON equal to /facts."""
    done = subprocess.run(
        [sys.executable, "-m", "service", "extract", str(SEED)], capture_output=True, check=True, cwd=ROOT
    )
    assert json.loads(done.stdout) == client.get("/facts").json


def test_cli_refuses_a_missing_file() -> None:
    """A missing file: one line on stderr, exit status 2."""
    done = subprocess.run(
        [sys.executable, "-m", "service", "extract", "no/such/file.txt"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "no/such/file.txt" in done.stderr


def test_articles_list_and_item(client: FlaskClient) -> None:
    """/articles pages the articles; /articles/{id} and /articles/{id}/facts answer by id."""
    page = client.get("/articles").json
    assert page["total"] == 1 and page["items"][0]["id"] == SEED.stem
    assert client.get(f"/articles/{SEED.stem}").json == client.get("/article").json
    assert client.get(f"/articles/{SEED.stem}/facts").json == client.get("/facts").json
    assert client.get("/articles/nope/facts").status_code == 404


def test_several_articles(multi_client: FlaskClient) -> None:
    """With several seeds: /facts and /article need article_id; ids stay unique; filters work."""
    response = multi_client.get("/facts")
    assert response.status_code == 400
    assert response.content_type == "application/problem+json"
    assert "article_id" in response.json["errors"]
    assert SEED.stem in response.json["detail"]
    assert multi_client.get("/article?article_id=layout_ap").json["byline"] == "MARTA KOWALSKI"
    assert multi_client.get("/facts?article_id=layout_yonhap").json["article"]["id"] == "layout_yonhap"
    assert multi_client.get("/articles").json["total"] == 3
    for kind in ("figures", "quotes", "people", "organizations", "places", "dates"):
        items = multi_client.get(f"/{kind}?limit=100").json["items"]
        assert len({i["id"] for i in items}) == len(items)
        one = multi_client.get(f"/{kind}?limit=100&article_id=layout_ap").json["items"]
        assert all(i["article_id"] == "layout_ap" for i in one)
