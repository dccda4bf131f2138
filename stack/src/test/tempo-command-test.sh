#!/usr/bin/env bash
# Tests of the ./tempo command itself: a checkout in a private folder, stale pid files, taken ports, the rebuild
# decision. They run the real script with run folders and ports of their own and start only PostgreSQL (no broker,
# Liberty or SSO), so they can run beside a running stack. Needs the runtime (./tempo build, or ./mvnw install).
#   bash stack/src/test/tempo-command-test.sh        prints one line per case, then "N passed, M failed"
# shellcheck disable=SC2016,SC2034 # each check is code that verdict evaluates in its case's scope
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
RUNTIME=$ROOT/stack/target/runtime
WORK=$(mktemp -d /tmp/tempo-command-test.XXXXXX)
chmod 755 "$WORK" # reachable by 'nobody', so only case (a) is about a private folder
unset TEMPO_RUN_DIR # ./tempo test exports the stack's own ports and folders: every case sets its own
passed=0 failed=0 next_port=$((20000 + RANDOM % 20000))
children=() # processes this test started itself (stand-ins for unrelated processes)
checkouts=() # "TEMPO RUN_DIR" pairs whose database the clean-up stops

ok() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1${2:+ — $2}"; }
verdict() { # NAME CHECK [DETAIL]: one line per case; CHECK and DETAIL (on failure) are code run in the caller's scope
  if eval "$2"; then ok "$1"; else fail "$1" "$(eval "${3:-why}")"; fi
}
why() { echo "exit $rc: $(last_line "$log")"; } # the usual detail: the case's exit code and last line of output

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
spare_port() { # sets PORT to a port nothing listens on, away from the stack's defaults
  until port_free "$next_port"; do next_port=$((next_port + 1)); done
  PORT=$next_port
  next_port=$((next_port + 1))
}

postgres_answers() ( # PORT: a PostgreSQL server answers an SSLRequest there ('N': no TLS)
  reply=""
  exec 3<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || exit 1
  printf '\0\0\0\10\4\322\26\57' >&3
  read -r -n 1 -t 5 reply <&3 || true
  [ "$reply" = N ]
)
yes_no() { if "$@"; then echo yes; else echo no; fi; }

alive() { kill -0 "$1" 2>/dev/null; }
gone_soon() { for _ in $(seq 50); do alive "$1" || return 0; sleep 0.1; done; return 1; } # PID: it exits within 5 s
db_files() { sed -n 's/.*files in \([^)]*\)).*/\1/p' "$1" | tail -1; } # LOG: where ./tempo says the database lives
last_line() { tail -n 1 "$1" | sed 's/\x1b\[[0-9;]*m//g'; }

unrelated_process() { # sets SLEEPER: a live process that is not ours, as PostgreSQL's user where it can signal it
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups sleep 300 &
  else
    sleep 300 &
  fi
  SLEEPER=$!
  children+=("$SLEEPER")
}

stale_pid_file() { # FILE PID: a bare pid written an hour ago, as one left from before a reboot
  mkdir -p "$(dirname "$1")"
  echo "$2" >"$1"
  touch -d '1 hour ago' "$1"
}

