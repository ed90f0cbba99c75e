import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

import { listen } from '../src/app';
import { IDE_EXAMPLES } from '../src/modules/ide';
import { seedDatabase } from '../src/seed/seed';
import { createTestApi, truncateAll, type TestApi } from './helpers/api';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, 'artifacts');

let api: TestApi;
let server: Server;
let base: string;

beforeAll(async () => {
  api = await createTestApi();
  await truncateAll(api.dataSource);
  await seedDatabase(api.dataSource);
  server = await listen(api.app.express, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});

describe('browser IDE', () => {
  it('serves the IDE at / from our own assets, with no URL of another host in the page', async () => {
    const response = await fetch(`${base}/?example=belgian-sentences`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(html).not.toMatch(/https?:\/\/|\/\/unpkg|\/\/cdn/i);
    expect(html).toContain('/ide-assets/ruru.js');
    for (const example of IDE_EXAMPLES) {
      expect(html).toContain(`/?example=${example.slug}`);
    }
    const script = await fetch(`${base}/ide-assets/ruru.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([
      200,
      expect.stringMatching(/javascript/),
    ]);
  });

  it('sends a browser opening /graphql to the IDE, and leaves API requests alone', async () => {
    const browser = await fetch(`${base}/graphql`, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect([browser.status, browser.headers.get('location')]).toEqual([302, '/']);
    const client = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(client.status).toBe(200);
  });

  it.each(IDE_EXAMPLES.map((example) => [example.slug, example]))(
    'example %s answers its question on the bundled dataset',
    async (_slug, example) => {
      const result = await api.query(example.query, example.variables);
      expect(result.errors).toBeUndefined();
      const lists = Object.values(result.data ?? {}) as ({ nodes?: unknown[] } | unknown[])[];
      expect(
        lists.some((value) => (Array.isArray(value) ? value : (value.nodes ?? [])).length > 0),
      ).toBe(true);
    },
  );
});

const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable) {
  // Said once, plainly, so a green run without the browser test is not mistaken for one with it.
  process.stderr.write(
    `Chromium is not installed at ${CHROMIUM}: the headless IDE test is skipped (apt-get install chromium).\n`,
  );
}

(browserAvailable ? describe : describe.skip)('browser IDE in headless Chromium', () => {
  let context: BrowserContext;
  let profile: string;
  const offHost: string[] = [];

  beforeAll(async () => {
    profile = await mkdtemp(path.join(tmpdir(), 'incidentgraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // The IDE must work offline: any request to another host is refused and remembered.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:')) {
        return route.continue();
      }
      offHost.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('runs a saved example and shows seeded data in the result pane', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Long sentences in Belgium' }).click();
    await page.waitForURL(/example=belgian-sentences/);
    await page.locator('.graphiql-query-editor').getByText('LongBelgianSentences').first().waitFor({
      timeout: 20_000,
    });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('"termMonths": 240').first().waitFor({ timeout: 20_000 });
    await expect(result.innerText()).resolves.toContain('PRISONER_EXCHANGE');
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'ide.png') });
    expect(errors).toEqual([]);
    expect(offHost).toEqual([]);
  });
});
