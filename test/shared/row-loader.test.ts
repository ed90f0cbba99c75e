import { mapMaybe, RowLoader } from '../../src/shared/row-loader';

// The to-one resolvers (an incident's place, a citation's source) return a row synchronously
// when the list's statement primed it, and load it otherwise.
describe('RowLoader', () => {
  const batches: string[][] = [];
  const loader = () =>
    new RowLoader<{ id: string }>(async (ids) => {
      batches.push([...ids]);
      return ids.map((id) => (id === 'gone' ? null : { id }));
    });

  beforeEach(() => batches.splice(0));

  it('answers a primed row, or a primed null, at once and without a batch', async () => {
    const rows = loader();
    rows.prime('a', { id: 'a' });
    rows.prime('gone', null);
    expect(rows.get('a')).toEqual({ id: 'a' });
    expect(rows.get('gone')).toBeNull();
    expect(batches).toEqual([]);
  });

  it('loads a row it does not hold in one batch, then holds it', async () => {
    const rows = loader();
    const pending = [rows.get('b'), rows.get('c'), rows.get('gone')];
    expect(pending.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(pending)).toEqual([{ id: 'b' }, { id: 'c' }, null]);
    expect(batches).toEqual([['b', 'c', 'gone']]);
    expect(rows.get('b')).toEqual({ id: 'b' });
    expect(rows.get('gone')).toBeNull();
  });

  it('keeps the first row primed for an id, as DataLoader does', async () => {
    const rows = loader();
    rows.prime('a', { id: 'first' } as { id: string });
    rows.prime('a', { id: 'second' } as { id: string });
    expect(rows.get('a')).toEqual({ id: 'first' });
    expect(await rows.load('a')).toEqual({ id: 'first' });
  });

  it('forgets a row that is cleared, as DataLoader does', async () => {
    const rows = loader();
    rows.prime('a', { id: 'stale' } as { id: string });
    rows.clear('a');
    const again = rows.get('a');
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toEqual({ id: 'a' });
    rows.clearAll();
    expect(rows.get('a')).toBeInstanceOf(Promise);
  });

  it('maps a held row synchronously and a pending one through its promise', async () => {
    expect(mapMaybe(2, (value) => value * 2)).toBe(4);
    const later = mapMaybe(Promise.resolve(2), (value) => value * 2);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(4);
  });
});
