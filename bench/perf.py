"""Throughput and latency of the service against nginx serving the same bytes, in the same run.

Not a test: prints a table (and ``--json`` for machines). Run from the repository root:

    .venv/bin/python bench/perf.py                 # full run: about 10 minutes on 2 cores
    .venv/bin/python bench/perf.py --quick         # 1 round of 2 s per cell: a smoke run
    .venv/bin/python bench/perf.py --compare       # also gunicorn worker classes and 27 vs 23.0

Needs Debian's ``nginx`` and ``wrk`` (``apt-get install nginx-light wrk``; installed when missing and
running as root). Everything listens on 127.0.0.1 only. The service runs with the production command
and config (``gunicorn -c gunicorn.conf.py "service:create_app()"``, access log and metrics on as
shipped); nginx serves the service's own response bytes as static files (the physical reference) and,
on a third port, proxies the service as a caching reverse proxy that honours its Cache-Control/ETag.
Every cell is the median of ``--rounds`` interleaved rounds (targets alternate inside each round).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import recombine  # noqa: E402  (bench/corpus.py, beside this file)

PORTS = {"service": 18081, "nginx": 18082, "proxy": 18083, "alt": 18084}
HOST = "127.0.0.1"


def _need(tool: str, package: str) -> None:
    if shutil.which(tool) is None and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", package], check=False, capture_output=True)
    if shutil.which(tool) is None:
        sys.exit(f"bench: {tool} not found: apt-get install {package}")


def _get(url: str, headers: dict[str, str] | None = None, timeout: float = 2.0) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (loopback only)  # nosec B310
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


def pss_kib(pid: int) -> int:
    """PSS of *pid* and all its descendants, in KiB (``/proc/*/smaps_rollup``)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += int(re.search(r"^Pss:\s+(\d+) kB", rollup, re.M).group(1))  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, AttributeError):
            continue
    return total


@dataclass
class Service:
    proc: subprocess.Popen[bytes]
    base: str
    cold_start_s: float
    log: Path


@contextmanager
def service(
    seeds: Path, port: int, work: Path, gunicorn: str | None = None, extra: tuple[str, ...] = ()
) -> Iterator[Service]:
    """The production command on *port*; yields once ``/figures`` answers 200 (cold start measured)."""
    exe = gunicorn or str(ROOT / ".venv" / "bin" / "gunicorn")
    env = {**os.environ, "PORT": str(port), "HOST": HOST, "ARTICLE_FACTS_SEEDS_DIR": str(seeds)}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # gunicorn.conf.py makes a fresh one
    log = work / f"gunicorn-{port}-{time.monotonic_ns()}.log"
    base = f"http://{HOST}:{port}"
    started = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(  # nosec B603 (fixed argv)
            [exe, "-c", "gunicorn.conf.py", *extra, "service:create_app()"], cwd=ROOT, env=env, stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        while True:
            if proc.poll() is not None:
                sys.exit(f"bench: service exited early: {log.read_text()[-2000:]}")
            try:
                if _get(base + "/figures", timeout=0.5)[0] == 200:
                    break
            except OSError:
                pass
            if time.perf_counter() - started > 60:
                sys.exit("bench: service did not answer within 60 s")
            time.sleep(0.005)
        yield Service(proc, base, time.perf_counter() - started, log)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


NGINX_CONF = """
worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
daemon off;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  default_type application/json;
  proxy_cache_path {work}/cache keys_zone=facts:10m;
  proxy_temp_path {work}/proxy-temp;  # same file system as the cache: an entry is renamed in, not copied
  upstream facts {{ server {host}:{service}; keepalive 64; }}
  server {{
    listen {host}:{nginx};
    root {work}/static;
{locations}
  }}
  server {{
    listen {host}:{proxy};
    location / {{
      proxy_pass http://facts;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache facts;
      proxy_cache_revalidate on;           # refresh an expired entry with If-None-Match (a 304 from the service)
      proxy_cache_lock on;                 # one request fills a new entry; the others wait for it
      proxy_cache_use_stale updating error timeout http_502 http_503;
      proxy_cache_background_update on;    # nobody waits while an expired entry is revalidated
    }}
  }}
}}
"""


@contextmanager
def nginx(work: Path, bodies: dict[str, bytes]) -> Iterator[None]:
    """nginx: the bodies as static files on one port, a caching proxy of the service on another."""
    static = work / "static"
    static.mkdir(mode=0o755)
    for cache_dir in ("cache", "proxy-temp"):
        (work / cache_dir).mkdir()
        os.chmod(work / cache_dir, 0o777)  # workers run as nobody
    locations = []
    for i, (path, data) in enumerate(bodies.items()):
        (static / f"{i}.json").write_bytes(data)
        locations.append(f"    location = {path} {{ try_files /{i}.json =404; }}")
    conf = work / "nginx.conf"
    conf.write_text(NGINX_CONF.format(work=work, host=HOST, service=PORTS["service"], nginx=PORTS["nginx"],
                                      proxy=PORTS["proxy"], locations="\n".join(locations)))
    proc = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(work)])  # nosec B603 B607
    try:
        for _ in range(200):
            try:
                if _get(f"http://{HOST}:{PORTS['nginx']}{next(iter(bodies))}")[0] == 200:
                    break
            except OSError:
                time.sleep(0.02)
        yield
    finally:
        proc.send_signal(signal.SIGQUIT)
        proc.wait(10)


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def wrk(url: str, conns: int, seconds: float, header: str | None = None) -> dict[str, float]:
    """One wrk run: req/s, p50 and p99 in ms, and non-2xx/3xx plus socket errors."""
    argv = ["wrk", "-t2", f"-c{conns}", f"-d{int(seconds)}s", "--latency", url]
    if header:
        argv[1:1] = ["-H", header]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout  # nosec B603 B607
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]

    def pct(p: str) -> float:
        value, unit = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", out, re.M).groups()  # type: ignore[union-attr]
        return float(value) * _UNITS[unit]

    bad = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", out))
    bad += sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    return {"rps": rps, "p50": pct("50"), "p99": pct("99"), "errors": bad}


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def matrix(cases: dict[str, tuple[str, str, str | None, str | None]], rounds: int, seconds: float,
           targets: tuple[str, ...] = ("nginx", "service", "proxy")) -> dict[tuple[str, str, int], dict[str, float]]:
    """Interleaved rounds: for each round, case and connection count, every target in turn."""
    runs: dict[tuple[str, str, int], list[dict[str, float]]] = {}
    for _ in range(rounds):
        for name, (path, nginx_path, header, nginx_header) in cases.items():
            for conns in (8, 64):
                for target in targets:
                    port = PORTS[target]
                    url = f"http://{HOST}:{port}{nginx_path if target == 'nginx' else path}"
                    head = nginx_header if target == "nginx" else header
                    runs.setdefault((name, target, conns), []).append(wrk(url, conns, seconds, head))
    return {key: _median(value) for key, value in runs.items()}


def _metric(base: str, name: str) -> float:
    text = _get(base + "/metrics")[2].decode()
    found = re.search(rf"^{name} (\S+)$", text, re.M)
    return float(found.group(1)) if found else float("nan")


def startup_figures(seeds: Path, work: Path) -> dict[str, float]:
    """Cold start, extraction time per article and PSS (master + workers) after a few requests."""
    with service(seeds, PORTS["alt"], work) as svc:
        articles = _metric(svc.base, "article_facts_articles")
        extraction = _metric(svc.base, "article_facts_extraction_seconds")
        for path in ("/figures", "/quotes", "/people", "/articles"):
            _get(svc.base + path)
        time.sleep(0.3)
        return {"articles": articles, "cold_start_s": svc.cold_start_s, "extraction_s": extraction,
                "extraction_per_article_ms": 1000 * extraction / max(articles, 1),
                "pss_mib": pss_kib(svc.proc.pid) / 1024}


def _cases(base: str, nginx_base: str) -> tuple[dict[str, tuple[str, str, str | None, str | None]], dict[str, bytes]]:
    """The benchmarked requests and the bytes nginx serves for them (identity: wrk sends no Accept-Encoding)."""
    quotes = json.loads(_get(base + "/quotes?limit=100")[2])["items"]
    speakers = [q["speaker"]["id"] for q in quotes if q.get("speaker", {}).get("id")]
    speaker = max(set(speakers), key=speakers.count) if speakers else "nobody"
    paths = {"figures": "/figures", "quotes?speaker_id": f"/quotes?speaker_id={speaker}", "facts": "/facts"}
    bodies = {f"/static{i}": _get(base + p)[2] for i, p in enumerate(paths.values())}
    tag = _get(base + "/figures")[1]["ETag"]
    cases: dict[str, tuple[str, str, str | None, str | None]] = {
        name: (path, f"/static{i}", None, None) for i, (name, path) in enumerate(paths.items())
    }
    cases["304 /figures"] = ("/figures", "/static0", f"If-None-Match: {tag}", "If-None-Match: {nginx_etag}")
    return cases, bodies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per cell")
    parser.add_argument("--quick", action="store_true", help="1 round of 2 s: a smoke run")
    parser.add_argument("--compare", action="store_true", help="also worker classes and gunicorn 23.0")
    parser.add_argument("--articles", type=int, default=100, help="size of the generated corpus")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds = 1, 2
    _need("nginx", "nginx-light")
    _need("wrk", "wrk")
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="perf-") as tmp:
        work = Path(tmp)
        os.chmod(work, 0o755)
        seeds = ROOT / "seeds"
        with service(seeds, PORTS["service"], work) as svc:
            cases, bodies = _cases(svc.base, "")
            with nginx(work, bodies):
                nginx_tag = _get(f"http://{HOST}:{PORTS['nginx']}/static0")[1]["ETag"]
                cases["304 /figures"] = (*cases["304 /figures"][:3], f"If-None-Match: {nginx_tag}")
                cells = matrix(cases, args.rounds, args.seconds)
                results["cells"] = {f"{c}|{t}|{n}": v for (c, t, n), v in cells.items()}
                results["service_pss_mib_after_load"] = pss_kib(svc.proc.pid) / 1024
        print_table(cells, cases)
        one = startup_figures(seeds, work)
        corpus = work / "corpus"
        recombine(corpus, args.articles)
        many = startup_figures(corpus, work)
        results["startup"] = {"seed": one, f"{args.articles} articles": many}
        growth = (many["pss_mib"] - one["pss_mib"]) / max(many["articles"] - one["articles"], 1)
        results["pss_growth_mib_per_article"] = growth
        print_startup(one, many, growth)
        if args.compare:
            from workers import compare  # bench/workers.py

            results["workers"] = compare(work, seeds, args.rounds, args.seconds)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def print_table(cells: dict[tuple[str, str, int], dict[str, float]], cases: dict[str, object]) -> None:
    print(f"\n{'request':<22}{'conns':>6}{'nginx req/s':>13}{'service req/s':>15}{'ratio':>7}{'p50 ms':>8}"
          f"{'p99 ms':>8}{'proxy req/s':>13}{'proxy ratio':>12}{'errors':>8}")
    for name in cases:
        for conns in (8, 64):
            ref, svc, prx = (cells[(name, t, conns)] for t in ("nginx", "service", "proxy"))
            print(f"{name:<22}{conns:>6}{ref['rps']:>13.0f}{svc['rps']:>15.0f}{svc['rps'] / ref['rps']:>7.3f}"
                  f"{svc['p50']:>8.2f}{svc['p99']:>8.2f}{prx['rps']:>13.0f}{prx['rps'] / ref['rps']:>12.2f}"
                  f"{svc['errors'] + prx['errors']:>8.0f}")


def print_startup(one: dict[str, float], many: dict[str, float], growth: float) -> None:
    print(f"\n{'corpus':<14}{'articles':>9}{'cold start s':>14}{'extraction s':>14}{'ms/article':>12}{'PSS MiB':>9}")
    for label, row in (("seed", one), ("generated", many)):
        print(f"{label:<14}{row['articles']:>9.0f}{row['cold_start_s']:>14.2f}{row['extraction_s']:>14.2f}"
              f"{row['extraction_per_article_ms']:>12.1f}{row['pss_mib']:>9.1f}")
    print(f"memory growth: {growth * 1024:.0f} KiB per extra article (master + workers, PSS)")


if __name__ == "__main__":
    sys.exit(main())
