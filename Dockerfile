# Processus for containers: one image for the web process and the task workers (compose.yaml).
FROM python:3.11-slim

# Pango for PDF reports (WeasyPrint); nothing else is needed at run time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PROCESSUS_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir . \
    && useradd --create-home --uid 1000 processus \
    && mkdir -p /data \
    && chown processus /data

USER processus
VOLUME ["/data"]
EXPOSE 8000
CMD ["processus", "serve", "--host", "0.0.0.0", "--port", "8000"]
