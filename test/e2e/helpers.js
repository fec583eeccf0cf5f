'use strict';
// Shared pieces of the browser tests: configuration from the environment (set by
// test/run_all.py), Chromium from Debian, the ID-porten login, screenshots, PDFs, axe-core.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const PORTAL = (process.env.MINSIDE_PORTAL || '').replace(/\/+$/, '');
const IDP = (process.env.MINSIDE_IDP || '').replace(/\/+$/, '');
const ARTIFACTS = process.env.MINSIDE_ARTIFACTS || path.join(__dirname, '..', '..', 'test-results', 'e2e');
const CHROMIUM = process.env.MINSIDE_CHROMIUM || '/usr/bin/chromium';

const KARI = { pid: '01017012345', name: 'Kari Nordmann', eid: 'minid' };
const ANNE = { pid: '03039011111', name: 'Anne Hansen', eid: 'bankid' };

function requireEnv() {
  if (!PORTAL || !IDP) {
    throw new Error('MINSIDE_PORTAL and MINSIDE_IDP must be set (run through test/run_all.py, see test/e2e/README.md)');
  }
}

async function launch() {
  requireEnv();
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(CHROMIUM + ' is missing: install the Debian package chromium (make deps)');
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

// A context in bokmål unless told otherwise; `Language` cookie set when lang is given.
async function newContext(browser, { lang = 'nb', bypassCSP = false } = {}) {
  const context = await browser.newContext({
    locale: lang === 'en' ? 'en-GB' : 'nb-NO',
    acceptDownloads: true,
    bypassCSP,
    viewport: { width: 1024, height: 768 },
  });
  context.setDefaultTimeout(15000);
  context.setDefaultNavigationTimeout(20000);
  await setLanguage(context, lang);
  return context;
}

async function setLanguage(context, lang) {
  await context.addCookies([{ name: 'Language', value: lang, url: PORTAL + '/' }]);
}

function portal(p) {
  return PORTAL + p;
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

let shotCounter = 0;
function artifactDir(sub) {
  const dir = path.join(ARTIFACTS, sub);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// Saves a full-page screenshot as NN-step.png in ARTIFACTS/sub.
async function screenshot(page, sub, step) {
  shotCounter += 1;
  const name = String(shotCounter).padStart(2, '0') + '-' + step.replace(/[^a-zA-Z0-9_-]+/g, '-') + '.png';
  const file = path.join(artifactDir(sub), name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// A form a logged-in person submits must carry the session's CSRF token, or the portal
// answers 403 ("Du har ikke tilgang"). Fails with a message that says where to look.
async function assertCsrfFilled(form, where) {
  const value = await form.locator('input[type="hidden"][name="csrf"]').inputValue();
  if (!value) {
    throw new Error(`${where}: the form's hidden csrf field is empty, so submitting it is refused with 403. `
      + 'The page must fill {{csrf}} in the body template, not only in the header\'s logout form '
      + '(src/http/view.cc sets it only in the LOGGED_IN section of layout.tpl).');
  }
}

// Answers the consent page if it is shown; returns true when consent was given here.
async function giveConsentIfAsked(page) {
  if (pathOf(page) !== '/samtykke') return false;
  await assertCsrfFilled(page.locator('main form[action="/samtykke"]'), 'consent page /samtykke');
  await page.locator('#samtykke').check();
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/samtykke'),
    page.locator('main form[action="/samtykke"] button[type="submit"]').click(),
  ]);
  return true;
}

// On the local ID-porten login page: pick the person and the eID, press "Logg inn".
async function idportenLogin(page, who) {
  await page.waitForURL((u) => u.origin === IDP);
  await page.locator(`input[type="radio"][name="person"][value="${who.pid}"]`).check();
  await page.locator(`input[type="radio"][name="eid"][value="${who.eid}"]`).check();
  await Promise.all([
    page.waitForURL((u) => u.origin === PORTAL && !u.pathname.startsWith('/logg-inn')),
    page.locator('button[type="submit"][name="action"][value="login"]').click(),
  ]);
}

// From the front page through ID-porten; stops on whatever the portal shows first
// (the consent page or the case list).
async function loginFromFrontPage(page, who) {
  await page.goto(portal('/'));
  await page.locator('main a[href="/logg-inn"]').click();
  await idportenLogin(page, who);
}

// A PDF that is unique per call (duplicates are refused by the portal).
function writeUniquePdf(label) {
  const stamp = `${label} ${Date.now()} ${process.pid} ${Math.random().toString(36).slice(2)}`;
  const body = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
    + '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n'
    + `% ${stamp}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minside-e2e-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, `${label}-${Date.now()}.pdf`);
  fs.writeFileSync(file, body);
  return file;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Runs axe-core on the page; returns the violations.
async function axe(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
  return result;
}

function formatViolations(where, violations) {
  return violations.map((v) => {
    const n = v.nodes[0] || {};
    return `${where}: [${v.id}] impact=${v.impact} – ${v.help}\n`
      + `    first node: ${JSON.stringify(n.target)} ${n.html ? n.html.slice(0, 200) : ''}\n`
      + `    (${v.nodes.length} node(s); ${v.helpUrl})\n`
      + (n.summary ? '    ' + n.summary.replace(/\n/g, '\n    ') + '\n' : '');
  }).join('');
}

module.exports = {
  PORTAL, IDP, ARTIFACTS, KARI, ANNE, launch, newContext, setLanguage, portal, pathOf, screenshot,
  assertCsrfFilled, giveConsentIfAsked, idportenLogin, loginFromFrontPage, writeUniquePdf, axe, formatViolations,
};