cleanup() {
  local pair tempo run pid home
  for pair in "${checkouts[@]}"; do
    read -r tempo run <<<"$pair"
    home=$(readlink "$run/postgres" 2>/dev/null || echo "$run/postgres")
    TEMPO_RUN_DIR=$run "$tempo" stop db >/dev/null 2>&1 || true
    for pid in $(head -qn 1 "$home/data/postmaster.pid" "$run"/pids/* 2>/dev/null | cut -d' ' -f1); do
      # what ./tempo could not stop, ended by pid — only if it is a process of this test's folders
      if grep -qa -e "$WORK" -e "$home" "/proc/$pid/cmdline" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
    done
    case $home in /var/lib/tempo/db-*) rm -rf "$home" ;; esac
  done
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -d "$RUNTIME/postgres-archive" ] || { echo "FAIL the runtime is missing: ./tempo build first"; echo "0 passed, 1 failed"; exit 1; }

# ---------------------------------------------------------------------------------------------------- (a)
# The quick start as root in a folder only root can enter (root's home): PostgreSQL runs as 'nobody'.
case_private_folder() {
  local co=$WORK/private/tempo log=$WORK/a.log home="" postmaster="" rc=0 port
  mkdir -m 700 "$WORK/private"
  mkdir -p "$co/stack/target"
  cp "$ROOT/tempo" "$co/tempo"
  ln -s "$RUNTIME" "$co/stack/target/runtime"
  checkouts+=("$co/tempo $co/stack/target/run")
  spare_port
  port=$PORT
  TEMPO_DB_PORT=$port "$co/tempo" start db >"$log" 2>&1 || rc=$?
  verdict "(a) as $(id -un), a checkout in a mode-0700 folder starts the database" \
    '[ "$rc" = 0 ] && postgres_answers "$port"'
  home=$(db_files "$log")
  verdict "(a) it says where the database files are, and they are there" \
    '[ -n "$home" ] && [ -f "$home/data/PG_VERSION" ]' 'echo "no \"files in\" in: $(last_line "$log")"'
  if [ -n "$home" ]; then postmaster=$(head -n 1 "$home/data/postmaster.pid" 2>/dev/null || true); fi
  rc=0
  "$co/tempo" stop db >"$log" 2>&1 || rc=$?
  verdict "(a) stop db stops it" \
    '[ "$rc" = 0 ] && port_free "$port" && { [ -z "$postmaster" ] || gone_soon "$postmaster"; }' \
    'echo "exit $rc; port $port free: $(yes_no port_free "$port")"'
}

# ---------------------------------------------------------------------------------------------------- (b)
# Pid files left from before a reboot, naming a pid that an unrelated process has now.
case_stale_pid_files() {
  local run=$WORK/run-b log=$WORK/b.log home rc=0 port
  local still_alive='echo "exit $rc; the unrelated process is alive: $(yes_no alive "$SLEEPER")"'
  checkouts+=("$ROOT/tempo $run")
  spare_port
  port=$PORT
  unrelated_process
  export TEMPO_RUN_DIR=$run TEMPO_DB_PORT=$port

  stale_pid_file "$run/pids/db" "$SLEEPER"
  "$ROOT/tempo" start db >"$log" 2>&1 || rc=$?
  verdict "(b) start db does not take a stale pid file's unrelated process for the database" \
    '[ "$rc" = 0 ] && ! grep -q "already running" "$log" && postgres_answers "$port" && alive "$SLEEPER"'
  home=$(db_files "$log")

  stale_pid_file "$run/pids/broker" "$SLEEPER"
  rc=0
  "$ROOT/tempo" stop broker >"$log" 2>&1 || rc=$?
  verdict "(b) stop broker does not signal a stale pid file's unrelated process" '[ "$rc" = 0 ] && alive "$SLEEPER"' "$still_alive"

  "$ROOT/tempo" stop db >/dev/null 2>&1 || true
  if [ -z "$home" ]; then home=$run/postgres; fi
  stale_pid_file "$home/data/postmaster.pid" "$SLEEPER"
  rc=0
  "$ROOT/tempo" start db >"$log" 2>&1 || rc=$?
  verdict "(b) start db despite PostgreSQL's own stale lock file" \
    '[ "$rc" = 0 ] && postgres_answers "$port" && alive "$SLEEPER"'

  "$ROOT/tempo" stop db >/dev/null 2>&1 || true
  stale_pid_file "$home/data/postmaster.pid" "$SLEEPER"
  echo "$SLEEPER 1 00000000-0000-0000-0000-000000000000" >"$run/pids/db" # our own format, from another boot
  rc=0
  "$ROOT/tempo" stop db >"$log" 2>&1 || rc=$?
  "$ROOT/tempo" status >>"$log" 2>&1 || true
  verdict "(b) stop db with stale pid and lock files signals no one, and status says stopped" \
    '[ "$rc" = 0 ] && alive "$SLEEPER" && grep -q "^db  *stopped" "$log"' \
    "$still_alive"'"; $(grep "^db " "$log" || true)"'
  unset TEMPO_RUN_DIR TEMPO_DB_PORT
}

# ---------------------------------------------------------------------------------------------------- (c)
# A port held by another process is named, with its variable, before anything starts.
case_port_taken() {
  local run=$WORK/run-c log=$WORK/c.log rc=0 port
  checkouts+=("$ROOT/tempo $run")
  spare_port
  port=$PORT
  python3 -c 'import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(300)' "$port" &
  children+=("$!")
  for _ in $(seq 50); do port_free "$port" || break; sleep 0.1; done
  if port_free "$port"; then fail "(c) a listener of the test's own holds port $port" "python3 did not listen"; return; fi

  TEMPO_RUN_DIR=$run TEMPO_DB_PORT=$port "$ROOT/tempo" start db >"$log" 2>&1 || rc=$?
  verdict "(c) start db on a taken port fails, naming the port and TEMPO_DB_PORT" \
    '[ "$rc" != 0 ] && grep -q "port $port (TEMPO_DB_PORT) is in use by another process; stop it or set TEMPO_DB_PORT" "$log"'
  rc=0
  TEMPO_RUN_DIR=$run TEMPO_BROKER_PORT=$port "$ROOT/tempo" start broker >"$log" 2>&1 || rc=$?
  verdict "(c) start broker on a taken port fails before creating Artemis, naming TEMPO_BROKER_PORT" \
    '[ "$rc" != 0 ] && grep -q "port $port (TEMPO_BROKER_PORT) is in use" "$log" && [ ! -e "$run/broker" ]'
}

# ---------------------------------------------------------------------------------------------------- (d)
# The rebuild decision of ./tempo up (./tempo build-needed), in a copy of the checkout whose Maven is a stub.
case_rebuild_decision() {
  local co=$WORK/checkout-d log=$WORK/d.log source rc=0
  mkdir -p "$co"
  tar -C "$ROOT" --exclude=./stack/target --exclude='./*/target' --exclude=./target -cf - . | tar -C "$co" -xf -
  printf '#!/bin/sh\necho "$*" >>"$(dirname "$0")/mvnw.calls"\n' >"$co/mvnw"
  # sed reads to the end (head would leave sort writing into a closed pipe: SIGPIPE, which pipefail makes fatal)
  source=$(find "$co/account-war/src/main/java" -name '*.java' | sort | sed -n 1p)
  needed() { rc=0; "$co/tempo" build-needed >"$log" 2>&1 || rc=$?; [ "$rc" = 0 ]; }
  unneeded() { rc=0; "$co/tempo" build-needed >"$log" 2>&1 || rc=$?; [ "$rc" = 1 ]; }

  verdict "(d) a checkout without a runtime needs a build" needed
  mkdir -p "$co/stack/target" && ln -s "$RUNTIME" "$co/stack/target/runtime"
  "$co/tempo" build >/dev/null 2>&1 || true
  verdict "(d) right after a build, an unchanged tree needs none" 'unneeded && [ "$(wc -l <"$co/mvnw.calls")" = 1 ]'
  touch "$source"
  verdict "(d) a touched source file needs a build, and is named" 'needed && grep -q "${source##*/}" "$log"'
  "$co/tempo" build >/dev/null 2>&1 || true
  touch "$co/README.md" "$co/system-tests/pom.xml"
  verdict "(d) after that build, touched docs and system tests need none" unneeded
  echo 'class Added {}' >"$co/platform/src/main/java/Added.java"
  verdict "(d) a new, untracked file in a module's src/main needs a build" needed
  "$co/tempo" build >/dev/null 2>&1 || true
  rm "$source"
  verdict "(d) a deleted source file needs a build" needed
}

start_time=$SECONDS
case_private_folder
case_stale_pid_files
case_port_taken
case_rebuild_decision
echo "($((SECONDS - start_time)) s)"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
