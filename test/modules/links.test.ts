import { ActorKind } from '../../src/modules/actor';
import { setUpWriteTests } from '../helpers/api';
import { databaseState } from '../helpers/counts';
import { ActorRoleKind, toGlobalId } from '../helpers/factories';

const t = setUpWriteTests();

async function sentence(): Promise<string> {
  const [row] = await t.api.dataSource.query(
    `INSERT INTO sentences (id, jurisdiction, "termKind", status, confidence)
     VALUES (gen_random_uuid(), 'BE', 'PRISON', 'FINAL', 'CONVICTED') RETURNING id`,
  );
  return toGlobalId('Sentence', row.id);
}

async function refused(document: string, input: Record<string, unknown>) {
  const before = await databaseState(t.api.dataSource);
  const result: any = await t.editor.query(document, { input });
  expect(await databaseState(t.api.dataSource)).toEqual(before);
  return result.errors ?? (Object.values(result.data)[0] as any).userErrors;
}

describe('citations', () => {
  it('adds a citation to a record, bumping its version and logging it in its history', async () => {
    const plot = await t.make.plot();
    const source = await t.make.source({ publisher: 'Mediapart' });
    const result: any = await t.editor.query(ADD_CITATION, {
      input: {
        recordId: toGlobalId('Plot', plot.id),
        sourceId: toGlobalId('Source', source.id),
        stance: 'DENIES',
        excerpt: '¶4: the embassy denied',
        accessedOn: '2025-01-02',
      },
    });
    const citationId = result.data.addCitation.citation.id;
    expect(result).toEqual({
      data: {
        addCitation: {
          citation: {
            id: expect.any(String),
            stance: 'DENIES',
            excerpt: '¶4: the embassy denied',
            accessedOn: '2025-01-02',
            source: { publisher: 'Mediapart' },
          },
          record: {
            id: toGlobalId('Plot', plot.id),
            version: 2,
            citations: { nodes: [{ id: citationId }] },
            history: {
              nodes: [
                {
                  action: 'UPDATED',
                  version: 2,
                  changedFields: [
                    {
                      field: 'citations',
                      old: null,
                      new: {
                        id: expect.any(String),
                        sourceId: source.id,
                        stance: 'DENIES',
                        excerpt: '¶4: the embassy denied',
                        accessedOn: '2025-01-02',
                      },
                    },
                  ],
                },
              ],
            },
          },
          userErrors: [],
        },
      },
    });
  });

  it('removes a citation', async () => {
    const place = await t.make.place();
    const citation = await t.make.citation({
      sourceId: (await t.make.source()).id,
      placeId: place.id,
    });
    const result = await t.editor.query(REMOVE_CITATION, {
      input: { citationId: toGlobalId('Citation', citation.id) },
    });
    expect(result).toEqual({
      data: {
        removeCitation: {
          citation: { id: toGlobalId('Citation', citation.id) },
          record: { id: toGlobalId('Place', place.id), version: 2, citations: { nodes: [] } },
          userErrors: [],
        },
      },
    });
  });

  it('refuses a missing or deleted source, and a repeated citation (nothing written)', async () => {
    const plot = toGlobalId('Plot', (await t.make.plot()).id);
    const deleted = await t.make.source({ deletedAt: new Date() });
    const source = await t.make.source();
    await t.editor.query(ADD_CITATION, {
      input: { recordId: plot, sourceId: toGlobalId('Source', source.id), stance: 'REPORTS' },
    });
    expect([
      await refused(ADD_CITATION, {
        recordId: plot,
        sourceId: toGlobalId('Source', deleted.id),
        stance: 'REPORTS',
      }),
      await refused(ADD_CITATION, {
        recordId: plot,
        sourceId: toGlobalId('Source', '00000000-0000-4000-8000-000000000000'),
        stance: 'REPORTS',
      }),
      await refused(ADD_CITATION, {
        recordId: plot,
        sourceId: toGlobalId('Source', source.id),
        stance: 'REPORTS',
      }),
      await refused(REMOVE_CITATION, {
        citationId: toGlobalId('Citation', '00000000-0000-4000-8000-000000000000'),
      }),
    ]).toEqual([
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.sourceId' })],
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.sourceId' })],
      [expect.objectContaining({ code: 'DUPLICATE', field: null })],
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.citationId' })],
    ]);
  });

  it('refuses ids of the wrong kind and a long excerpt as BAD_USER_INPUT (nothing written)', async () => {
    const source = toGlobalId('Source', (await t.make.source()).id);
    const plot = toGlobalId('Plot', (await t.make.plot()).id);
    expect([
      await refused(ADD_CITATION, { recordId: source, sourceId: source, stance: 'REPORTS' }),
      await refused(ADD_CITATION, { recordId: plot, sourceId: plot, stance: 'REPORTS' }),
      await refused(ADD_CITATION, {
        recordId: plot,
        sourceId: source,
        stance: 'REPORTS',
        excerpt: 'x'.repeat(501),
      }),
    ]).toEqual([
      [
        expect.objectContaining({
          extensions: { code: 'BAD_USER_INPUT', field: 'input.recordId' },
        }),
      ],
      [
        expect.objectContaining({
          extensions: { code: 'BAD_USER_INPUT', field: 'input.sourceId' },
        }),
      ],
      [
        expect.objectContaining({
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'input.excerpt', messages: [expect.any(String)] }],
          },
        }),
      ],
    ]);
  });
});

