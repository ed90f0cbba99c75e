import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { listen } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Role } from '../../src/graphql/principal';
import { ensureBootstrapAdminKey } from '../../src/modules/auth';
import {
  createTestApi,
  silentLog,
  truncateAll,
  type TestApi,
  type TestClient,
} from '../helpers/api';
import { databaseState } from '../helpers/counts';
import { factories, toGlobalId } from '../helpers/factories';

let api: TestApi;
let make: ReturnType<typeof factories>;
let server: Server;
let base: string;

beforeAll(async () => {
  api = await createTestApi();
  make = factories(api.dataSource);
  server = await listen(api.app.express, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

beforeEach(async () => {
  await truncateAll(api.dataSource);
});

const post = async (body: unknown, authorization?: string) => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
};

/** Each operation, the lowest role it needs, and how to build its variables. */
const OPERATIONS: [string, Role, string, () => Promise<Record<string, unknown>>][] = [
  ['createPlot', Role.EDITOR, CREATE_PLOT(), async () => ({ input: NEW_PLOT })],
  [
    'updatePlot',
    Role.EDITOR,
    UPDATE_PLOT(),
    async () => ({
      input: { id: toGlobalId('Plot', (await make.plot()).id), expectedVersion: 1, name: 'N' },
    }),
  ],
  [
    'upsertPlot',
    Role.EDITOR,
    UPSERT_PLOT(),
    async () => ({ input: { ...NEW_PLOT, externalId: 'x' } }),
  ],
  [
    'addCitation',
    Role.EDITOR,
    ADD_CITATION(),
    async () => ({
      input: {
        recordId: toGlobalId('Plot', (await make.plot()).id),
        sourceId: toGlobalId('Source', (await make.source()).id),
        stance: 'REPORTS',
      },
    }),
  ],
  [
    'deletePlot',
    Role.ADMIN,
    DELETE_PLOT(),
    async () => ({ input: { id: toGlobalId('Plot', (await make.plot()).id) } }),
  ],
  [
    'restorePlot',
    Role.ADMIN,
    RESTORE_PLOT(),
    async () => ({
      input: { id: toGlobalId('Plot', (await make.plot({ deletedAt: new Date() })).id) },
    }),
  ],
  [
    'createApiKey',
    Role.ADMIN,
    CREATE_KEY(),
    async () => ({ input: { name: 'n', role: 'VIEWER' } }),
  ],
  ['apiKeys', Role.ADMIN, LIST_KEYS(), async () => ({})],
];

const RANK = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

describe('roles', () => {
  const callers: (Role | 'anonymous')[] = ['anonymous', Role.VIEWER, Role.EDITOR, Role.ADMIN];
  const cases = OPERATIONS.flatMap(([name, needed, document, variables]) =>
    callers.map((caller) => [name, caller, needed, document, variables] as const),
  );

  it.each(cases)('%s as %s (needs %s)', async (name, caller, needed, document, variables) => {
    const client: TestClient = caller === 'anonymous' ? api : await api.as(caller);
    const input = await variables();
    const before = await databaseState(api.dataSource);
    const result: any = await client.query(document, input);
    if (caller !== 'anonymous' && RANK[caller] >= RANK[needed]) {
      expect(result.errors).toBeUndefined();
      expect(result.data[name]).toBeTruthy();
      return;
    }
    expect(result).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          path: [name],
          extensions: { code: caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' },
        }),
      ],
    });
    expect(await databaseState(api.dataSource)).toEqual(before);
  });

  it('lets anonymous clients read', async () => {
    await make.plot({ name: 'Public' });
    expect(await api.query('{ plots(first: 5) { nodes { name } } }')).toEqual({
      data: { plots: { nodes: [{ name: 'Public' }] } },
    });
  });
});

