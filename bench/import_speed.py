"""How fast a full export imports again: build N bench guides, export them, import the file into a fresh site.

    python -m bench.import_speed N [--name roleatlas_importspeed] [--keep]

Steps: ``<name>_src`` is filled by ``bench.load_data N`` (kept between runs when it already holds N
bench guides), ``export_roles --out`` writes the file, ``<name>_dst`` is dropped, migrated and given
the home page and indexes a fresh install has (``bench.load_data._indexes``), then ``import_roles FILE
--publish`` runs in a process of its own. Prints the import's guides/s and that process's peak RSS.
Needs PostgreSQL at ``BENCH_POSTGRES`` (default ``postgres://postgres@127.0.0.1:5432``).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

import psycopg

from bench.__main__ import POSTGRES, PYTHON, ROOT, bench_env, bench_guide_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--name", default="roleatlas_importspeed", help="Prefix of the two databases.")
    parser.add_argument("--keep", action="store_true", help="Keep the export file (its path is printed).")
    options = parser.parse_args()

    source = f"{POSTGRES}/{options.name}_src"
    if bench_guide_count(source) != options.count:
        recreate(f"{options.name}_src")
        run([PYTHON, "-m", "bench.load_data", str(options.count)], source)
    export = os.path.join(tempfile.mkdtemp(prefix="import-speed-"), "roles.json")
    run([PYTHON, "manage.py", "export_roles", "--out", export], source)

    target = f"{POSTGRES}/{options.name}_dst"
    recreate(f"{options.name}_dst")
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], target)
    run([PYTHON, "-c", "import django; django.setup(); from bench.load_data import _indexes; _indexes()"], target)

    started = time.monotonic()
    process = subprocess.Popen(
        [PYTHON, "manage.py", "import_roles", export, "--publish"],
        cwd=ROOT,
        env=bench_env(target),
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if status:
        sys.exit(f"import_roles failed (status {status})")
    size_mb = os.path.getsize(export) / 1e6
    print(
        f"Imported {options.count} guides ({size_mb:.1f} MB) in {elapsed:.1f} s: "
        f"{options.count / elapsed:.1f} guides/s, peak RSS {usage.ru_maxrss / 1024:.0f} MB"
    )
    if options.keep:
        print(f"Export kept at {export}")
    else:
        os.remove(export)


def recreate(name: str) -> None:
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def run(command: list[str], database_url: str) -> None:
    subprocess.run(command, cwd=ROOT, env=bench_env(database_url), check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
