"""Stop the test command at once, with a way out, when PostgreSQL is unreachable.

Run as ``python -m config.require_postgres``. Creates the named database when the
server answers but the database does not exist yet.
"""

import os
import sys

import dj_database_url
import psycopg
from psycopg import sql

START_HINT = "Start it with:  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start"


def main() -> int:
    url = os.environ.get("DATABASE_URL", "")
    config = dj_database_url.parse(url) if url else {}
    if config.get("ENGINE") != "django.db.backends.postgresql":
        print(
            f"The test suite runs on PostgreSQL; DATABASE_URL must be a postgres:// URL (got {url!r}).", file=sys.stderr
        )
        return 2
    params = {
        "host": config.get("HOST") or "127.0.0.1",
        "port": config.get("PORT") or 5432,
        "user": config.get("USER") or "postgres",
        "password": config.get("PASSWORD") or None,
        "connect_timeout": 3,
    }
    try:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    except psycopg.OperationalError as error:
        print(f"PostgreSQL is not reachable at {params['host']}:{params['port']} ({error}).", file=sys.stderr)
        print(START_HINT, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
