"""`make stack`: Go Smart's production topology, on one machine, with real parts.

- two app servers: gunicorn with production settings (DEBUG off), on two ports;
- PostgreSQL (127.0.0.1:5432) with a database of the stack's own;
- Redis (127.0.0.1:6379) as the cache the servers share;
- an S3-compatible object store for uploaded media: moto's standalone server, reached through
  django-storages and boto3 exactly as a real bucket would be;
- static files collected by whitenoise (compressed, hashed names);
- a scheduler running `publish_scheduled` every minute (embargoed releases go live).

The object store keeps its bucket in memory, so the stack's database is built afresh, with
the demo content, each time the stack starts: pictures and their records always agree.
The same classes start the parts for the two-server tests (tests/test_stack.py).
docs/production.md maps each part onto real servers.
"""

import argparse
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POSTGRES_ADMIN = "postgres://postgres@127.0.0.1:5432/postgres"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, process, log_path, timeout=120, expect=200):
    """Poll an address until it answers `expect`; fail with the log if the process ends."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                if response.status == expect:
                    return
        except urllib.error.HTTPError as error:
            if error.code == expect:
                return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            tail = Path(log_path).read_text(errors="replace")[-4000:] if log_path else ""
            raise RuntimeError(f"{url} did not answer {expect}:\n{tail}")
        time.sleep(0.1)


def recreate_postgres_database(url, template=None):
    """Drop and create the database named in a postgres:// address (trust or password),
    empty or as a copy of the template database named."""
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        create = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            create += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        connection.execute(create)


def drop_postgres_database(url):
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(url)
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(parts.path.lstrip("/"))
            )
        )


def public_renditions_policy(bucket):
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/images/*",
            }
        ],
    }


class ObjectStore:
    """moto's S3-compatible server on a loopback port, with the buckets asked for."""

    access_key = "stack-access-key"
    secret_key = "stack-secret-key"  # noqa: S105 - a local stand-in, not a credential
    region = "us-east-1"

    def __init__(self, folder, port=None):
        self.folder = Path(folder)
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log_path = self.folder / "object-store.log"

    def start(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - fixed program and arguments
                [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for(f"{self.url}/moto-api/", self.process, self.log_path, timeout=60)
        return self

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            region_name=self.region,
        )

    def create_bucket(self, name):
        """A media bucket as the site expects one: renditions (images/) readable by anyone,
        everything else (original uploads, documents) only with the app's credentials."""
        client = self.client()
        client.create_bucket(Bucket=name)
        client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_renditions_policy(name)))
        return name

    def keys(self, bucket):
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def environment(self, bucket):
        """What the app needs to keep its media in `bucket`."""
        return {
            "AWS_STORAGE_BUCKET_NAME": bucket,
            "AWS_S3_ENDPOINT_URL": self.url,
            "AWS_S3_REGION_NAME": self.region,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
        }

    def stop(self):
        stop_process(self.process)


def stop_process(process, timeout=15):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)


