# One image, several commands (see docs/deploy.md):
#   API (default)  node api/dist/server/main.js
#   web            node dist/server.js             (working directory /app/web; PORT, API_URL)
#   migrate        node api/dist/server/migrate-cli.js
#   create-admin   node api/dist/server/create-admin-cli.js --email <address>   (password on stdin)
#   reindex        node api/dist/server/reindex-cli.js
# Build: docker build --build-arg BASE_IMAGE=node:24-slim -t tiru .   (podman: add --format docker to keep HEALTHCHECK)
ARG BASE_IMAGE=node:24-slim

FROM ${BASE_IMAGE} AS build
WORKDIR /app
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
# The manifests first, so that the dependency layer is rebuilt only when they change.
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
COPY seeds/package.json seeds/
COPY test/package.json test/
COPY bench/package.json bench/
RUN npm ci
COPY . .
RUN npm run build

FROM ${BASE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=4000 \
    PORT=3000 \
    npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
# Production dependencies of the two processes only: no tsx, no PGlite, no `node` npm package (the image has
# its Node). Install scripts are not needed (native modules ship prebuilt). The Meilisearch binary is an
# optional dependency for the embedded demo; production talks to a Meilisearch server (MEILI_URL), so its
# 130 MB are dropped.
RUN npm ci --omit=dev --workspace=@tiru/api --workspace=@tiru/web --ignore-scripts \
 && rm -rf node_modules/@gaubee \
 && npm cache clean --force \
 && groupadd --system --gid 10001 tiru \
 && useradd --system --uid 10001 --gid tiru --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin tiru
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/web/build web/build
COPY --from=build /app/web/dist web/dist
COPY --from=build /app/web/public web/public
# Root owns the code; the processes run as an unprivileged user that cannot change it.
USER tiru
EXPOSE 4000 3000
# The API's /healthz by default; the web container sets HEALTHCHECK_URL to its own /healthz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(process.env.HEALTHCHECK_URL ?? `http://127.0.0.1:${process.env.API_PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "api/dist/server/main.js"]