describe('actor roles', () => {
  it('makes a person the defendant of a sentence, and removes the role again', async () => {
    const sentenceId = await sentence();
    const person = await t.make.actor({ name: 'Assadollah Assadi' });
    const added: any = await t.editor.query(ADD_ROLE, {
      input: {
        recordId: sentenceId,
        actorId: toGlobalId('Actor', person.id),
        role: 'DEFENDANT',
        note: 'diplomat',
      },
    });
    const roleId = added.data.addActorRole.actorRole.id;
    const removed = await t.editor.query(REMOVE_ROLE, { input: { roleId } });
    expect([added, removed]).toEqual([
      {
        data: {
          addActorRole: {
            actorRole: {
              id: expect.any(String),
              role: 'DEFENDANT',
              note: 'diplomat',
              actor: { name: 'Assadollah Assadi' },
            },
            record: {
              id: sentenceId,
              version: 2,
              actors: { nodes: [{ role: 'DEFENDANT', actor: { name: 'Assadollah Assadi' } }] },
            },
            userErrors: [],
          },
        },
      },
      {
        data: {
          removeActorRole: {
            actorRole: {
              id: roleId,
              role: 'DEFENDANT',
              note: 'diplomat',
              actor: expect.anything(),
            },
            record: { id: sentenceId, version: 3, actors: { nodes: [] } },
            userErrors: [],
          },
        },
      },
    ]);
  });

  it('refuses roles that do not fit the record or the actor, unknown actors and repeats', async () => {
    const sentenceId = await sentence();
    const plot = toGlobalId('Plot', (await t.make.plot()).id);
    const person = toGlobalId('Actor', (await t.make.actor()).id);
    const state = toGlobalId('Actor', (await t.make.actor({ kind: ActorKind.STATE })).id);
    const deletedActor = await t.make.actor({ deletedAt: new Date() });
    await t.editor.query(ADD_ROLE, { input: { recordId: plot, actorId: person, role: 'SPONSOR' } });
    expect([
      await refused(ADD_ROLE, { recordId: plot, actorId: person, role: 'DEFENDANT' }),
      await refused(ADD_ROLE, { recordId: sentenceId, actorId: state, role: 'DEFENDANT' }),
      await refused(ADD_ROLE, {
        recordId: sentenceId,
        actorId: toGlobalId('Actor', deletedActor.id),
        role: 'COURT',
      }),
      await refused(ADD_ROLE, { recordId: plot, actorId: person, role: 'SPONSOR' }),
      await refused(REMOVE_ROLE, {
        roleId: toGlobalId('ActorRole', '00000000-0000-4000-8000-000000000000'),
      }),
    ]).toEqual([
      [expect.objectContaining({ code: 'INVALID_ROLE', field: 'input.role' })],
      [expect.objectContaining({ code: 'INVALID_ROLE', field: 'input.actorId' })],
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.actorId' })],
      [expect.objectContaining({ code: 'DUPLICATE', field: null })],
      [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.roleId' })],
    ]);
  });

  it('refuses a place as the actor and an actor as the record (BAD_USER_INPUT)', async () => {
    const place = toGlobalId('Place', (await t.make.place()).id);
    const actor = toGlobalId('Actor', (await t.make.actor()).id);
    const plot = toGlobalId('Plot', (await t.make.plot()).id);
    expect([
      await refused(ADD_ROLE, { recordId: plot, actorId: place, role: 'TARGET' }),
      await refused(ADD_ROLE, { recordId: actor, actorId: actor, role: 'TARGET' }),
    ]).toEqual([
      [expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.actorId' } })],
      [
        expect.objectContaining({
          extensions: { code: 'BAD_USER_INPUT', field: 'input.recordId' },
        }),
      ],
    ]);
  });

  it('keeps roles on a record whose actor role kind is free-form (OTHER with a note)', async () => {
    const plot = await t.make.plot();
    const actor = await t.make.actor();
    await t.make.role({ actorId: actor.id, role: ActorRoleKind.OTHER, plotId: plot.id });
    const result: any = await t.api.query(
      `query ($id: ID!) { node(id: $id) { ... on Plot { actors { nodes { role } } } } }`,
      { id: toGlobalId('Plot', plot.id) },
    );
    expect(result.data.node.actors).toEqual({ nodes: [{ role: 'OTHER' }] });
  });
});

const ADD_CITATION = `mutation ($input: AddCitationInput!) {
  addCitation(input: $input) {
    citation { id stance excerpt accessedOn source { publisher } }
    record { id ... on Plot { version citations { nodes { id } } history { nodes { action version changedFields { field old new } } } } }
    userErrors { field message code }
  }
}`;

const REMOVE_CITATION = `mutation ($input: RemoveCitationInput!) {
  removeCitation(input: $input) {
    citation { id }
    record { id ... on Place { version citations { nodes { id } } } }
    userErrors { field message code }
  }
}`;

const ADD_ROLE = `mutation ($input: AddActorRoleInput!) {
  addActorRole(input: $input) {
    actorRole { id role note actor { name } }
    record { id ... on Sentence { version actors { nodes { role actor { name } } } } }
    userErrors { field message code }
  }
}`;

const REMOVE_ROLE = `mutation ($input: RemoveActorRoleInput!) {
  removeActorRole(input: $input) {
    actorRole { id role note actor { name } }
    record { id ... on Sentence { version actors { nodes { role } } } }
    userErrors { field message code }
  }
}`;
