/**
 * What a person feels in the window, measured in Debian's Chromium against
 * the built renderer with the preload API bound to the real services (the
 * browser-test harness): keystroke to underline in the composer, and opening
 * the activity log on a million events. Calls travel through Playwright's
 * exposeBinding here, which is slower than Electron IPC, so these are upper
 * bounds for the app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { Harness, RENDERER_DIR } from '../tests/support/harness';
import { WARNING_SETTINGS_KEY } from '../electron/main/services/warnings/warnings-service';
import { percentile, type BenchReporter } from './reporter';

const CHROMIUM = process.env.HATSTAND_CHROMIUM ?? '/usr/bin/chromium';

export default async function chromiumBench(r: BenchReporter): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    r.note(`skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' });
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const harness = await Harness.start(browser);
  try {
    await keystrokes(r, harness);
    await logWindow(r, harness);
  } finally {
    await harness.close();
    await browser.close();
  }
}

async function keystrokes(r: BenchReporter, harness: Harness): Promise<void> {
  const pro = harness.identity('Professional');
  harness.store.settings.setFor(pro.id, WARNING_SETTINGS_KEY, { never: ['my therapist'] });
  harness.services.warnings.invalidate();
  await harness.openIdentity(pro.id);
  const page = harness.page(pro.id);
  await page.getByRole('button', { name: 'Compose' }).click();
  const box = page.getByRole('textbox', { name: 'Draft for Professional' });
  await page.evaluate(() => {
    const w = window as unknown as { __echo: number[]; __underline: number[] };
    w.__echo = [];
    w.__underline = [];
    const area = document.querySelector('textarea')!;
    const mirror = document.querySelector('.editor-mirror')!;
    let t0 = 0;
    let echoed = false;
    area.addEventListener('keydown', () => {
      t0 = performance.now();
      echoed = false;
    }, true);
    new MutationObserver(() => {
      if (!t0) return;
      if (!echoed && mirror.textContent?.replace('\u200b', '') === area.value) {
        w.__echo.push(performance.now() - t0);
        echoed = true;
      }
      if (mirror.querySelector('mark.underline')) {
        w.__underline.push(performance.now() - t0);
        t0 = 0;
      }
    }).observe(mirror, { subtree: true, childList: true, characterData: true });
  });
  const rounds = 40;
  for (let i = 0; i < rounds; i++) {
    await box.fill(`Running late again (${i}), my therapis`);
    await page.waitForFunction(() => !document.querySelector('.editor-mirror mark.underline'));
    await page.keyboard.press('t');
    await page.waitForFunction((n) => (window as unknown as { __underline: number[] }).__underline.length > n, i);
  }
  const { echo, underline } = await page.evaluate(() => {
    const w = window as unknown as { __echo: number[]; __underline: number[] };
    return { echo: w.__echo, underline: w.__underline };
  });
  r.figure('composer: keystroke to text drawn (median)', percentile(echo, 50), 'ms', { p95: percentile(echo, 95), samples: echo.length });
  r.figure('composer: keystroke to warning underline (median)', percentile(underline, 50), 'ms', {
    p95: percentile(underline, 95),
    samples: underline.length,
    aim: '< 16',
    transport: 'playwright exposeBinding',
    before: 14.3, // main e87bbf1 (bench/baseline-main.json); the underline comes from the keystroke path (depth 'lexical')
  });
}

async function logWindow(r: BenchReporter, harness: Harness): Promise<void> {
  const ids = harness.store.identities.list().map((i) => i.id);
  const total = 1_000_000;
  const batch = 20_000;
  const kinds = ['site.opened', 'post.sent', 'draft.edited', 'window.opened', 'warning.raised'];
  const start = Date.now() - total * 1000;
  const t0 = performance.now();
  for (let n = 0; n < total; n += batch) {
    harness.store.activity.appendMany(
      Array.from({ length: batch }, (_, k) => {
        const i = n + k;
        return { at: start + i * 1000, identityId: ids[i % ids.length]!, kind: kinds[i % kinds.length]!, site: i % 3 ? 'x.com' : 'mastodon.social', summary: `Event ${i} about topic ${i % 977}` };
      }),
    );
  }
  r.note(`filled the log with ${total} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const began = performance.now();
    await harness.openLog();
    await harness.page('log').locator('.log-row').first().waitFor();
    samples.push(performance.now() - began);
    await harness.closePage('log');
  }
  r.figure('log window: open on 1,000,000 events to first page shown (median)', percentile(samples, 50), 'ms', {
    p95: percentile(samples, 95),
    samples: samples.length,
    includes: 'new browser context, page load, first query',
  });
}
