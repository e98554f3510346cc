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
max_requests_jitter = max_requests // 10
# Workers fork from an already loaded app: a replacement (recycled or killed) serves in
# milliseconds instead of importing Django and Wagtail again.
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() in {"1", "true", "yes"}
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 27 opens a control socket shared by every gunicorn of the same user; not wanted here.
control_socket_disable = True
