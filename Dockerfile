# Plenary server image: the API, the socket.io gateway and the built screens.
# Build stage: every workspace's dev dependencies, then `npm run build` (shared, server, client).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY shared shared
COPY server server
COPY client client
RUN npm run build

# Runtime stage: production dependencies only, the compiled output and the register seed data.
FROM node:20-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY test/package.json test/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/server/seed server/seed
COPY --from=build /app/client/dist client/dist
# The ballot master key (ADR 0008) lives outside the database: give every node the same file
# (compose mounts one volume here on each node; a secret mounted with mode 0400 does as well).
RUN mkdir -p /var/lib/plenary-ballot && chown node:node /var/lib/plenary-ballot && chmod 700 /var/lib/plenary-ballot
ENV PLENARY_BALLOT_KEY_FILE=/var/lib/plenary-ballot/plenary-ballot.key
USER node
ENV PORT=3000 HOST=0.0.0.0
EXPOSE 3000
# DATABASE_URL must be set: in a container the embedded PostgreSQL is not used.
CMD ["node", "server/dist/main.js"]
