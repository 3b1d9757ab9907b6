# Role Atlas production image (docs/deploy.md). Not built or run on the project's CI machine: Docker
# is unavailable there; tests/core/test_container_files.py only reads this file.

# --- build: wheels for the app and its dependencies -------------------------------------------
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY pagecache ./pagecache
COPY core ./core
COPY reviews ./reviews
COPY courses ./courses
COPY roles ./roles
COPY paths ./paths
COPY home ./home
COPY config ./config
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

# --- runtime: no compilers, a non-root user ----------------------------------------------------
FROM python:3.11-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    LOG_FORMAT=json \
    PORT=8000
RUN groupadd --system app && useradd --system --gid app --home-dir /app --no-create-home app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
WORKDIR /app
COPY --chown=app:app . .
RUN mkdir -p /app/staticfiles /app/media && chown app:app /app/staticfiles /app/media
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
ENTRYPOINT ["bin/serve"]
