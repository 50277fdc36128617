// Use article-facts from TypeScript: openapi-fetch typed by openapi-typescript's output for openapi.yaml.
//
// Run by .ci/sdk against a live server (typescript@5, strict):
//   npx openapi-typescript openapi.yaml --enum-values -o build/sdk/ts/schema.ts
//   npx tsc --strict --module nodenext --moduleResolution nodenext --target es2022 --types node \
//       --rootDir . --outDir build/sdk/ts/out clients/ts/smoke.ts
//   node build/sdk/ts/out/clients/ts/smoke.js http://127.0.0.1:8000
//
// It lists people, fetches one person's quotes, pages through figures with limit/offset, filters
// figures by kind, revalidates with an ETag and handles 404 and 400 problems, asserting on the typed
// results. Only what the seed is guaranteed to have (people, quotes, figures) must be non-empty.
import assert from "node:assert/strict";
import createClient from "openapi-fetch";
import { figureKindValues, type components, type paths } from "../../build/sdk/ts/schema.js";

type Figure = components["schemas"]["Figure"];
type Problem = components["schemas"]["Problem"];

const baseUrl = process.argv[2] ?? "http://127.0.0.1:8000";
const client = createClient<paths>({ baseUrl });

async function peopleAndQuotes(): Promise<void> {
  const { data: people } = await client.GET("/people", { params: { query: { limit: 100 } } });
  assert.ok(people, "GET /people answers a page");
  assert.ok(people.items.length >= 1 && people.total === people.items.length, "the seed names people");
  const speaker = people.items.reduce((best, p) => (p.quote_count > best.quote_count ? p : best));
  const { data: quotes } = await client.GET("/people/{person_id}/quotes", {
    params: { path: { person_id: speaker.id }, query: { limit: 100 } },
  });
  assert.ok(quotes);
  assert.equal(quotes.total, speaker.quote_count);
  for (const quote of quotes.items) {
    assert.equal(quote.speaker?.id, speaker.id);
    assert.ok(quote.evidence.end > quote.evidence.start);
  }
  console.log(`people: ${people.total}; ${speaker.name} (${speaker.id}): ${quotes.total} quotes`);
}

async function pageThroughFigures(limit = 2): Promise<Figure[]> {
  const seen: Figure[] = [];
  let offset = 0;
  let total: number | undefined;
  for (;;) {
    const { data: page } = await client.GET("/figures", { params: { query: { limit, offset } } });
    assert.ok(page);
    assert.deepEqual([page.limit, page.offset], [limit, offset]);
    if (total !== undefined) assert.equal(page.total, total);
    total = page.total;
    assert.equal(page.items.length, Math.min(limit, Math.max(total - offset, 0)));
    seen.push(...page.items);
    if (page.next === undefined) {
      assert.ok(offset + limit >= total, "next is absent only on the last page");
      break;
    }
    assert.equal(page.next, `/figures?limit=${limit}&offset=${offset + limit}`);
    offset += limit;
  }
  assert.ok(seen.length === total && total >= 1, "the seed has figures, each seen once");
  assert.equal(new Set(seen.map((f) => f.id)).size, total);
  for (const figure of seen) {
    assert.equal(typeof figure.value, "number");
    assert.ok(figureKindValues.includes(figure.kind));
  }
  console.log(`figures: ${total}, paged ${limit} at a time`);
  return seen;
}

async function figuresByKind(figures: Figure[]): Promise<void> {
  for (const kind of figureKindValues) {
    const { data: page } = await client.GET("/figures", { params: { query: { kind, limit: 100 } } });
    assert.ok(page);
    assert.deepEqual(
      page.items.map((f) => f.id),
      figures.filter((f) => f.kind === kind).map((f) => f.id),
    );
    if (kind === "money") {
      for (const f of page.items) assert.match(f.unit ?? "", /^[A-Z]{3}$/);
      console.log(`money figures: ${JSON.stringify(page.items.map((f) => [f.value, f.unit]))}`);
    }
  }
}

async function conditionalGet(figure: Figure): Promise<void> {
  const first = await client.GET("/figures/{figure_id}", { params: { path: { figure_id: figure.id } } });
  assert.equal(first.response.status, 200);
  const etag = first.response.headers.get("ETag");
  assert.ok(etag);
  const again = await client.GET("/figures/{figure_id}", {
    params: { path: { figure_id: figure.id }, header: { "If-None-Match": etag } },
  });
  assert.equal(again.response.status, 304);
  console.log(`conditional GET: 304 for ${etag}`);
}

async function problems(): Promise<void> {
  const missing = await client.GET("/figures/{figure_id}", { params: { path: { figure_id: "no-such-figure" } } });
  assert.equal(missing.response.status, 404);
  assert.equal(missing.response.headers.get("Content-Type"), "application/problem+json");
  const notFound: Problem | undefined = missing.error;
  assert.ok(notFound && notFound.status === 404 && notFound.title === "Not Found");
  const nobody = await client.GET("/people/{person_id}/quotes", { params: { path: { person_id: "no-such-person" } } });
  assert.equal(nobody.response.status, 404);
  const tooMany = await client.GET("/figures", { params: { query: { limit: 101 } } });
  assert.equal(tooMany.response.status, 400);
  assert.ok(tooMany.error?.errors && "limit" in tooMany.error.errors);
  console.log(`problems: 404 ${JSON.stringify(notFound.detail)}; 400 ${JSON.stringify(tooMany.error.detail)}`);
}

await peopleAndQuotes();
const figures = await pageThroughFigures();
await figuresByKind(figures);
await conditionalGet(figures[0]!);
await problems();
console.log("typescript sdk: ok");
