"""The immutable fact store, built once at startup from the seed articles.

``FactStore.from_dir`` reads every ``*.txt`` in the seeds directory once, runs the
extractor, validates every fact against its schema and serializes every item and
every default page to bytes with a strong ETag.  A filtered page is serialized on
first use and cached (bounded).  Nothing is extracted or dumped per request.
Any problem with a seed raises :class:`SeedError` with a one-line message.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlencode

import marshmallow as ma
import orjson

from . import __version__
from . import schemas as s
from .bundle import Json, build_bundle
from .extract import EXTRACTOR_VERSION, extract, parse_article
from .gcpause import collector_paused

MAX_CACHED_PAGES: Final = 4096  # per collection; bounded against hostile offsets and filters
DEFAULT_MAX_SEED_BYTES: Final = 1_000_000
GZIP_MIN_BYTES: Final = 1024  # smaller bodies fit one packet anyway: no gzip variant


class SeedError(RuntimeError):
    """A seed file or directory cannot be served; the message is one line naming it."""


@dataclass(frozen=True, slots=True)
class Body:
    """Serialized response bytes, their strong ETag and, over ~1 KB, a gzip variant (ETag ``<etag>-gzip``)."""

    data: bytes
    etag: str
    gzip: bytes | None = None


def make_body(payload: Any) -> Body:
    """Serialize *payload* once; the ETag covers the bytes and the extractor version."""
    data = orjson.dumps(payload)
    digest = hashlib.blake2b(data, digest_size=12, key=EXTRACTOR_VERSION.encode()).hexdigest()
    packed = gzip.compress(data, compresslevel=6, mtime=0) if len(data) > GZIP_MIN_BYTES else None
    return Body(data, digest, packed if packed is not None and len(packed) < len(data) else None)


Filter = Callable[[Json, Any], bool]
PageKey = tuple[str, int, int, tuple[tuple[str, Any], ...]]


@dataclass
class Collection:
    """One resource's items, their bodies by id, and a page cache."""

    path: str
    items: tuple[Json, ...]
    filters: Mapping[str, Filter]
    by_id: Mapping[str, Body]
    pages: dict[PageKey, Body] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, path: str, items: Iterable[Json], filters: Mapping[str, Filter]) -> Collection:
        rows = tuple(items)
        by_id = {row["id"]: make_body(row) for row in rows}
        return cls(path, rows, filters, by_id)

    def page(
        self, limit: int, offset: int, path: str | None = None, scope: tuple[str, ...] = (), **given: Any
    ) -> Body:
        """The page object for these filters, serialized once per distinct key.

        Filters named in *scope* are implied by *path* (``/people/{id}/quotes``): applied, but
        left out of ``next``, whose query must only hold the endpoint's own parameters.
        """
        wanted = tuple(sorted((k, v) for k, v in given.items() if v is not None))
        where = path or self.path
        key: PageKey = (where, limit, offset, wanted)
        if (cached := self.pages.get(key)) is not None:
            return cached
        rows = [row for row in self.items if all(self.filters[k](row, v) for k, v in wanted)]
        body: Json = {"items": rows[offset : offset + limit], "total": len(rows), "limit": limit, "offset": offset}
        if offset + limit < len(rows):  # absent, never null, on the last page
            query = {**{k: v for k, v in wanted if k not in scope}, "limit": limit, "offset": offset + limit}
            body["next"] = f"{where}?{urlencode(query)}"
        page = make_body(body)
        with self.lock:
            if len(self.pages) < MAX_CACHED_PAGES:
                self.pages[key] = page
        return page


def _eq(name: str) -> Filter:
    return lambda row, value: row.get(name) == value


def _casefold_eq(name: str) -> Filter:
    return lambda row, value: str(row.get(name, "")).casefold() == str(value).casefold()


def _people_q(row: Json, value: str) -> bool:
    needle = value.casefold()
    names = [row["name"], *(m["text"] for m in row["mentions"] if m["type"] in ("name", "surname"))]
    return any(needle in n.casefold() for n in names)


def _people_role(row: Json, value: str) -> bool:
    return any(value.casefold() in t["text"].casefold() for t in row["titles"])


