# syntax=docker/dockerfile:1

FROM node:22-bookworm-slim AS deps
WORKDIR /app
# Manifests first so the npm ci layer is reused until dependencies change.
COPY package.json package-lock.json ./
RUN npm ci && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
# Without DATABASE_URL the app starts embedded PostgreSQL under ./.data, so the node user must be able to create it.
RUN chown node:node /app
ENV NODE_ENV=production
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.json .swcrc schema.graphql ./
COPY --chown=node:node src ./src
COPY --chown=node:node migrations ./migrations
USER node
EXPOSE 4000
# The slim image has no curl; Node 22 ships a global fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# No build step: npm start runs the TypeScript sources through @swc-node/register.
CMD ["npm", "start"]
