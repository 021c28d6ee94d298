# syntax=docker/dockerfile:1
# One image for every Drakentemmers process: web (default CMD), worker and seed
# differ only in their command (see docker-compose.yml).
# Node 20 is what the project is developed and tested on; bump together with `engines`.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# --- all dependencies, including dev ones: `next build` type-checks with typescript
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# --- production dependencies only, for a smaller runtime image (jest, swc and typescript stay
# out; tsx is still installed for `npm start`, but nothing in the image runs it)
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# --- build the Next.js app (portal + Payload admin) in frontend/
FROM deps AS build
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY . .
# The build never connects to the database (pages are force-dynamic), but importing
# src/config.ts validates the env and demands a 32+ character secret and a signing key in
# production. These placeholders live only in this RUN; the runtime values come from compose.
RUN PAYLOAD_SECRET=build-only-placeholder-never-used-at-runtime-0000 \
    CREDENTIAL_SIGNING_KEY=build-only-placeholder-never-used-at-runtime \
    npx next build frontend \
 && rm -rf frontend/.next/cache
# Web, worker and seed compiled to dist/, and the workflow bundle the worker loads instead of
# running webpack at every start (scripts/build-prod.mjs).
RUN npm run build:prod

# --- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
# Sources stay owned by root (read-only for the app); only the directories the app
# writes to belong to the unprivileged `node` user (uid 1000) of the base image.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/frontend ./frontend
# Next.js writes its image/fetch cache under .next/cache; uploads go to .data/media
# (cms/collections/Media.ts: MEDIA_DIR, default <cwd>/.data/media). Creating the media
# directory here with the right owner makes a fresh named volume inherit that owner.
RUN mkdir -p frontend/.next/cache .data/media \
 && chown -R node:node frontend/.next .data
USER node
EXPOSE 3000
# Liveness only (no dependencies checked; /readyz does that). Node has no curl here,
# so use its built-in fetch. The worker and seed containers disable this check.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form, no npm in between, so SIGTERM reaches node (compose adds `init: true`
# so that PID 1 forwards signals and reaps children).
CMD ["node", "dist/src/server.js"]
