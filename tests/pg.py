"""A real PostgreSQL server for the store's tests, started on a temporary folder.

The server runs as an unprivileged user when the tests run as root (PostgreSQL refuses root),
listens on a free port on 127.0.0.1 only, and is stopped at the end of the session. Without
PostgreSQL installed the tests that need it are skipped with the reason shown, except under CI
(``CI=true``), where they must run.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self):
        self.initdb = find_binary("initdb")
        self.pg_ctl = find_binary("pg_ctl")
        if not (self.initdb and self.pg_ctl):
            raise FileNotFoundError("PostgreSQL (initdb, pg_ctl) is not installed")
        self.port = _free_port()
        self.folder = tempfile.mkdtemp(prefix="clerk-pg-")
        self.data = os.path.join(self.folder, "data")
        self.prefix: list[str] = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            import pwd  # POSIX only: root runs the server as another user

            user = "postgres" if _user_exists("postgres") else "nobody"
            pw = pwd.getpwnam(user)
            os.chown(self.folder, pw.pw_uid, pw.pw_gid)
            self.prefix = ["runuser", "-u", user, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self.prefix, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )

    def start(self) -> None:
        self._run(self.initdb, "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync")
        opts = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.folder} -c fsync=off"
        self._run(
            self.pg_ctl,
            "-D",
            self.data,
            "-o",
            opts,
            "-l",
            os.path.join(self.folder, "log"),
            "-w",
            "start",
        )
        deadline = time.time() + 20
        while time.time() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 1),
            ):
                return
            time.sleep(0.1)
        raise RuntimeError("PostgreSQL did not start")

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(self.pg_ctl, "-D", self.data, "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_database(self) -> str:
        import psycopg

        name = "clerk_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
