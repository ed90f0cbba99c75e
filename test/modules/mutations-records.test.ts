import { setUpWriteTests } from '../helpers/api';
import { toGlobalId } from '../helpers/factories';

const t = setUpWriteTests();

interface KindCase {
  kind: string;
  field: string;
  /** Fields to select on the node, and what they read back as after create and after update. */
  select: string;
  create: () => Promise<Record<string, unknown>>;
  created: Record<string, unknown>;
  update: Record<string, unknown>;
  updated: Record<string, unknown>;
}

const plotId = async () => toGlobalId('Plot', (await t.make.plot()).id);
const placeId = async () => toGlobalId('Place', (await t.make.place()).id);

const KINDS: KindCase[] = [
  {
    kind: 'Actor',
    field: 'actor',
    select: 'kind name aliases countryCode ageReported ageReportedOn wikidataId',
    create: async () => ({
      kind: 'PERSON',
      name: 'Abdelkrim S.',
      aliases: ['A. S.'],
      countryCode: 'FR',
      ageReported: 36,
      ageReportedOn: '2024-05-04',
      wikidataId: 'Q42',
    }),
    created: {
      kind: 'PERSON',
      name: 'Abdelkrim S.',
      aliases: ['A. S.'],
      countryCode: 'FR',
      ageReported: 36,
      ageReportedOn: '2024-05-04',
      wikidataId: 'Q42',
    },
    update: { name: 'Abdelkrim Sahli', aliases: null, countryCode: null },
    updated: {
      kind: 'PERSON',
      name: 'Abdelkrim Sahli',
      aliases: [],
      countryCode: null,
      ageReported: 36,
      ageReportedOn: '2024-05-04',
      wikidataId: 'Q42',
    },
  },
  {
    kind: 'Place',
    field: 'place',
    select: 'name countryCode city latitude longitude geoPrecision',
    create: async () => ({
      name: 'Villepinte',
      countryCode: 'FR',
      city: 'Villepinte',
      latitude: 48.96,
      longitude: 2.53,
      geoPrecision: 'CITY',
    }),
    created: {
      name: 'Villepinte',
      countryCode: 'FR',
      city: 'Villepinte',
      latitude: 48.96,
      longitude: 2.53,
      geoPrecision: 'CITY',
    },
    update: { latitude: null, longitude: null, geoPrecision: 'COUNTRY' },
    updated: {
      name: 'Villepinte',
      countryCode: 'FR',
      city: 'Villepinte',
      latitude: null,
      longitude: null,
      geoPrecision: 'COUNTRY',
    },
  },
  {
    kind: 'Source',
    field: 'source',
    select: 'publisher title url kind language published { label }',
    create: async () => ({
      publisher: 'AFP',
      title: 'Iran behind plots',
      url: 'https://example.org/a',
      kind: 'NEWS_REPORT',
      language: 'en',
      published: { from: '2024-05-04' },
    }),
    created: {
      publisher: 'AFP',
      title: 'Iran behind plots',
      url: 'https://example.org/a',
      kind: 'NEWS_REPORT',
      language: 'en',
      published: { label: '4 May 2024' },
    },
    update: { url: null, language: 'fr' },
    updated: {
      publisher: 'AFP',
      title: 'Iran behind plots',
      url: null,
      kind: 'NEWS_REPORT',
      language: 'fr',
      published: { label: '4 May 2024' },
    },
  },
  {
    kind: 'Plot',
    field: 'plot',
    select: 'name codename status targetKinds targetCountries period { label ongoing }',
    create: async () => ({
      name: 'Marco Polo',
      summary: 'A plot.',
      status: 'FOILED',
      targetKinds: ['JEWISH_COMMUNITY'],
      targetCountries: ['FR', 'DE'],
      period: { from: '2023-12', to: '2024-01' },
      confidence: 'REPORTED',
    }),
    created: {
      name: 'Marco Polo',
      codename: null,
      status: 'FOILED',
      targetKinds: ['JEWISH_COMMUNITY'],
      targetCountries: ['FR', 'DE'],
      period: { label: 'Dec 2023 – Jan 2024', ongoing: false },
    },
    update: { codename: 'Marco Polo', period: { from: '2015', ongoing: true } },
    updated: {
      name: 'Marco Polo',
      codename: 'Marco Polo',
      status: 'FOILED',
      targetKinds: ['JEWISH_COMMUNITY'],
      targetCountries: ['FR', 'DE'],
      period: { label: 'since 2015', ongoing: true },
    },
  },
  {
    kind: 'Incident',
    field: 'incident',
    select: 'title type outcome killed injured place { name } plot { name }',
    create: async () => ({
      title: 'Shooting',
      type: 'SHOOTING',
      outcome: 'COMPLETED',
      killed: 0,
      injured: 2,
      confidence: 'REPORTED',
      placeId: toGlobalId('Place', (await t.make.place({ name: 'Amsterdam' })).id),
      plotId: toGlobalId('Plot', (await t.make.plot({ name: 'Case' })).id),
    }),
    created: {
      title: 'Shooting',
      type: 'SHOOTING',
      outcome: 'COMPLETED',
      killed: 0,
      injured: 2,
      place: { name: 'Amsterdam' },
      plot: { name: 'Case' },
    },
    update: { killed: null, placeId: null },
    updated: {
      title: 'Shooting',
      type: 'SHOOTING',
      outcome: 'COMPLETED',
      killed: null,
      injured: 2,
      place: null,
      plot: { name: 'Case' },
    },
  },
  {
    kind: 'Arrest',
    field: 'arrest',
    select: 'charges custodyOutcome date { label }',
    create: async () => ({
      charges: ['Conspiracy'],
      custodyOutcome: 'DETAINED_PENDING_TRIAL',
      date: { from: '2024-05' },
      confidence: 'CHARGED',
      placeId: await placeId(),
      plotId: await plotId(),
    }),
    created: {
      charges: ['Conspiracy'],
      custodyOutcome: 'DETAINED_PENDING_TRIAL',
      date: { label: 'May 2024' },
    },
    update: { charges: ['Conspiracy', 'Murder'], custodyOutcome: 'CONVICTED' },
    updated: {
      charges: ['Conspiracy', 'Murder'],
      custodyOutcome: 'CONVICTED',
      date: { label: 'May 2024' },
    },
  },
  {
    kind: 'Sentence',
    field: 'sentence',
    select: 'jurisdiction termKind termMonths termMonthsMax fineAmount fineCurrency releasedEarly',
    create: async () => ({
      jurisdiction: 'BE',
      termKind: 'PRISON',
      termMonths: 180,
      termMonthsMax: 216,
      status: 'FINAL',
      date: { from: '2021-02-04' },
      confidence: 'CONVICTED',
      plotId: await plotId(),
    }),
    created: {
      jurisdiction: 'BE',
      termKind: 'PRISON',
      termMonths: 180,
      termMonthsMax: 216,
      fineAmount: null,
      fineCurrency: null,
      releasedEarly: false,
    },
    update: {
      fineAmount: 1000,
      fineCurrency: 'EUR',
      released: { from: '2023' },
      releaseReason: 'PRISONER_EXCHANGE',
    },
    updated: {
      jurisdiction: 'BE',
      termKind: 'PRISON',
      termMonths: 180,
      termMonthsMax: 216,
      fineAmount: 1000,
      fineCurrency: 'EUR',
      releasedEarly: true,
    },
  },
  {
    kind: 'Sanction',
    field: 'sanction',
    select: 'title measures status imposed { label } lifted { label }',
    create: async () => ({
      title: 'EU listing',
      measures: ['ASSET_FREEZE', 'TRAVEL_BAN'],
      status: 'ACTIVE',
      imposed: { from: '2024-10-14' },
      confidence: 'CONFIRMED',
    }),
    created: {
      title: 'EU listing',
      measures: ['ASSET_FREEZE', 'TRAVEL_BAN'],
      status: 'ACTIVE',
      imposed: { label: '14 Oct 2024' },
      lifted: null,
    },
    update: { status: 'LIFTED', lifted: { from: '2025' } },
    updated: {
      title: 'EU listing',
      measures: ['ASSET_FREEZE', 'TRAVEL_BAN'],
      status: 'LIFTED',
      imposed: { label: '14 Oct 2024' },
      lifted: { label: '2025' },
    },
  },
  {
    kind: 'WeaponsTransfer',
    field: 'weaponsTransfer',
    select: 'weaponSystem category quantityLow quantityHigh quantityText status',
    create: async () => ({
      weaponSystem: 'Fath-360',
      category: 'BALLISTIC_MISSILE',
      quantityLow: 200,
      quantityHigh: 400,
      quantityText: 'hundreds',
      status: 'REPORTED',
      confidence: 'REPORTED',
    }),
    created: {
      weaponSystem: 'Fath-360',
      category: 'BALLISTIC_MISSILE',
      quantityLow: 200,
      quantityHigh: 400,
      quantityText: 'hundreds',
      status: 'REPORTED',
    },
    update: { quantityHigh: 300, status: 'DENIED' },
    updated: {
      weaponSystem: 'Fath-360',
      category: 'BALLISTIC_MISSILE',
      quantityLow: 200,
      quantityHigh: 300,
      quantityText: 'hundreds',
      status: 'DENIED',
    },
  },
];