describe('API keys', () => {
  it('shows a new key once, stores only its SHA-256, and lists keys without secrets', async () => {
    const admin = await api.as(Role.ADMIN);
    const created: any = await admin.query(CREATE_KEY(), {
      input: { name: 'newsroom', role: 'EDITOR' },
    });
    const { secret, apiKey } = created.data.createApiKey;
    expect(secret).toMatch(/^ig_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toEqual({
      id: expect.any(String),
      name: 'newsroom',
      role: 'EDITOR',
      prefix: secret.slice(0, 10),
      revokedAt: null,
    });
    const [stored] = await api.dataSource.query(`SELECT * FROM api_keys WHERE name = 'newsroom'`);
    expect(stored.hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed: any = await admin.query(LIST_KEYS());
    expect(listed.data.apiKeys.nodes.map((key: any) => key.name).sort()).toEqual([
      'newsroom',
      'test ADMIN',
    ]);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('works over HTTP as Authorization: Bearer <key>, and stops working once revoked', async () => {
    const admin = await api.as(Role.ADMIN);
    const editor = await api.as(Role.EDITOR);
    const before = await post(
      { query: CREATE_PLOT(), variables: { input: NEW_PLOT } },
      `Bearer ${editor.secret}`,
    );
    const revoked: any = await admin.query(REVOKE_KEY(), {
      input: { id: toGlobalId('ApiKey', editor.keyId) },
    });
    const after = await post(
      { query: CREATE_PLOT(), variables: { input: NEW_PLOT } },
      `Bearer ${editor.secret}`,
    );
    expect(before).toEqual({
      status: 200,
      body: {
        data: { createPlot: { plot: { name: 'New' }, userErrors: [] } },
        extensions: { cost: expect.objectContaining({ requested: expect.any(Number) }) },
      },
    });
    expect(revoked.data.revokeApiKey).toEqual({
      apiKey: { id: toGlobalId('ApiKey', editor.keyId), revokedAt: expect.any(String) },
      userErrors: [],
    });
    expect(after).toEqual({
      status: 401,
      body: {
        errors: [
          expect.objectContaining({
            message: expect.stringContaining('not valid'),
            extensions: { code: 'UNAUTHENTICATED' },
          }),
        ],
      },
    });
  });

  it.each([
    ['an unknown key', 'Bearer ig_unknown'],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['no key after Bearer', 'Bearer'],
  ])('answers %s with 401 UNAUTHENTICATED and writes nothing', async (_label, header) => {
    const before = await databaseState(api.dataSource);
    const response = await post({ query: CREATE_PLOT(), variables: { input: NEW_PLOT } }, header);
    expect(response).toEqual({
      status: 401,
      body: { errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] },
    });
    expect(await databaseState(api.dataSource)).toEqual(before);
  });

  it('answers a mutation without a key with UNAUTHENTICATED over HTTP', async () => {
    const response = await post({ query: CREATE_PLOT(), variables: { input: NEW_PLOT } });
    expect(response.body).toEqual({
      data: null,
      errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })],
      extensions: { cost: expect.objectContaining({ requested: expect.any(Number) }) },
    });
  });

  it('refuses to revoke an unknown key (NOT_FOUND)', async () => {
    const admin = await api.as(Role.ADMIN);
    const result = await admin.query(REVOKE_KEY(), {
      input: { id: toGlobalId('ApiKey', '00000000-0000-4000-8000-000000000000') },
    });
    expect(result).toEqual({
      data: {
        revokeApiKey: {
          apiKey: null,
          userErrors: [
            { field: 'input.id', message: 'No API key has this id.', code: 'NOT_FOUND' },
          ],
        },
      },
    });
  });
});

describe('ADMIN_API_KEY bootstrap', () => {
  const SECRET = `ig_${'b'.repeat(43)}`;

  it('creates the key as ADMIN once, and it works', async () => {
    await ensureBootstrapAdminKey(api.dataSource, SECRET, silentLog);
    await ensureBootstrapAdminKey(api.dataSource, SECRET, silentLog);
    const keys = await api.dataSource.query(`SELECT name, role FROM api_keys`);
    expect(keys).toEqual([{ name: 'bootstrap (ADMIN_API_KEY)', role: 'ADMIN' }]);
    const response = await post({ query: LIST_KEYS() }, `Bearer ${SECRET}`);
    expect(response.body.data.apiKeys.nodes).toEqual([
      expect.objectContaining({ name: 'bootstrap (ADMIN_API_KEY)' }),
    ]);
  });

  it('leaves a revoked bootstrap key revoked', async () => {
    await ensureBootstrapAdminKey(api.dataSource, SECRET, silentLog);
    await api.dataSource.query(`UPDATE api_keys SET "revokedAt" = now()`);
    await ensureBootstrapAdminKey(api.dataSource, SECRET, silentLog);
    expect((await post({ query: LIST_KEYS() }, `Bearer ${SECRET}`)).status).toBe(401);
  });

  it('is read and checked by loadConfig', () => {
    expect(loadConfig({ ADMIN_API_KEY: SECRET }).adminApiKey).toBe(SECRET);
    expect(loadConfig({}).adminApiKey).toBeUndefined();
    expect(() => loadConfig({ ADMIN_API_KEY: 'short' })).toThrow(/at least 32 characters/);
  });
});

const NEW_PLOT = { name: 'New', summary: 'S', status: 'PLANNED', confidence: 'ALLEGED' };

function CREATE_PLOT() {
  return `mutation ($input: CreatePlotInput!) { createPlot(input: $input) { plot { name } userErrors { field message code } } }`;
}
function UPDATE_PLOT() {
  return `mutation ($input: UpdatePlotInput!) { updatePlot(input: $input) { plot { name } userErrors { code } } }`;
}
function UPSERT_PLOT() {
  return `mutation ($input: UpsertPlotInput!) { upsertPlot(input: $input) { plot { name } userErrors { code } } }`;
}
function DELETE_PLOT() {
  return `mutation ($input: DeletePlotInput!) { deletePlot(input: $input) { plot { id } userErrors { code } } }`;
}
function RESTORE_PLOT() {
  return `mutation ($input: RestorePlotInput!) { restorePlot(input: $input) { plot { id } userErrors { code } } }`;
}
function ADD_CITATION() {
  return `mutation ($input: AddCitationInput!) { addCitation(input: $input) { citation { id } userErrors { code } } }`;
}
function CREATE_KEY() {
  return `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role prefix revokedAt } } }`;
}
function REVOKE_KEY() {
  return `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt } userErrors { field message code } } }`;
}
function LIST_KEYS() {
  return `{ apiKeys(first: 10) { nodes { name role prefix } } }`;
}
