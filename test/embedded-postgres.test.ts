import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CHILD = path.join(__dirname, 'helpers', 'embedded-child.ts');
const PORT = '54349';

function runOnce(dataDir: string) {
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', CHILD, dataDir, PORT, 'once'],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function startAndHold(dataDir: string): Promise<ReturnType<typeof spawn>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', CHILD, dataDir, PORT, 'hold'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('READY')) {
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
}

describe('embedded PostgreSQL', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'incidentgraph-embedded-'));
    // As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
    chmodSync(dataDir, 0o755);
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('initialises a cluster on first start and keeps its data folder for the next', async () => {
    expect(runOnce(dataDir)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('OK 1\n'),
    });
    expect(runOnce(dataDir)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('OK 1\n'),
    });
  });

  it('recovers from a server left running by a hard-killed process instead of hanging', async () => {
    const holder = await startAndHold(dataDir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));

    const next = runOnce(dataDir);

    expect(next).toMatchObject({ status: 0, stdout: expect.stringContaining('OK 1\n') });
    expect(next.stdout + next.stderr).toContain('orphaned');
  });

  it('removes a stale postmaster.pid whose process is gone', async () => {
    expect(runOnce(dataDir).status).toBe(0);
    writeFileSync(
      path.join(dataDir, 'pg', 'postmaster.pid'),
      `999999\n${dataDir}/pg\n0\n${PORT}\n`,
    );

    const next = runOnce(dataDir);

    expect(next).toMatchObject({ status: 0, stdout: expect.stringContaining('OK 1\n') });
    expect(next.stdout + next.stderr).toContain('stale postmaster.pid');
  });
});
