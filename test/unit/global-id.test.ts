import { GraphQLError } from 'graphql';

import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../src/graphql/global-id';

const UUID = '3f1c2a9e-8d7b-4c6a-9e5f-0a1b2c3d4e5f';

describe('global ids', () => {
  it('round-trips a type and a UUID through an opaque string', () => {
    const id = toGlobalId('Plot', UUID);
    expect(id).not.toContain(UUID);
    expect(decodeGlobalId(id)).toEqual({ typeName: 'Plot', id: UUID });
    expect(fromGlobalId(id, 'Plot')).toBe(UUID);
  });

  it('refuses an id of another kind as bad user input, naming the field', () => {
    const error = (() => {
      try {
        fromGlobalId(toGlobalId('Actor', UUID), 'Plot', 'plotId');
      } catch (caught) {
        return caught as GraphQLError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'plotId' });
  });

  it.each([
    '',
    'not-an-id',
    Buffer.from('v1:Plot:123').toString('base64url'),
    Buffer.from(`v0:Plot:${UUID}`).toString('base64url'),
  ])('decodes %j to null', (text) => {
    expect(decodeGlobalId(text)).toBeNull();
  });
});