describe.each(KINDS)('$kind mutations', (kase) => {
  const { kind, field } = kase;
  const ops = documents(kind, field, kase.select);

  async function create(extra: Record<string, unknown> = {}): Promise<any> {
    const result: any = await t.editor.query(ops.create, {
      input: { ...(await kase.create()), ...extra },
    });
    expect(result.errors).toBeUndefined();
    return result.data[`create${kind}`][field];
  }

  it('creates a record at version 1 and logs CREATED by the key', async () => {
    const input = await kase.create();
    const result: any = await t.editor.query(ops.create, {
      input: { ...input, externalId: 'ext-1' },
    });
    const node = result.data[`create${kind}`][field];
    expect(result).toEqual({
      data: {
        [`create${kind}`]: {
          [field]: {
            id: toGlobalId(kind, node.rowId),
            rowId: expect.any(String),
            externalId: 'ext-1',
            version: 1,
            ...kase.created,
            history: { nodes: [{ action: 'CREATED', version: 1, changedBy: t.editor.keyId }] },
          },
          userErrors: [],
        },
      },
    });
  });

  it('updates only the given fields, clears explicit nulls and bumps the version', async () => {
    const node = await create();
    const result = await t.editor.query(ops.update, {
      input: { id: node.id, expectedVersion: 1, ...kase.update },
    });
    expect(result).toEqual({
      data: {
        [`update${kind}`]: {
          [field]: {
            id: node.id,
            rowId: node.rowId,
            externalId: null,
            version: 2,
            ...kase.updated,
            history: {
              nodes: [
                { action: 'CREATED', version: 1, changedBy: t.editor.keyId },
                { action: 'UPDATED', version: 2, changedBy: t.editor.keyId },
              ],
            },
          },
          userErrors: [],
        },
      },
    });
  });

  it('treats an update that changes nothing as a no-op (same version, no log entry)', async () => {
    const node = await create();
    const result: any = await t.editor.query(ops.update, {
      input: { id: node.id, expectedVersion: 1 },
    });
    expect(result.data[`update${kind}`]).toEqual({
      [field]: expect.objectContaining({ version: 1, history: { nodes: [expect.anything()] } }),
      userErrors: [],
    });
  });

  it('upserts by externalId idempotently: one record, one log entry for the same input twice', async () => {
    const input = { ...(await kase.create()), externalId: 'partner-1' };
    const first: any = await t.editor.query(ops.upsert, { input });
    const second: any = await t.editor.query(ops.upsert, { input });
    const changed: any = await t.editor.query(ops.upsert, {
      input: { ...input, ...kase.update },
    });
    const node = first.data[`upsert${kind}`][field];
    expect([first, second, changed].map((result) => result.data[`upsert${kind}`])).toEqual([
      {
        outcome: 'CREATED',
        [field]: expect.objectContaining({ id: node.id, version: 1 }),
        userErrors: [],
      },
      {
        outcome: 'UNCHANGED',
        [field]: expect.objectContaining({ id: node.id, version: 1 }),
        userErrors: [],
      },
      {
        outcome: 'UPDATED',
        [field]: { ...node, version: 2, ...kase.updated, history: expect.anything() },
        userErrors: [],
      },
    ]);
    const [{ count }] = await t.api.dataSource.query(
      `SELECT count(*)::int AS count FROM change_log WHERE "recordId" = $1`,
      [node.rowId],
    );
    expect(count).toBe(2);
  });

  it('deletes softly and restores, logging both with new versions', async () => {
    const node = await create();
    const deleted = await t.admin.query(ops.delete, { input: { id: node.id, expectedVersion: 1 } });
    const lookup = await t.api.query(NODE, { id: node.id });
    const restored = await t.admin.query(ops.restore, { input: { id: node.id } });
    const after: any = await t.api.query(NODE, { id: node.id });
    expect([deleted, lookup, restored, after]).toEqual([
      { data: { [`delete${kind}`]: { [field]: { id: node.id, version: 2 }, userErrors: [] } } },
      { data: { node: null } },
      { data: { [`restore${kind}`]: { [field]: { id: node.id, version: 3 }, userErrors: [] } } },
      { data: { node: { id: node.id } } },
    ]);
    const history: any = await t.api.query(ops.history, { id: node.id });
    expect(history.data.node.history.nodes).toEqual([
      { action: 'CREATED', version: 1, changedFields: expect.any(Array) },
      {
        action: 'DELETED',
        version: 2,
        changedFields: [{ field: 'deletedAt', old: null, new: expect.any(String) }],
      },
      {
        action: 'RESTORED',
        version: 3,
        changedFields: [{ field: 'deletedAt', old: expect.any(String), new: null }],
      },
    ]);
  });
});

function documents(kind: string, field: string, select: string) {
  const node = `${field} { id rowId externalId version ${select} history { nodes { action version changedBy } } }`;
  const userErrors = 'userErrors { field message code }';
  return {
    create: `mutation ($input: Create${kind}Input!) { create${kind}(input: $input) { ${node} ${userErrors} } }`,
    update: `mutation ($input: Update${kind}Input!) { update${kind}(input: $input) { ${node} ${userErrors} } }`,
    upsert: `mutation ($input: Upsert${kind}Input!) { upsert${kind}(input: $input) { outcome ${node} ${userErrors} } }`,
    delete: `mutation ($input: Delete${kind}Input!) { delete${kind}(input: $input) { ${field} { id version } ${userErrors} } }`,
    restore: `mutation ($input: Restore${kind}Input!) { restore${kind}(input: $input) { ${field} { id version } ${userErrors} } }`,
    history: `query ($id: ID!) { node(id: $id) { ... on ${kind} { history { nodes { action version changedFields { field old new } } } } } }`,
  };
}

const NODE = `query ($id: ID!) { node(id: $id) { id } }`;
