import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');

interface Service {
  image?: string;
  profiles?: string[];
  configs?: Array<string | { source: string; target?: string }>;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { target: number; published?: string | number }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
}

interface Compose {
  services: Record<string, Service>;
  configs?: Record<string, { content?: string; file?: string }>;
}

// Compose resolves YAML merge keys (<<: *anchor), so the test does too.
function loadCompose(): Compose {
  return parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as Compose;
}

function loadServices(): Record<string, Service> {
  return loadCompose().services;
}

// Compose accepts both the map and the KEY=VALUE list syntax.
function environmentOf(service: Service): Record<string, string> {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => line.split(/=(.*)/s).slice(0, 2))
    : Object.entries(service.environment ?? {}).map(([key, value]) => [key, String(value ?? '')]);
  return Object.fromEntries(entries);
}

function portMappings(service: Service): Array<{ published: number; target: number }> {
  return (service.ports ?? []).map((port) => {
    if (typeof port === 'object') {
      return { published: Number(port.published), target: Number(port.target) };
    }
    const parts = String(port).split('/')[0].split(':');
    return { published: Number(parts[parts.length - 2]), target: Number(parts[parts.length - 1]) };
  });
}

function dockerfilePath(service: Service): string {
  const build =
    typeof service.build === 'string' ? { context: service.build } : (service.build ?? {});
  return path.resolve(ROOT, build.context ?? '.', build.dockerfile ?? 'Dockerfile');
}

function finalCommand(dockerfile: string): string[] {
  const cmds = fs
    .readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter((line) => /^CMD\s/i.test(line.trim()));
  // The last CMD belongs to the final stage, which is the image compose runs.
  const last = (cmds.at(-1) ?? '').trim().replace(/^CMD\s+/i, '');
  return last.startsWith('[') ? (JSON.parse(last) as string[]) : last.split(/\s+/).filter(Boolean);
}

function variablesReadByConfig(): Set<string> {
  const source = fs.readFileSync(path.join(ROOT, 'src', 'config.ts'), 'utf8');
  const pattern = /\benv(?:\.([A-Z_][A-Z0-9_]*)|\[\s*['"`]([A-Z_][A-Z0-9_]*)['"`]\s*\])/g;
  return new Set([...source.matchAll(pattern)].map((match) => match[1] ?? match[2]));
}

describe('docker-compose.yml', () => {
  const services = loadServices();
  const db = services.db;
  const api = services.api;

  it('runs the database on an official postgres image with a pg_isready healthcheck', () => {
    const { POSTGRES_USER, POSTGRES_DB } = environmentOf(db);
    expect(db.image).toMatch(/^(docker\.io\/(library\/)?)?postgres:\d+/);
    const check = [db.healthcheck?.test ?? []].flat().join(' ');
    expect(check).toMatch(/\bpg_isready\b/);
    expect(check).toContain(`-U ${POSTGRES_USER}`);
    expect(check).toContain(`-d ${POSTGRES_DB}`);
  });

  it('builds the api from the repository Dockerfile, which starts it with npm start', () => {
    const dockerfile = dockerfilePath(api);
    expect(dockerfile).toBe(path.join(ROOT, 'Dockerfile'));
    expect(fs.existsSync(dockerfile)).toBe(true);
    expect(finalCommand(dockerfile)).toEqual(['npm', 'start']);
  });

  it('publishes port 4000 and tells the app to listen on the published container port', () => {
    const [mapping] = portMappings(api);
    expect(portMappings(api)).toEqual([{ published: 4000, target: 4000 }]);
    expect(environmentOf(api).PORT).toBe(String(mapping.target));
  });

  it('points DATABASE_URL at the db service with its credentials and database', () => {
    const dbEnv = environmentOf(db);
    const url = new URL(environmentOf(api).DATABASE_URL);
    expect({
      protocol: url.protocol,
      host: url.host,
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
    }).toEqual({
      protocol: expect.stringMatching(/^postgres(ql)?:$/),
      host: expect.stringMatching(/^db(:5432)?$/),
      username: dbEnv.POSTGRES_USER,
      password: dbEnv.POSTGRES_PASSWORD,
      database: dbEnv.POSTGRES_DB,
    });
  });

  it('starts the api only once the database is healthy', () => {
    expect(api.depends_on).toMatchObject({ db: { condition: 'service_healthy' } });
  });

  it('sets only environment variables that src/config.ts reads', () => {
    const documented = variablesReadByConfig();
    const undocumented = Object.keys(environmentOf(api)).filter((name) => !documented.has(name));
    expect(undocumented).toEqual([]);
  });
});

describe('docker-compose.yml scale profile', () => {
  const compose = loadCompose();
  const services = compose.services;
  const inScale = Object.entries(services)
    .filter(([, service]) => service.profiles?.includes('scale'))
    .map(([name]) => name)
    .sort();
  const apis = inScale.filter((name) => services[name].build !== undefined);

  it('adds Redis, two API processes and a load balancer, and leaves the default stack alone', () => {
    expect(inScale).toEqual(['api-1', 'api-2', 'lb', 'redis']);
    expect(services.db.profiles).toBeUndefined();
    expect(services.api.profiles).toBeUndefined();
    expect(services.redis.image).toMatch(/^redis:\d+/);
    expect([services.redis.healthcheck?.test ?? []].flat().join(' ')).toMatch(/redis-cli ping/);
  });

  it('runs both API processes from the Dockerfile against the same primary, sharing Redis', () => {
    expect(apis).toEqual(['api-1', 'api-2']);
    const environments = apis.map((name) => environmentOf(services[name]));
    for (const [index, name] of apis.entries()) {
      expect(dockerfilePath(services[name])).toBe(path.join(ROOT, 'Dockerfile'));
      expect(environments[index]).toMatchObject({
        DATABASE_URL: environmentOf(services.api).DATABASE_URL,
        REDIS_URL: 'redis://redis:6379',
        PORT: '4000',
        TRUST_PROXY_HOPS: '1',
      });
      expect(services[name].ports).toBeUndefined();
    }
    // One process migrates and seeds; the other waits until it is healthy.
    expect(environments.map((environment) => environment.SEED_ON_START)).toEqual(['true', 'false']);
    expect(services['api-1'].depends_on).toMatchObject({
      db: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(services['api-2'].depends_on).toMatchObject({
      'api-1': { condition: 'service_healthy' },
    });
  });

  it('balances over both API processes with nginx, forwarding the client address', () => {
    const lb = services.lb;
    expect(lb.image).toMatch(/^nginx:/);
    expect(portMappings(lb)).toEqual([{ published: 8080, target: 80 }]);
    const [config] = lb.configs ?? [];
    const source = typeof config === 'string' ? config : config.source;
    const content = compose.configs?.[source]?.content ?? '';
    expect(content).toMatch(/server api-1:4000;/);
    expect(content).toMatch(/server api-2:4000;/);
    expect(content).toMatch(/proxy_pass http:\/\/incidentgraph;/);
    expect(content).toMatch(/X-Forwarded-For/);
  });

  it('sets only environment variables that src/config.ts reads', () => {
    const documented = variablesReadByConfig();
    const unknown = apis.flatMap((name) =>
      Object.keys(environmentOf(services[name])).filter((variable) => !documented.has(variable)),
    );
    expect(unknown).toEqual([]);
  });
});
