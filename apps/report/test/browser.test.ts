// Opens the HTML report in a real headless Chromium: tables and charts must be visible, no request
// may leave the page, and no script may run, even with hostile text in the plan.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

// Debian's chromium package (CI installs it); PLAYWRIGHT_CHROMIUM overrides the location.
const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (install Debian's chromium or set PLAYWRIGHT_CHROMIUM)`);

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const HOSTILE = fileURLToPath(new URL('./fixtures/hostile.plan.json', import.meta.url));
const EXAMPLE = join(REPO_ROOT, 'examples', 'seed-article-break-even.plan.yaml');

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-report-browser-'));

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(plan: string, name: string) {
    const file = join(dir, `${name}.html`);
    const r = runCli([plan, '--format', 'html', '--out', file, '--fail-on', 'never']);
    expect(r.status, r.stderr).toBe(0);
    const pageUrl = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    // Record every request; only the page itself may load, anything else is aborted and counted.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pageUrl) return route.continue();
      requests.push(url);
      return route.abort();
    });
    page.on('request', (req) => {
      if (req.url() !== pageUrl && !requests.includes(req.url())) requests.push(req.url());
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    return { page, requests, messages, file };
  }

  it('shows tables and SVG charts with no outside request and no script (hostile plan)', async () => {
    const { page, requests, messages } = await open(HOSTILE, 'hostile');
    // An injected <script> or onerror handler would set window.__pwned.
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onclick]').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(messages).toEqual([]);
    // The hostile text shows as text.
    expect(await page.locator('h1').innerText()).toBe('Adoption plan: Hostile <script>window.__pwned=3</script> | # plan');
    const tables = page.locator('table');
    expect(await tables.count()).toBeGreaterThan(8);
    expect(await tables.first().isVisible()).toBe(true);
    const charts = page.locator('svg.chart');
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(400);
      expect(box?.height).toBeGreaterThan(100);
    }
    expect(await page.locator('svg.xychart polyline').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.gantt rect').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('control: the same probes do see a script when a page has one (so the checks above can fail)', async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.setContent('<img src="data:," onerror="window.__pwned = 2; console.log(\'ran\')"><script>window.__ran = 1</script>');
    await page.waitForFunction(() => (globalThis as { __pwned?: unknown }).__pwned === 2);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('[onerror]').count()).toBe(1);
    expect(messages).toContain('ran');
    await page.close();
  }, 60_000);

  it.skipIf(!existsSync(EXAMPLE))('renders the article example legibly (screenshots for review)', async () => {
    const { page, requests, messages } = await open(EXAMPLE, 'seed-article-break-even');
    expect(requests).toEqual([]);
    expect(messages).toEqual([]);
    const headings = await page.locator('h2').allInnerTexts();
    expect(headings[0]).toBe('1. Summary');
    expect(headings).toContain('7. Cost');
    await page.screenshot({ path: join(ARTIFACTS, 'seed-article-break-even.png'), fullPage: true });
    const charts = await page.locator('svg.chart').all();
    for (const [i, chart] of charts.entries()) await chart.screenshot({ path: join(ARTIFACTS, `seed-article-break-even-chart-${i + 1}.png`) });
    // Print layout: a PDF renders without error and has pages.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(ARTIFACTS, 'seed-article-break-even.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);
});
