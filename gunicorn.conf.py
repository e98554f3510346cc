"""gunicorn settings for the container and benchmarks; each can be overridden by env."""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycling workers bounds slow leaks; not so often that a busy site (hundreds of req/s
# from the page cache) restarts a worker every few seconds.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
# Each worker draws its own limit in [max_requests, max_requests + jitter]: half the
# limit apart on average, so workers that started together (and share the load evenly)
# are not recycled in the same second, leaving no worker to answer (latency spikes).
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", max_requests))
# Workers fork from an already loaded app: a replacement (recycled or killed) serves in
# milliseconds instead of importing Django and Wagtail again.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() in {"1", "true", "yes"}
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 27 opens a control socket shared by every gunicorn of the same user; not wanted here.
control_socket_disable = True