ARTICLE_FILTER: Final[Mapping[str, Filter]] = {"article_id": _eq("article_id")}
FILTERS: Final[Mapping[str, Mapping[str, Filter]]] = {
    "figures": {
        **ARTICLE_FILTER,
        "kind": _eq("kind"),
        "unit": _casefold_eq("unit"),
        "min": lambda row, v: row["value"] >= v,
        "max": lambda row, v: row["value"] <= v,
    },
    "quotes": {
        **ARTICLE_FILTER,
        "kind": _eq("kind"),
        "speaker_id": lambda row, v: row.get("speaker", {}).get("id") == v,
    },
    "people": {**ARTICLE_FILTER, "q": _people_q, "role": _people_role},
    "organizations": {**ARTICLE_FILTER, "kind": _eq("kind")},
    "places": {**ARTICLE_FILTER, "kind": _eq("kind")},
    "dates": {**ARTICLE_FILTER, "granularity": _eq("granularity")},
    "checks": ARTICLE_FILTER,
    "articles": {},
}
ITEM_SCHEMAS: Final[Mapping[str, ma.Schema]] = {
    "figures": s.FigureSchema(),
    "quotes": s.QuoteSchema(),
    "people": s.PersonSchema(),
    "organizations": s.OrganizationSchema(),
    "places": s.PlaceSchema(),
    "dates": s.DateSchema(),
}
_ARTICLE_SCHEMA: Final = s.ArticleSchema()
_CHECK_SCHEMA: Final = s.CheckSchema()


def _validated(schema: ma.Schema, data: Json, where: str) -> Json:
    """Dump *data* through *schema* and validate the result: the contract holds or startup stops."""
    dumped: Json = schema.dump(data)
    errors = schema.validate(dumped)
    if errors:
        raise SeedError(f"{where}: extracted data breaks the API contract: {errors}")
    return dumped


def _checks(figures: list[Json], article_id: str) -> list[Json]:
    """Arithmetic checks of stated changes, one per change relation."""
    out = []
    for figure in figures:
        for rel in figure["relations"]:
            if rel["type"] == "change" and "computed_percent" in rel and "from" in rel and "to" in rel:
                check = {
                    "id": figure["id"],
                    "figure_id": figure["id"],
                    "article_id": article_id,
                    "text": figure["text"],
                    "stated_percent": figure["value"] if figure["kind"] in ("percent", "percentage_point") else None,
                    "from": rel["from"],
                    "to": rel["to"],
                    "direction": rel.get("direction"),
                    "computed_percent": rel["computed_percent"],
                    "consistent": rel.get("consistent", False),
                }
                out.append({k: v for k, v in check.items() if v is not None})
    return out