def production_environment(folder, database_url, cache_url, key_prefix, extra=None):
    """Production settings for local ports: plain HTTP on the loopback, secrets made up."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="gosmart.settings.production",
        SECRET_KEY="stack-only-" + "k" * 50,
        DATABASE_URL=database_url,
        CACHE_URL=cache_url,
        CACHE_KEY_PREFIX=key_prefix,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(Path(folder) / "static"),
        MEDIA_ROOT=str(Path(folder) / "media"),
        EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend",
        PYTHONUNBUFFERED="1",
    )
    env.pop("DEEPL_API_KEY", None)
    env.update(extra or {})
    return env


def manage(env, *arguments, log=None):
    subprocess.run(  # noqa: S603 - our own manage.py
        [PYTHON, "manage.py", *arguments],
        cwd=REPO,
        env=env,
        check=True,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT if log else None,
    )


class AppServer:
    """One app server: gunicorn with the given environment on a loopback port."""

    def __init__(self, name, env, folder, port=None, workers=2):
        self.name = name
        self.env = env
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.log_path = Path(folder) / f"{name}.log"
        self.process = None

    def start(self):
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(  # noqa: S603 - fixed program and arguments
                [
                    PYTHON,
                    "-m",
                    "gunicorn",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    str(self.workers),
                    "--timeout",
                    "30",
                    "gosmart.wsgi:application",
                ],
                cwd=REPO,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def wait(self, timeout=120):
        wait_for(f"{self.url}/readyz", self.process, self.log_path, timeout=timeout)

    def stop(self):
        stop_process(self.process)


class Scheduler(threading.Thread):
    """Runs `publish_scheduled` every `every` seconds until stopped."""

    def __init__(self, env, every=60):
        super().__init__(daemon=True)
        self.env = env
        self.every = every
        self.stopping = threading.Event()

    def run(self):
        while not self.stopping.is_set():
            subprocess.run(  # noqa: S603 - our own manage.py
                [PYTHON, "manage.py", "publish_scheduled"],
                cwd=REPO,
                env=self.env,
                stdout=subprocess.DEVNULL,
                check=False,
            )
            self.stopping.wait(self.every)

    def stop(self):
        self.stopping.set()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/gosmart_stack")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--ports", default="8001,8002", help="the two app servers' ports")
    parser.add_argument("--object-store-port", type=int, default=9000)
    args = parser.parse_args(argv)

    folder = REPO / ".stack"
    folder.mkdir(exist_ok=True)
    store = ObjectStore(folder, port=args.object_store_port)
    bucket = "gosmart-media"
    env = production_environment(
        folder, args.database, args.redis, "stack", extra=store.environment(bucket)
    )
    ports = [int(port) for port in args.ports.split(",")]
    servers = [AppServer(f"app-{n}", env, folder, port=port) for n, port in enumerate(ports, 1)]
    scheduler = Scheduler(env)
    stopping = False

    def stop(*_):
        nonlocal stopping
        if stopping:
            return
        stopping = True
        print("\nStopping the stack…", flush=True)
        scheduler.stop()
        for part in (*servers, store):
            part.stop()
        print("Stopped.", flush=True)

    signal.signal(signal.SIGTERM, lambda *_: (stop(), sys.exit(0)))
    try:
        print(f"Object store (moto, S3 API) on {store.url}…", flush=True)
        store.start()
        store.create_bucket(bucket)
        print(f"PostgreSQL database {args.database} (built afresh)…", flush=True)
        recreate_postgres_database(args.database)
        log = open(folder / "prepare.log", "wb")
        manage(env, "migrate", "--no-input", log=log)
        print("Static files (compressed, hashed)…", flush=True)
        manage(env, "collectstatic", "--no-input", "--clear", log=log)
        print("Demo content (about two minutes; pictures go to the bucket)…", flush=True)
        manage(env, "load_demo_content", log=log)
        admin_password = secrets.token_urlsafe(12)
        manage(
            dict(env, DJANGO_SUPERUSER_PASSWORD=admin_password),
            "createsuperuser",
            "--no-input",
            "--username=admin",
            "--email=admin@localhost",
            log=log,
        )
        for server in servers:
            server.start()
        for server in servers:
            server.wait()
        scheduler.start()
        print("\nGo Smart's production stack is up:")
        for server in servers:
            print(f"  {server.name}: {server.url}/  (admin: {server.url}/admin/)")
        print(f"  admin account: user 'admin', password '{admin_password}' (new each start);")
        print("  as in production, the admin asks for two-step sign-in (any authenticator app)")
        print(f"  media bucket '{bucket}' on {store.url}   shared cache {args.redis}")
        print(f"  database {args.database}   logs in {folder}/")
        print("  publish_scheduled runs every minute.  Press Ctrl-C to stop.", flush=True)
        while all(server.process.poll() is None for server in servers):
            time.sleep(1)
        print("An app server stopped; see its log.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stop()


if __name__ == "__main__":
    sys.exit(main())
