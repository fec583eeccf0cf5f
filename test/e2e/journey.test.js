'use strict';
// The whole journey of a citizen in real Chromium, in bokmål: log in through the local
// ID-porten, consent, case list, case, document download, upload with receipt, comment
// with receipt, withdraw and give consent again, log out through ID-porten.
// A full-page screenshot after each step goes to $MINSIDE_ARTIFACTS/journey/NN-step.png.
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./helpers');

const SHOTS = 'journey';
const RECEIPT_NO = /MS-\d{6}-[A-Z2-9]{6}/;
let browser;
let context;
let page;

async function shot(step) {
  await h.screenshot(page, SHOTS, step);
}

describe('journey (bokmål)', () => {
  before(async () => {
    browser = await h.launch();
    context = await h.newContext(browser, { lang: 'nb' });
    page = await context.newPage();
  });

  after(async () => {
    if (browser) await browser.close();
  });

  test('a citizen logs in, reads, sends, comments, withdraws consent and logs out', async () => {
    // Front page.
    await page.goto(h.portal('/'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('front-page');

    // "Logg inn med ID-porten" -> the local ID-porten.
    await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click();
    await page.waitForURL((u) => u.origin === h.IDP);
    await page.getByRole('radio', { name: /Kari Nordmann/ }).check();
    await page.locator('input[name="eid"][value="minid"]').check();
    assert.ok(await page.locator(`input[name="person"][value="${h.KARI.pid}"]`).isChecked());
    await shot('idporten-login');
    await Promise.all([
      page.waitForURL((u) => u.origin === h.PORTAL && !u.pathname.startsWith('/logg-inn')),
      page.getByRole('button', { name: 'Logg inn', exact: true }).click(),
    ]);

    // Consent, unless Kari gave it before (the integration tests ran first).
    if (h.pathOf(page) === '/samtykke') {
      await h.assertCsrfFilled(page.locator('main form[action="/samtykke"]'), 'consent page');
      await page.locator('#samtykke').check();
      await shot('consent');
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/saker'),
        page.getByRole('button', { name: 'Gi samtykke og fortsett' }).click(),
      ]);
    }

    // Mine saker.
    assert.equal(h.pathOf(page), '/saker');
    await page.getByRole('heading', { level: 1, name: 'Mine saker' }).waitFor();
    await shot('case-list');

    // The case 25/00123.
    await page.getByRole('link', { name: /25\/00123/ }).click();
    await page.getByRole('heading', { level: 1, name: /25\/00123/ }).waitFor();
    const caseUrl = page.url();
    assert.match(h.pathOf(page), /^\/saker\/\d+$/);
    await shot('case');

    // Download "Bekreftelse på mottatt klage".
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Bekreftelse på mottatt klage' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.pdf$/i);
    const saved = path.join(h.ARTIFACTS, SHOTS, download.suggestedFilename());
    await download.saveAs(saved);
    const head = fs.readFileSync(saved).subarray(0, 4).toString('latin1');
    assert.equal(head, '%PDF', 'the downloaded document is a PDF');
    await shot('after-download');

    // "Send dokumenter": a small PDF, unique per run, with a description.
    await page.getByRole('link', { name: 'Send dokumenter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Send dokumenter' }).waitFor();
    const pdf = h.writeUniquePdf('e2e-vedlegg');
    await page.locator('#filer').setInputFiles(pdf);
    const description = `Legeerklæring fra fastlegen (e2e ${Date.now()})`;
    await page.locator('#beskrivelse').fill(description);
    await shot('upload-form');
    await h.assertCsrfFilled(page.locator('main form'), 'upload page');
    await Promise.all([
      page.waitForURL((u) => /\/kvittering\//.test(u.pathname)),
      page.getByRole('button', { name: 'Send', exact: true }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Kvittering' }).waitFor();
    const uploadReceipt = await page.locator('main').innerText();
    assert.match(uploadReceipt, RECEIPT_NO);
    assert.ok(uploadReceipt.includes(path.basename(pdf)), 'the receipt names the file ' + path.basename(pdf));
    await shot('upload-receipt');

    // Back to the case, then "Skriv kommentar" on the expert statement.
    await page.getByRole('link', { name: /Tilbake til sak/ }).click();
    await page.waitForURL(caseUrl);
    await page.getByRole('link', { name: 'Skriv kommentar' }).click();
    await page.locator('#kommentar').waitFor();
    const comment = `Jeg er uenig i vurderingen av årsakssammenhengen (e2e ${Date.now()}).`;
    await page.locator('#kommentar').fill(comment);
    await shot('comment-form');
    await h.assertCsrfFilled(page.locator('main form'), 'comment page');
    await Promise.all([
      page.waitForURL((u) => /\/kvittering\//.test(u.pathname)),
      page.getByRole('button', { name: 'Send kommentaren' }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Kvittering' }).waitFor();
    const commentReceipt = await page.locator('main').innerText();
    assert.match(commentReceipt, RECEIPT_NO);
    assert.ok(commentReceipt.includes(comment), 'the receipt shows the comment');
    await shot('comment-receipt');

    // Profile: withdraw consent -> the consent page; give it again.
    await page.goto(h.portal('/profil'));
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    await shot('profile');
    await h.assertCsrfFilled(page.locator('main form[action="/profil/samtykke"]'), 'profile page');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/samtykke'),
      page.getByRole('button', { name: 'Trekk samtykket' }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: /Samtykke/ }).waitFor();
    await shot('consent-withdrawn');
    await h.assertCsrfFilled(page.locator('main form[action="/samtykke"]'), 'consent page after withdrawal');
    await page.locator('#samtykke').check();
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/saker'),
      page.getByRole('button', { name: 'Gi samtykke og fortsett' }).click(),
    ]);
    await shot('consent-given-again');

    // "Logg ut" in the header -> ID-porten's end_session -> /logget-ut.
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    const loggedOut = (u) => u.origin === h.PORTAL && u.pathname === '/logget-ut';
    await page.locator('header').getByRole('button', { name: 'Logg ut' }).click();
    try {
      await page.waitForURL(loggedOut, { timeout: 1500 });
    } catch (_) {
      // On ID-porten's logout page: follow "Fortsett" rather than wait for the refresh.
      if (new URL(page.url()).origin === h.IDP) {
        await shot('idporten-logout');
        const next = page.getByRole('link', { name: 'Fortsett' });
        if (await next.count()) await next.click();
      }
      try {
        await page.waitForURL(loggedOut, { timeout: 10000 });
      } catch (e) {
        await shot('logout-failed');
        throw new Error(`"Logg ut" did not end on /logget-ut; the browser is on ${page.url()}.`
          + (consoleErrors.length ? ' Browser console: ' + consoleErrors.join(' | ') : ''));
      }
    }
    await page.getByRole('heading', { level: 1, name: 'Du er logget ut' }).waitFor();
    await shot('logged-out');

    // Logged out for real: the case list sends us to log in again.
    const response = await page.request.get(h.portal('/saker'), { maxRedirects: 0 });
    assert.notEqual(response.status(), 200, '/saker after logout');
  });
});
