"""gunicorn settings for article-facts: ``gunicorn -c gunicorn.conf.py "service:create_app()"``.

Conventional variables without a prefix: PORT, HOST, WEB_CONCURRENCY, FORWARDED_ALLOW_IPS.
"""

import os
import shutil
import tempfile

# Prometheus multiprocess mode: every worker writes its samples to files in this directory and /metrics
# sums them. It must be set before prometheus_client is imported (the app is preloaded right after this
# file); the image sets it (ENV), elsewhere a fresh temporary directory is used.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="article-facts-metrics-")
os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)

from service import logs as _logs  # noqa: E402  (after the environment above)

# Containers listen on all interfaces (HOST narrows it); bandit B104 flags the literal.
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # nosec B104
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Worker model, chosen by measurement (bench/perf.py --compare; numbers in README "Performance"):
# gthread, 2 workers x 4 threads. Responses come precomputed from the WSGI fast path (service/fastpath.py),
# so a request costs gunicorn's HTTP parsing and access log, not the app: what matters is the connection model.
# - gthread keeps connections alive and only closes "gracefully" on errors; it had the best throughput of
#   gunicorn 27's worker classes at 64 connections, p99 near 10 ms at 8, and needs no extra dependency.
# - sync forces "Connection: close" on every response, and gunicorn 27 (unlike 23.0) closes each socket with
#   util.close_graceful(): shutdown(SHUT_WR), then recv() until the client closes (up to 2 s, RFC 9112 9.6).
#   A single-threaded sync worker therefore idles after every response until the client has read it and
#   closed its end, so its throughput follows the client's scheduling (one extra round trip per request,
#   far more when the load generator shares the CPUs); 23.0 just called util.close(). It also needs a
#   buffering proxy in front against slow clients.
# - gevent (not in the lock) was no better here than gthread within the noise, and monkey-patches the process.
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "4"))
preload_app = True  # extract once in the master; workers share its pages copy-on-write
timeout = 30
graceful_timeout = 20
keepalive = 5
max_requests = 0  # no recycling: the facts are immutable and no leak has been measured
# 8190, gunicorn's maximum (nginx's 8k): a longer request line gets gunicorn's own text/html 414, which no
# client can parse as a problem; below it the app answers 400 problem+json for over-long or unknown parameters.
limit_request_line = 8190
limit_request_fields = 50
limit_request_field_size = 8190
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")  # the proxy's CIDR, never "*"
control_socket_disable = True  # else gunicorn >= 25.1 creates $HOME/.gunicorn/gunicorn.ctl
# Heartbeat files on tmpfs (a disk-backed /tmp can stall them); bandit B108 flags the fixed path.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # nosec B108
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)s "%(a)s" %({x-request-id}o)s'
logconfig_dict = _logs.logconfig(os.environ.get("LOG_LEVEL", "INFO"))


def on_starting(server):  # type: ignore[no-untyped-def]
    """Start with empty metric files (runs after the preloaded app wrote its own)."""
    path = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    for name in os.listdir(path):
        target = os.path.join(path, name)
        shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)


def post_fork(server, worker):  # type: ignore[no-untyped-def]
    """A forked worker writes its own metric files: publish the startup gauges there."""
    from service.metrics import publish

    publish(worker.app.wsgi().extensions["article_facts.store"])


def child_exit(server, worker):  # type: ignore[no-untyped-def]
    """Drop a dead worker's live gauges from the aggregate."""
    from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

    GunicornInternalPrometheusMetrics.mark_process_dead_on_child_exit(worker.pid)