def read_seed(path: Path, max_bytes: int = DEFAULT_MAX_SEED_BYTES) -> str:
    """Read one seed file as text, or raise SeedError naming the file and the problem."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SeedError(f"{path}: {size} bytes is over the {max_bytes}-byte limit (MAX_SEED_BYTES)")
        data = path.read_bytes()
    except OSError as exc:
        raise SeedError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise SeedError(f"{path}: {len(data)} bytes is over the {max_bytes}-byte limit (MAX_SEED_BYTES)")
    if b"\x00" in data:
        raise SeedError(f"{path}: binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SeedError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # universal newlines, as text mode reads
    if not text.strip():
        raise SeedError(f"{path}: empty file")
    return text


def bundle_for(
    text: str, article_id: str, qualify: Callable[[str], str] = lambda i: i, where: str | None = None
) -> Json:
    """Extract one article and return its validated ``/facts`` bundle (versions included).

    *where* names the article in errors (its file path); it defaults to the id.
    """
    where = where or article_id
    article = parse_article(text, article_id)
    if not article.paragraphs:
        raise SeedError(f"{where}: no article body found (no paragraph of prose)")
    with collector_paused():  # startup extraction allocates millions of short-lived objects
        extraction = extract(article)
    raw = build_bundle(extraction, qualify)
    bundle: Json = {"article": _validated(_ARTICLE_SCHEMA, raw["article"], where)}
    for kind, schema in ITEM_SCHEMAS.items():
        bundle[kind] = [_validated(schema, item, f"{where} {kind}") for item in raw[kind]]
    bundle["service_version"] = __version__
    bundle["extractor_version"] = EXTRACTOR_VERSION
    return bundle


def list_seeds(seeds_dir: Path) -> list[Path]:
    """The seed files, sorted by name, or SeedError when there are none."""
    if not seeds_dir.is_dir():
        raise SeedError(f"{seeds_dir}: seeds directory does not exist (set ARTICLE_FACTS_SEEDS_DIR)")
    try:
        files = sorted(p for p in seeds_dir.iterdir() if p.suffix == ".txt" and not p.name.startswith("."))
    except OSError as exc:
        raise SeedError(f"{seeds_dir}: cannot list seeds directory: {exc.strerror or exc}") from None
    if not files:
        raise SeedError(f"{seeds_dir}: seeds directory has no .txt articles")
    return files


@dataclass
class FactStore:
    """Everything the API serves, frozen after startup."""

    bundles: Mapping[str, Body]  # article id -> /articles/{id}/facts body
    collections: Mapping[str, Collection]  # "articles", "figures", "checks", "quotes", ...
    digest: str
    root: Body
    load_seconds: float = 0.0  # reading, extracting, validating and serializing every seed (metrics, bench)

    @property
    def articles(self) -> Collection:
        return self.collections["articles"]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(row["id"] for row in self.articles.items)

    @classmethod
    def from_dir(cls, seeds_dir: Path, max_bytes: int = DEFAULT_MAX_SEED_BYTES) -> FactStore:
        started = time.perf_counter()
        files = list_seeds(seeds_dir)
        texts = [(p.stem, read_seed(p, max_bytes), str(p)) for p in files]
        store = cls.from_texts(texts)
        store.load_seconds = time.perf_counter() - started
        return store

    @classmethod
    def from_texts(cls, texts: list[tuple[str, str, str]]) -> FactStore:
        """Build the store from ``(article_id, text, where)`` triples (``where`` names it in errors)."""
        several = len(texts) > 1
        bundles: dict[str, Json] = {}
        for article_id, text, where in texts:
            bundles[article_id] = bundle_for(text, article_id, _qualifier(article_id, several), where)
        items: dict[str, list[Json]] = {kind: [] for kind in ITEM_SCHEMAS}
        checks: list[Json] = []
        for article_id, bundle in bundles.items():
            for kind in ITEM_SCHEMAS:
                items[kind].extend(bundle[kind])
            checks.extend(_validated(_CHECK_SCHEMA, c, article_id) for c in _checks(bundle["figures"], article_id))
        items["dates"].sort(key=_timeline_key)  # /dates is a timeline; bundles keep text order
        collections = {kind: Collection.build(f"/{kind}", rows, FILTERS[kind]) for kind, rows in items.items()}
        collections["checks"] = Collection.build("/figures/checks", checks, FILTERS["checks"])
        collections["articles"] = Collection.build(
            "/articles", [b["article"] for b in bundles.values()], FILTERS["articles"]
        )
        bodies = {aid: make_body(b) for aid, b in bundles.items()}
        digest = hashlib.blake2b(
            b"".join(body.data for body in bodies.values()), digest_size=12, key=EXTRACTOR_VERSION.encode()
        ).hexdigest()
        root = make_body(_root(len(bundles)))
        return cls(bodies, collections, digest, root)


def _qualifier(article_id: str, several: bool) -> Callable[[str], str]:
    """Ids are unique per article; with several articles they get the article id as prefix."""
    if not several:
        return lambda local: local
    return lambda local: f"{article_id}--{local}"


def _timeline_key(row: Json) -> tuple[str, str, int]:
    """Order dates by the day they start on (ISO strings sort by time), then by position."""
    return (str(row.get("start") or row["value"]), row["article_id"], row["evidence"]["start"])


def _root(count: int) -> Json:
    links = {
        "article": ("/article", "The article: headline, dateline, paragraphs, captions"),
        "articles": ("/articles", "Every loaded article"),
        "facts": ("/facts", "The whole fact bundle of the article"),
        "figures": ("/figures", "Numbers: money, percentages, counts"),
        "checks": ("/figures/checks", "Arithmetic checks of stated changes"),
        "quotes": ("/quotes", "Direct, partial and reported speech with speakers"),
        "people": ("/people", "People and all their mentions"),
        "organizations": ("/organizations", "Organizations"),
        "places": ("/places", "Places"),
        "dates": ("/dates", "Dates, normalized against the dateline"),
        "openapi": ("/openapi.json", "OpenAPI 3.1 description (also /openapi.yaml)"),
        "docs": ("/docs", "Interactive API documentation"),
        "metrics": ("/metrics", "Prometheus metrics, aggregated across workers (text format)"),
        "livez": ("/livez", "Liveness"),
        "readyz": ("/readyz", "Readiness"),
    }
    return {
        "service": "article-facts",
        "service_version": __version__,
        "extractor_version": EXTRACTOR_VERSION,
        "articles": count,
        "links": {k: {"href": href, "title": title} for k, (href, title) in links.items()},
    }
