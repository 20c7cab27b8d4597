# Basis production image: multi-stage, Next.js standalone output, runs as a non-root user.
# Migrations run from the `build` stage (it has the full toolchain); see docker-compose.yml.

FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
# postinstall runs `prisma generate`, which needs the schema, its config and the engine stand-in.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/db ./scripts/db
RUN npm install --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 BASIS_STANDALONE=1
RUN node node_modules/next/dist/bin/next build && mkdir -p public

FROM node:20.20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 AUTH_TRUST_HOST=true
RUN groupadd --system basis && useradd --system --gid basis --home /app basis
COPY --from=build --chown=basis:basis /app/.next/standalone ./
COPY --from=build --chown=basis:basis /app/.next/static ./.next/static
COPY --from=build --chown=basis:basis /app/public ./public
USER basis
EXPOSE 3000
# instrumentation-node.ts refuses to start without AUTH_SECRET or CERT_SIGNING_KEY when DATABASE_URL is set.
CMD ["node", "server.js"]
