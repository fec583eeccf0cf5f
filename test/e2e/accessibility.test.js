'use strict';
// axe-core (WCAG 2.0/2.1 A and AA) on every page of Min side, in bokmål and English.
// Zero violations allowed. The local ID-porten's login page is not ours and is not checked.
// A full-page screenshot of each page checked goes to $MINSIDE_ARTIFACTS/accessibility/.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./helpers');

const SHOTS = 'accessibility';
const LANGS = ['nb', 'en'];
const PUBLIC_PAGES = [
  ['front page', '/'],
  ['privacy statement', '/personvern'],
  ['accessibility statement', '/tilgjengelighet'],
  ['404 page', '/finnes-ikke-e2e'],
  ['logged out', '/logget-ut'],
];

let browser;
let context;
let page;
const found = {};

async function inBothLanguages(name, path) {
  for (const lang of LANGS) {
    await h.setLanguage(context, lang);
    const response = await page.goto(h.portal(path));
    assert.equal(h.pathOf(page), path, `${name}: ${path} (${lang}) ended on another page`);
    assert.equal(response.status(), 200, `${name} ${path} (${lang})`);
    await check(page, lang, name);
  }
  await h.setLanguage(context, 'nb');
}

// axe on the page as it is now; the screenshot is taken first so a failure has one too.
async function check(page, lang, name) {
  await h.screenshot(page, SHOTS, `${lang}-${name}`);
  assert.equal(await page.locator('html').getAttribute('lang'), lang, `${name}: <html lang> follows the language`);
  const violations = await h.axe(page);
  const where = `${name} (${lang}, ${h.pathOf(page)})`;
  if (violations.length) console.log(h.formatViolations(where, violations));
  assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on ${where}:\n`
    + h.formatViolations(where, violations));
}

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  before(async () => {
    browser = await h.launch();
  });
  after(async () => {
    if (context) await context.close().catch(() => {});
    if (browser) await browser.close();
  });

  for (const lang of LANGS) {
    for (const [name, path] of PUBLIC_PAGES) {
      test(`axe: ${name} ${path} (${lang})`, async () => {
        const context = await h.newContext(browser, { lang, bypassCSP: true });
        try {
          const page = await context.newPage();
          const response = await page.goto(h.portal(path));
          if (path === '/finnes-ikke-e2e') assert.equal(response.status(), 404);
          else assert.equal(response.status(), 200);
          await check(page, lang, name);
        } finally {
          await context.close();
        }
      });
    }
  }

  // Logged in as Anne Hansen (lawyer for 25/00123): one session for all the pages behind the
  // login. The pages are found by following links, as a person would.

  test('log in as Anne Hansen (BankID)', async () => {
    context = await h.newContext(browser, { lang: 'nb', bypassCSP: true });
    page = await context.newPage();
    await h.loginFromFrontPage(page, h.ANNE);
    assert.ok(['/samtykke', '/saker'].includes(h.pathOf(page)), 'after login: ' + page.url());
  });

  test('axe: consent page /samtykke (nb, en)', async () => {
    assert.ok(page, 'logged in');
    if (h.pathOf(page) !== '/samtykke') {
      // Consent was given before: withdraw it on the profile page to see the consent page.
      await page.goto(h.portal('/profil'));
      const form = page.locator('main form[action="/profil/samtykke"]');
      await h.assertCsrfFilled(form, 'profile page');
      await Promise.all([page.waitForURL((u) => u.pathname === '/samtykke'), form.locator('button').click()]);
    }
    await inBothLanguages('consent page', '/samtykke');
    await page.goto(h.portal('/samtykke'));
    assert.ok(await h.giveConsentIfAsked(page), 'consent given');
    assert.equal(h.pathOf(page), '/saker');
  });

  test('axe: case list /saker (nb, en)', async () => {
    await inBothLanguages('case list', '/saker');
    const link = page.locator('main a[href^="/saker/"]', { hasText: '25/00123' });
    found.case = await link.getAttribute('href');
    assert.match(found.case, /^\/saker\/\d+$/);
  });

  test('axe: case page /saker/<25/00123> (nb, en)', async () => {
    assert.ok(found.case, 'the case list links to 25/00123');
    await inBothLanguages('case page', found.case);
    found.upload = await page.locator(`main a[href="${found.case}/send"]`).getAttribute('href');
    found.comment = await page.locator(`main a[href^="${found.case}/kommentar/"]`).first().getAttribute('href');
  });

  test('axe: upload page (nb, en)', async () => {
    assert.ok(found.upload, 'the case page links to the upload page');
    await inBothLanguages('upload page', found.upload);
  });

  test('axe: comment page (nb, en)', async () => {
    assert.ok(found.comment, 'the case page links to the comment page');
    await inBothLanguages('comment page', found.comment);
  });

  test('axe: receipt page after an upload (nb, en)', async () => {
    assert.ok(found.upload, 'the case page links to the upload page');
    await page.goto(h.portal(found.upload));
    const form = page.locator('main form');
    await page.locator('#filer').setInputFiles(h.writeUniquePdf('e2e-axe'));
    await page.locator('#beskrivelse').fill('Til tilgjengelighetstesten');
    await h.assertCsrfFilled(form, 'upload page');
    await Promise.all([
      page.waitForURL((u) => /\/kvittering\//.test(u.pathname)),
      form.locator('button[type="submit"]').click(),
    ]);
    // The page right after sending (with its "thank you" notice), then the same receipt in both languages.
    await check(page, 'nb', 'receipt just sent');
    await inBothLanguages('receipt page', h.pathOf(page));
  });

  test('axe: profile /profil (nb, en)', async () => {
    await inBothLanguages('profile', '/profil');
  });

  test('axe: what is logged about you /profil/innsyn (nb, en)', async () => {
    await inBothLanguages('innsyn', '/profil/innsyn');
  });
});
