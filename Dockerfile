# syntax=docker/dockerfile:1
# Build: docker build -t musesocial-hub .
# Release step (run once per deploy, not in CMD): docker run --rm --env-file .env musesocial-hub python manage.py migrate --no-input

FROM python:3.11.7-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN python -m venv /venv
COPY requirements.lock ./
RUN /venv/bin/pip install --no-deps -r requirements.lock
COPY . .
# Build-time only values: production settings need a secret to import, never used at run time.
RUN SECRET_KEY=build-only-collectstatic-secret-key-not-used-at-run-time-0123456789 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    /venv/bin/python manage.py compile_translations \
    && SECRET_KEY=build-only-collectstatic-secret-key-not-used-at-run-time-0123456789 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    /venv/bin/python manage.py collectstatic --no-input

FROM python:3.11.7-slim-bookworm AS run
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PATH=/venv/bin:$PATH \
    MEDIA_ROOT=/srv/hub/media \
    ARCHIVE_UPLOADS_ROOT=/srv/hub/archive-uploads
# pg_dump and pg_restore for manage.py backup / restore (docs/backups.md): bookworm's
# client is PostgreSQL 15. Not pinned to a point release: Debian drops superseded ones,
# so an exact pin would break the build at the next security update.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 hub && useradd --system --uid 10001 --gid hub --home-dir /app --no-create-home hub \
    && mkdir -p /srv/hub/media /srv/hub/archive-uploads && chown -R 10001:10001 /srv/hub
# Media and archive uploads: mount one volume here, shared by the web and worker containers.
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build --chown=10001:10001 /app /app
USER 10001
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"]
CMD ["gunicorn", "--config", "gunicorn.conf.py", "config.wsgi:application"]
