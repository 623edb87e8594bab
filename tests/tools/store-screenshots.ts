/**
 * `npm run screenshots`: the store images (docs/store/screenshots/) from the demo, with Insyn's production
 * build in Chromium on the fixture pages: 1280×800 screenshots of the page with Insyn's panel, a draft to a
 * guardian and the dashboard's checklist, in Swedish and English, and the 440×280 promotional tile. Run it
 * after `npm run build`; the images are committed, and the Chrome Web Store takes them as they are.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { driverPageOf } from '../e2e/driver/chromium';
import type { DriverPage } from '../e2e/driver/driver';
import { inPanel } from '../e2e/driver/panel';
import { launchChromium } from './chromium';
import { startFixtureServer } from './fixture-server';
import { setLanguage, t, type Lang } from '../../utils/i18n';

const OUT = 'docs/store/screenshots';
const FIXTURE = 'infomentor/kunskapssammanstallning-5a-matematik.html';
const SIZE = { width: 1280, height: 800 };

async function chooseLanguage(page: Page, lang: Lang) {
  setLanguage(lang);
  await page.evaluate((choice) => {
    const ext = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    return ext.storage.local.set({ 'insyn.language': choice });
  }, lang);
}

async function shots(
  lang: Lang,
  open: (path: string) => Promise<{ page: Page; view: DriverPage }>,
  extension: (path: string) => Promise<Page>,
) {
  // The panel's root is closed: the e2e driver reaches into it where the page cannot.
  const { page, view } = await open(FIXTURE);
  await view.find(inPanel('[data-insyn-prompt]'));
  await page.screenshot({ path: `${OUT}/${lang}-1-page.png` });
  await (await view.find(inPanel('button', t('promptWrite')))).click();
  await view.find(inPanel('input, textarea, select', t('draftTemplate')));
  await page.screenshot({ path: `${OUT}/${lang}-2-draft.png` });
  const checklist = await extension('dashboard.html#checklist');
  await checklist.locator('main h2').first().waitFor();
  await checklist.screenshot({ path: `${OUT}/${lang}-3-checklist.png` });
}

/** The tile: Insyn's icon and name on its own colour, drawn from docs/icon.svg (no web fonts). */
async function tile(page: Page) {
  const icon = readFileSync('docs/icon.svg', 'utf8');
  await page.setViewportSize({ width: 440, height: 280 });
  await page.setContent(
    `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;justify-content:center;background:#1f4e79;color:#fff;font:600 34px DejaVu Sans,sans-serif">
       <div style="width:112px;height:112px">${icon}</div><div>Insyn<div style="font-size:17px;font-weight:400">för InfoMentor</div></div></body>`,
  );
  await page.locator('svg').evaluate((svg) => {
    svg.setAttribute('width', '112');
    svg.setAttribute('height', '112');
  });
  await page.screenshot({ path: `${OUT}/tile-440x280.png` });
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchChromium({ fixturePort: server.port });
  try {
    const newPage = async (url: string) => {
      const page = await browser.context.newPage();
      await page.setViewportSize(SIZE);
      await page.goto(url);
      return page;
    };
    const extension = (path: string) => newPage(browser.extensionUrl(path));
    for (const lang of ['sv', 'en'] as const) {
      await chooseLanguage(await extension('popup.html'), lang);
      const openRead = async (path: string) => {
        const page = await browser.context.newPage();
        await page.setViewportSize(SIZE);
        const view = await driverPageOf(page, browser.extensionId);
        await page.goto(server.url(path));
        return { page, view };
      };
      await shots(lang, openRead, extension);
    }
    await tile(await browser.context.newPage());
    console.log(`Store images in ${OUT}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
