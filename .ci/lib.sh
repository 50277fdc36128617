# Shared helpers for the .ci stages (sourced, not run): a gunicorn of our own on a free loopback
# port, stopped on exit, and the pinned npm tools.  Expects the repo root as the working directory
# and .venv built by scripts/test.

free_port() {
  .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_server NAME: gunicorn -c gunicorn.conf.py "service:create_app()" on 127.0.0.1:<free port>;
# sets BASE_URL and SERVER_PID, logs to build/logs/NAME-gunicorn.log, waits for /readyz (30 s).
start_server() {
  mkdir -p build/logs
  local port log
  port=$(free_port)
  log="build/logs/$1-gunicorn.log"
  HOST=127.0.0.1 PORT="$port" WEB_CONCURRENCY="${WEB_CONCURRENCY:-2}" \
    .venv/bin/gunicorn -c gunicorn.conf.py "service:create_app()" >"$log" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://127.0.0.1:$port"
  trap stop_server EXIT
  trap "exit 143" TERM INT  # so the EXIT trap stops the server when a timeout ends the stage
  for _ in $(seq 1 150); do
    if curl -fsS "$BASE_URL/readyz" >/dev/null 2>&1; then
      echo "server: $BASE_URL (pid $SERVER_PID)"
      return 0
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.2
  done
  echo "server did not become ready; log:" && cat "$log"
  return 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID"
    for _ in $(seq 1 150); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}

# npm_tools: node_modules from package-lock.json (npm ci, no install scripts), once per lock.
npm_tools() {
  local want have
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  have=$(cat node_modules/.lock-sha256 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    timeout 600 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    echo "$want" > node_modules/.lock-sha256
  fi
}
