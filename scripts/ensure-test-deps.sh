#!/bin/sh
# Makes sure the programs the tests need are on this machine: PostgreSQL's server binaries (the
# integration tests on PostgreSQL start a throwaway cluster), Chromium (the browser tests), the
# sqlite3 command-line tool (the floor npm run bench:import measures SQLite against; psql comes
# with PostgreSQL) and poppler-utils (pdftotext and pdffonts read the printed minutes' PDF).
# As root on Debian it installs what is missing; otherwise it says what to install and fails.
#
#   scripts/ensure-test-deps.sh                 all four
#   scripts/ensure-test-deps.sh postgres        only PostgreSQL
#   scripts/ensure-test-deps.sh chromium        only Chromium
#   scripts/ensure-test-deps.sh sqlite3         only the sqlite3 tool
#   scripts/ensure-test-deps.sh poppler         only pdftotext and pdffonts
set -eu

has_postgres() {
  if [ -n "${PG_BIN:-}" ]; then
    [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]
    return
  fi
  for bin in /usr/lib/postgresql/*/bin; do
    if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then return 0; fi
  done
  return 1
}

has_chromium() {
  [ -x /usr/bin/chromium ]
}

has_sqlite3() {
  [ -x /usr/bin/sqlite3 ]
}

has_poppler() {
  [ -x /usr/bin/pdftotext ] && [ -x /usr/bin/pdffonts ]
}

packages=""
for dep in ${*:-postgres chromium sqlite3 poppler}; do
  case "$dep" in
    postgres) has_postgres || packages="$packages postgresql" ;;
    chromium) has_chromium || packages="$packages chromium" ;;
    sqlite3) has_sqlite3 || packages="$packages sqlite3" ;;
    poppler) has_poppler || packages="$packages poppler-utils" ;;
    *) echo "ensure-test-deps: unknown dependency '$dep' (use postgres, chromium, sqlite3 and/or poppler)" >&2; exit 2 ;;
  esac
done

[ -z "$packages" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-deps: installing$packages from Debian" >&2
  case "$packages" in
    *postgresql*)
      # Debian would also create and start a cluster on port 5432; the tests start their own.
      mkdir -p /etc/postgresql-common/createcluster.d
      echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.d/datadialog-tests.conf
      ;;
  esac
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages
  exit 0
fi

echo "The tests need programs that are missing:$packages" >&2
echo "Install them as root (Debian): apt-get install -y$packages" >&2
echo "PostgreSQL's binaries may also live elsewhere: point PG_BIN at the folder with initdb and pg_ctl." >&2
exit 1
