// Drives Debian's Chromium against a running Entraide (BASE_URL), seeded with the demo:
// - axe-core on every page, in English and Arabic, signed out and signed in; fails on
//   any serious or critical WCAG 2.2 A/AA violation;
// - every page reflows at 320 px (no sideways scrolling) and makes no request elsewhere;
// - keyboard-only flows (sign up, sign in, join a platform, register an organisation;
//   a visitor from the home page to a shift, an account made there and the sign-up;
//   a forgotten password replaced from the link of the mail that arrived; ask for
//   neighbour help, offer, accept, write and answer from the notice, mark done; a
//   coordinator marks a whole roster in one form), with a visible focus on every stop;
// - screenshots at 360 px and 1280 px, kept in ARTEFACTS.
// Started by `cargo test` (crates/entraide/tests/http/browser.rs).

import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol, which the pages' Content-Security-Policy
// (no inline script) does not stop, unlike a script tag added to the page.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const BASE = process.env.BASE_URL;
const ARTEFACTS = process.env.ARTEFACTS || "artefacts";
const PASSWORD = process.env.DEMO_PASSWORD;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// Where the test writes the plain text of every mail its SMTP listener receives.
const MAIL_DIR = process.env.MAIL_DIR;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`FAIL ${message}`);
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** A fresh browser context that refuses (and records) any request off the site, and
 * any breach of the site's Content-Security-Policy. */
async function newContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(BASE) || url.startsWith("data:")) return route.continue();
    fail(`a page asked for ${url}, off the site`);
    return route.abort();
  });
  // Anything the site's own Content-Security-Policy blocks is a page that breaks.
  context.on("page", (page) => page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) fail(`${page.url()}: ${message.text()}`);
  }));
  return context;
}

async function axe(page, label) {
  // After a click that sends a form, wait for the answer's page and its style sheet: on
  // a busy machine axe would otherwise measure an unstyled page.
  await page.waitForLoadState("load");
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  }, TAGS);
  const serious = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of serious) fail(`${label}: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(", ")}`);
  const minor = result.length - serious.length;
  console.log(`ok   axe ${label}: ${serious.length} serious or critical, ${minor} minor`);
}

async function checkPage(page, path, label) {
  const response = await page.goto(BASE + path);
  if (!response) return fail(`${label}: no response`);
  await axe(page, label);
  const h1 = await page.locator("h1").count();
  if (h1 !== 1) fail(`${label}: ${h1} h1 elements, want exactly one`);
  const lang = await page.getAttribute("html", "lang");
  if (!lang) fail(`${label}: no lang on <html>`);
}

async function reflows(context, paths) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    await page.goto(BASE + path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > 320) fail(`${path} does not reflow at 320 px: ${wide} px wide`);
  }
  await page.close();
  console.log(`ok   reflow at 320 px: ${paths.length} pages`);
}

async function screenshots(context, paths, language) {
  const page = await context.newPage();
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(BASE + path + (path.includes("?") ? "&" : "?") + `lang=${language}`);
      const page_name = path.endsWith("/dashboard") ? "dashboard"
        : path.startsWith("/p/demo/organisations/") ? "organisation"
        : path.startsWith("/p/demo/opportunities/") ? "opportunity"
        : path.startsWith("/p/demo/shifts/") ? "roster"
        : /^\/p\/demo\/help\/[0-9a-f-]{36}\/messages$/.test(path) ? "help_messages"
        : /^\/p\/demo\/help\/[0-9a-f-]{36}$/.test(path) ? "help_request"
        : path.startsWith("/organisations/") ? "credits_organisation"
        : path.startsWith("/sign-up?next=") ? "sign_up_from_a_shift"
        : path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      const name = `${language}-${width}-${page_name}.png`;
      await page.screenshot({ path: join(ARTEFACTS, name), fullPage: true });
    }
  }
  await page.close();
}

/** Presses Tab until the focused element matches `selector`; checks each stop shows its focus. */
async function tabTo(page, selector, label) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { matches: false, visible: true };
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      return { matches: el.matches(sel), visible, what: el.outerHTML.slice(0, 80) };
    }, selector);
    if (!state.visible) fail(`${label}: focus is not visible on ${state.what}`);
    if (state.matches) return;
  }
  fail(`${label}: ${selector} cannot be reached with Tab`);
  throw new Error(`unreachable: ${selector}`);
}

/** Presses Enter on the focused link or button and waits for the next page to load. */
async function enterAndLoad(page) {
  await Promise.all([page.waitForEvent("load"), page.keyboard.press("Enter")]);
}

async function keyboardFlows() {
  const context = await newContext();
  const page = await context.newPage();
  // Sign up, keyboard only: from the home page's link to the finished account.
  await page.goto(BASE + "/?lang=en");
  await tabTo(page, "a.skip-link", "skip link");
  await tabTo(page, "a[href='/sign-up']", "sign-up link");
  await enterAndLoad(page);
  await page.waitForURL("**/sign-up");
  await tabTo(page, "#display_name", "sign-up name");
  await page.keyboard.type("Keyboard Kim");
  await tabTo(page, "#email", "sign-up email");
  await page.keyboard.type("kim@example.org");
  await tabTo(page, "#password", "sign-up password");
  await page.keyboard.type("only keys, never a mouse");
  await enterAndLoad(page);
  await page.waitForURL("**/?notice=welcome");
  if (!(await page.locator(".notice[role='status']").textContent()).includes("Welcome")) fail("keyboard sign-up: no welcome");
  console.log("ok   keyboard: sign up");

  // Join the demo platform and register an organisation.
  await page.goto(BASE + "/p/demo");
  // Joining accepts the platform's privacy notice and terms: a box of its own.
  await tabTo(page, "form[action='/p/demo/join'] #accept_terms", "accept the platform's terms");
  await page.keyboard.press("Space");
  await tabTo(page, "form[action='/p/demo/join'] button", "join button");
  await enterAndLoad(page);
  await page.waitForURL("**/p/demo");
  await tabTo(page, "a[href='/p/demo/organisations/new']", "new organisation link");
  await enterAndLoad(page);
  await page.waitForURL("**/organisations/new");
  await tabTo(page, "#name", "organisation name");
  await page.keyboard.type("Repair Café Dampoort");
  await tabTo(page, "input[name='kind']", "organisation kind");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "#description", "organisation description");
  await page.keyboard.type("We fix what you bring, together.");
  await tabTo(page, "button[type='submit'].primary", "register button");
  await enterAndLoad(page);
  await page.waitForURL(/\/p\/demo\/organisations\/[0-9a-f-]{36}$/);
  const kind = await page.locator("p.kind").textContent();
  if (!kind.includes("Informal group")) fail(`keyboard organisation: the kind chosen with arrows is ${kind.trim()}`);
  console.log("ok   keyboard: join a platform and register an organisation");

  // Sign out, then sign in again with the keyboard.
  await tabTo(page, "form[action='/sign-out'] button", "sign-out button");
  await enterAndLoad(page);
  await page.waitForURL("**/?notice=signed-out");
  await page.goto(BASE + "/sign-in");
  await tabTo(page, "#email", "sign-in email");
  await page.keyboard.type("kim@example.org");
  await tabTo(page, "#password", "sign-in password");
  await page.keyboard.type("only keys, never a mouse");
  await enterAndLoad(page);
  // Asked by no page, signing in leads to the person's platform.
  await page.waitForURL(BASE + "/p/demo");
  console.log("ok   keyboard: sign in");
  await context.close();
}

/** Waits for a mail to `address` whose text contains `marker`; returns its text. */
async function mailTo(address, marker) {
  for (let i = 0; i < 100; i++) {
    for (const name of readdirSync(MAIL_DIR)) {
      const text = readFileSync(join(MAIL_DIR, name), "utf8");
      if (text.startsWith(`To: ${address}\n`) && text.includes(marker)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  fail(`no mail to ${address} with ${marker} arrived`);
  throw new Error(`no mail to ${address}`);
}

/**
 * A visitor, keyboard only at 360 px: from the home page to a shift, creates an account
 * from there (joining the platform, as the form asks), lands back on the shift and signs
 * up. Counts the pages.
 */
async function visitorFlow() {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let pages = 0;
  page.on("load", () => { pages += 1; });
  await page.goto(BASE + "/?lang=en");
  await tabTo(page, "main a[href='/p/demo']", "the platform on the home page");
  await enterAndLoad(page);
  await tabTo(page, "a[href='/p/demo/opportunities']", "find something to do");
  await enterAndLoad(page);
  await tabTo(page, "a[href^='/p/demo/opportunities/0']", "an opportunity");
  await enterAndLoad(page);
  const opportunity = new URL(page.url()).pathname;
  await tabTo(page, "main a[href^='/sign-up?next=']", "create an account from the shift");
  await enterAndLoad(page);
  await tabTo(page, "#display_name", "visitor name");
  await page.keyboard.type("Vera Visitor");
  await tabTo(page, "#email", "visitor email");
  await page.keyboard.type("vera@example.org");
  await tabTo(page, "#password", "visitor password");
  await page.keyboard.type("a garden full of tulips");
  // The shifts have a minimum age: the date of birth, in the browser's own date field.
  await tabTo(page, "#birth_date", "visitor date of birth");
  await page.keyboard.type("04151985");
  // Joining the platform accepts its privacy notice and terms: asked, never ticked for them.
  if (await page.locator("#join").isChecked()) fail("visitor: joining the platform is ticked for them");
  await tabTo(page, "#join", "join the platform, accepting its terms");
  await page.keyboard.press("Space");
  await tabTo(page, "form[action='/sign-up'] button[type='submit']", "create my account");
  await enterAndLoad(page);
  if (!page.url().startsWith(BASE + opportunity + "?notice=welcome")) fail(`visitor: after sign-up, on ${page.url()}`);
  const banner = await page.locator("main .notice.warning").first().textContent();
  if (!banner.includes("Please confirm your mail address")) fail(`visitor: no word about confirming the address: ${banner}`);
  await tabTo(page, "form[action$='/sign-up'] button", "sign up for a time");
  await enterAndLoad(page);
  if (!page.url().includes("notice=signed-up") && !page.url().includes("notice=waitlisted")) fail(`visitor: signing up ended on ${page.url()}`);
  console.log(`ok   keyboard: a visitor finds a shift from the home page, creates an account and signs up (${pages} pages)`);
  await page.screenshot({ path: join(ARTEFACTS, "en-360-visitor_signed_up.png"), fullPage: true });
  await context.close();
}

/**
 * Someone looks for something to do near their neighbourhood, keyboard only at 360 px:
 * they type its name, not coordinates, and the page says which place it used.
 */
async function nearFlow() {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(BASE + "/p/demo/opportunities?lang=en");
  await tabTo(page, "details.more-filters summary", "more filters");
  await page.keyboard.press("Enter");
  await tabTo(page, "#near", "near this place");
  await page.keyboard.type("brugse");
  await tabTo(page, "#within_km", "within (km)");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("2");
  await enterAndLoad(page);
  // Fluent keeps names apart from the sentence with invisible marks; read without them.
  const main = (await page.locator("main").textContent()).replace(/[\u2068\u2069]/g, "");
  if (!main.includes("Near Brugse Poort.")) fail("near: the page does not say which place it used");
  if (!main.includes("Read with pupils after school")) fail("near: the opportunity in the Brugse Poort is not found");
  if (main.includes("Drive neighbours to the hospital")) fail("near: an opportunity far from the Brugse Poort is listed");
  await axe(page, "en opportunities near a named place");
  await page.screenshot({ path: join(ARTEFACTS, "en-360-opportunities_near_a_place.png"), fullPage: true });
  console.log("ok   keyboard: find something to do near a neighbourhood typed by name");
  await context.close();
}

/**
 * The visitor confirms her address from the mail that arrived at the test's SMTP
 * listener, on her phone where she is not signed in: keyboard only at 360 px. Counts the
 * pages.
 */
async function confirmFlow() {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let pages = 0;
  page.on("load", () => { pages += 1; });
  const mail = await mailTo("vera@example.org", "/email/confirm?code=");
  const link = mail.split(/\s+/).find((word) => word.includes("/email/confirm?code="));
  if (!link.startsWith(BASE)) fail(`confirm: the mail links to ${link}, not to the site`);
  await page.goto(link + "&lang=en");
  if (!(await page.locator("main").textContent()).includes("vera@example.org")) fail("confirm: the page does not name the address");
  await axe(page, "en confirm an address");
  await page.screenshot({ path: join(ARTEFACTS, "en-360-email_confirm.png"), fullPage: true });
  await tabTo(page, "form[action='/email/confirm'] button", "confirm my address");
  await enterAndLoad(page);
  if (!(await page.locator("h1").textContent()).includes("Your address is confirmed")) fail("confirm: not confirmed");
  await axe(page, "en address confirmed");
  await page.screenshot({ path: join(ARTEFACTS, "en-360-email_confirmed.png"), fullPage: true });
  console.log(`ok   keyboard: an address confirmed from the mail's link (${pages} pages)`);
  await context.close();
}

/**
 * Someone who forgot their password, keyboard only at 360 px: from the sign-in page to
 * the mail, and from its link back in, signed in on their platform. Counts the pages.
 */
async function resetFlow() {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  let pages = 0;
  page.on("load", () => { pages += 1; });
  await page.goto(BASE + "/sign-in?lang=en");
  await tabTo(page, "a[href='/password/forgot']", "forgot-password link");
  await enterAndLoad(page);
  await tabTo(page, "#email", "forgot-password email");
  await page.keyboard.type("kim@example.org");
  await enterAndLoad(page);
  if (!(await page.locator("h1").textContent()).includes("Check your mail")) fail("reset: no 'check your mail' page");
  const mail = await mailTo("kim@example.org", "/password/reset?code=");
  const link = mail.split(/\s+/).find((word) => word.includes("/password/reset?code="));
  if (!link.startsWith(BASE)) fail(`reset: the mail links to ${link}, not to the site`);
  await page.goto(link);
  await tabTo(page, "#new_password", "new password");
  await page.keyboard.type("a brand new kettle song");
  await enterAndLoad(page);
  await page.waitForURL(BASE + "/p/demo?notice=password-reset");
  const pagesToBackIn = pages;
  const notice = await page.locator(".notice[role='status']").textContent();
  if (!notice.includes("new password is saved")) fail(`reset: the platform page says ${notice}`);
  await page.screenshot({ path: join(ARTEFACTS, "en-360-password_reset_done.png"), fullPage: true });
  // The link works once: used again, it says what to do next.
  await page.goto(link);
  await axe(page, "en used reset link");
  console.log(`ok   keyboard: a forgotten password replaced from the mail's link (${pagesToBackIn} pages from sign-in to signed in)`);
  await context.close();
}

/**
 * A coordinator marks a whole shift in one form, keyboard only at 360 px: from their
 * platform to the shift under way (the demo's), everyone ticked, one unticked, one
 * person's minutes changed, one Save. Counts the pages.
 */
async function rosterFlow() {
  const context = await newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await keyboardSignIn(page, "coordinator@demo.entraide.org");
  let pages = 0;
  page.on("load", () => { pages += 1; });
  await tabTo(page, "a[href='/p/demo/opportunities']", "find something to do");
  await enterAndLoad(page);
  await tabTo(page, "input[name='q']", "search words");
  await page.keyboard.type("parcels");
  await enterAndLoad(page);
  await tabTo(page, "a[href^='/p/demo/opportunities/0']", "the food parcels");
  await enterAndLoad(page);
  await tabTo(page, "section[aria-labelledby='past-title'] li:has(.badge) a", "the shift happening now");
  await enterAndLoad(page);
  const boxes = await page.$$eval("input[type=checkbox][form=attendance]", (els) => els.map((e) => e.id));
  if (boxes.length !== 2) fail(`roster: ${boxes.length} people to mark, want the demo's 2`);
  if ((await page.locator("input[type=checkbox][form=attendance]:checked").count()) !== 2) fail("roster: not everyone is ticked at first");
  await tabTo(page, `#${boxes[0].replace("came-", "minutes-")}`, "first person's minutes");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("150");
  await tabTo(page, `#${boxes[1]}`, "second person's box");
  await page.keyboard.press("Space");
  await tabTo(page, "button[form='attendance']", "save attendance");
  await enterAndLoad(page);
  if (!page.url().includes("notice=attendance-saved")) fail(`roster: ended on ${page.url()}`);
  const came = await page.locator(".roster .badge.verified").count();
  const absent = await page.locator(".roster .badge.danger").count();
  if (came !== 1 || absent !== 1) fail(`roster: ${came} came and ${absent} did not, want 1 and 1`);
  await page.screenshot({ path: join(ARTEFACTS, "en-360-roster_marked.png"), fullPage: true });
  await axe(page, "en roster with attendance");
  const roster = new URL(page.url()).pathname;
  console.log(`ok   keyboard: a whole roster marked in one form (${pages} pages from the platform to saved)`);
  await page.goto(BASE + roster + "?lang=ar");
  await axe(page, "ar roster with attendance");
  await page.screenshot({ path: join(ARTEFACTS, "ar-360-roster_marked.png"), fullPage: true });
  // A mistake, as a coordinator may make it: the line is named, nothing saved.
  await page.goto(BASE + roster + "?lang=en");
  await page.fill(`#${boxes[0].replace("came-", "minutes-")}`, "99999");
  await page.click("button[form='attendance']");
  await page.waitForLoadState("load");
  if ((await page.locator(".error-summary a").count()) !== 1) fail("roster: a wrong line is not named in the summary");
  await axe(page, "en roster with an error");
  await context.close();
}

/** A volunteer finds an opportunity, signs up for a shift and cancels: keyboard only. */
async function volunteerFlow() {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(BASE + "/sign-in?lang=en");
  await tabTo(page, "#email", "volunteer email");
  await page.keyboard.type("volunteer@demo.entraide.org");
  await tabTo(page, "#password", "volunteer password");
  await page.keyboard.type(PASSWORD);
  await enterAndLoad(page);
  await page.goto(BASE + "/p/demo/opportunities");
  await tabTo(page, "input[name='q']", "search words");
  await page.keyboard.type("parcels");
  await enterAndLoad(page);
  const results = await page.locator("a[href^='/p/demo/opportunities/0']").count();
  if (results !== 1) fail(`keyboard search: ${results} results for "parcels", want 1`);
  await tabTo(page, "a[href^='/p/demo/opportunities/0']", "search result");
  await enterAndLoad(page);
  await tabTo(page, "form[action$='/sign-up'] button", "sign-up button");
  await enterAndLoad(page);
  const leave = page.locator("a[href*='/leave?signup=']");
  if ((await leave.count()) < 1) fail("keyboard sign-up for a shift: no cancel button afterwards, so no sign-up");
  console.log("ok   keyboard: find an opportunity and sign up for a shift");
  await tabTo(page, "a[href*='/leave?signup=']", "cancel button");
  await enterAndLoad(page);
  // Asked first, on a page of its own.
  await axe(page, "en cancel a place: the question");
  await page.screenshot({ path: join(ARTEFACTS, "en-1280-cancel_question.png"), fullPage: true });
  await tabTo(page, "form[action$='/leave'] button", "yes, cancel my place");
  await enterAndLoad(page);
  const after = await page.locator("a[href*='/leave?signup=']").count();
  if (after !== 0) fail(`keyboard cancel: still ${after} sign-up(s) after cancelling`);
  console.log("ok   keyboard: cancel a sign-up");
  await context.close();
}

/** Signs in with the keyboard only. */
async function keyboardSignIn(page, email) {
  await page.goto(BASE + "/sign-in?lang=en");
  await tabTo(page, "#email", `${email} email`);
  await page.keyboard.type(email);
  await tabTo(page, "#password", `${email} password`);
  await page.keyboard.type(PASSWORD);
  await enterAndLoad(page);
  await page.waitForURL(BASE + "/p/demo");
}

/**
 * Neighbour help, keyboard only: the demo volunteer asks for help (one question, then
 * the details), the demo neighbour offers, the volunteer accepts and marks it done.
 * Returns the request's path.
 */
async function helpFlow() {
  const asker = await newContext();
  const page = await asker.newPage();
  await keyboardSignIn(page, "volunteer@demo.entraide.org");
  await page.goto(BASE + "/p/demo/help");
  await tabTo(page, "a[href='/p/demo/help/new']", "ask for help button");
  await enterAndLoad(page);
  await tabTo(page, "input[name='category']", "first kind of help");
  await page.keyboard.press("Space");
  await tabTo(page, "button[type='submit'].primary", "next button");
  await enterAndLoad(page);
  await page.waitForURL(/\/p\/demo\/help\/new\?category=/);
  await tabTo(page, "#title", "request title");
  await page.keyboard.type("Carry my shopping upstairs");
  await tabTo(page, "#description", "request description");
  await page.keyboard.type("Three bags, fourth floor, no lift.");
  await tabTo(page, "#address", "request address");
  await page.keyboard.type("Sint-Salvatorstraat 18, 9000 Gent");
  await tabTo(page, "input[name='location.lat']", "request latitude");
  await page.keyboard.type("51.0621");
  await tabTo(page, "input[name='location.lon']", "request longitude");
  await page.keyboard.type("3.7352");
  await tabTo(page, "form[action='/p/demo/help/new'] button[type='submit']", "ask button");
  await enterAndLoad(page);
  if (!/\/p\/demo\/help\/[0-9a-f-]{36}\?done=asked$/.test(page.url())) fail(`keyboard ask for help: ended on ${page.url()}`);
  const request = new URL(page.url()).pathname;
  console.log("ok   keyboard: ask for help");

  const helper = await newContext();
  const helperPage = await helper.newPage();
  await keyboardSignIn(helperPage, "neighbour@demo.entraide.org");
  await helperPage.goto(BASE + request);
  if ((await helperPage.content()).includes("Sint-Salvatorstraat")) fail("the address shows before an offer is accepted");
  await tabTo(helperPage, "#message", "offer message");
  await helperPage.keyboard.type("I live next door, I can come tonight.");
  await tabTo(helperPage, "form[action$='/offer'] button", "offer button");
  await enterAndLoad(helperPage);
  if (!helperPage.url().endsWith("?done=offered")) fail(`keyboard offer: ended on ${helperPage.url()}`);
  console.log("ok   keyboard: offer help");

  await page.goto(BASE + request);
  await tabTo(page, "form[action$='/accept'] button", "accept button");
  await enterAndLoad(page);
  if (!page.url().endsWith("?done=accepted")) fail(`keyboard accept: ended on ${page.url()}`);
  await helperPage.goto(BASE + request);
  if (!(await helperPage.content()).includes("Sint-Salvatorstraat")) fail("the accepted helper does not see the address");
  await tabTo(page, "a[href$='/messages']", "messages link");
  await enterAndLoad(page);
  await tabTo(page, "#text", "message text");
  await page.keyboard.type("Thank you! Ring twice.");
  await tabTo(page, "form[action$='/messages'] button", "send button");
  await enterAndLoad(page);
  // The helper is told, by mail and in the app, and answers from the notice.
  await mailTo("neighbour@demo.entraide.org", `${request}/messages`);
  let helperPages = 0;
  helperPage.on("load", () => { helperPages += 1; });
  await helperPage.goto(BASE + "/notifications");
  await tabTo(helperPage, `a[href='${request}/messages']`, "notice of a message");
  await enterAndLoad(helperPage);
  await tabTo(helperPage, "#text", "answer text");
  await helperPage.keyboard.type("Twice it is. See you at seven.");
  await tabTo(helperPage, "form[action$='/messages'] button", "answer button");
  await enterAndLoad(helperPage);
  await mailTo("volunteer@demo.entraide.org", `${request}/messages`);
  console.log(`ok   keyboard: each side of a conversation is told by mail and in the app (${helperPages} pages from the notice to the answer sent)`);
  await page.goto(BASE + request);
  await tabTo(page, "#minutes", "minutes");
  await tabTo(page, "form[action$='/done'] button", "done button");
  await enterAndLoad(page);
  if (!page.url().endsWith("?done=completed")) fail(`keyboard mark as done: ended on ${page.url()}`);
  console.log("ok   keyboard: accept an offer, write, and mark as done");
  await helper.close();
  await asker.close();
  return request;
}

/** The pages only the two people of a request see, in English and Arabic. */
async function partyPages(request) {
  const paths = [request, `${request}/messages`, "/my/help", "/my/credits"];
  for (const language of ["en", "ar"]) {
    const context = await newContext({ extraHTTPHeaders: { "Accept-Language": language } });
    await signIn(context, "volunteer@demo.entraide.org");
    const page = await context.newPage();
    // The language picked here is remembered in the account, over the browser's.
    await page.goto(BASE + `/my/help?lang=${language}`);
    for (const path of paths) await checkPage(page, path, `${language} requester ${path}`);
    await page.goto(BASE + `${request}/messages`);
    await page.click("form[action$='/messages'] button");
    await axe(page, `${language} empty message with errors`);
    await reflows(context, paths);
    await screenshots(context, paths, language);
    await context.close();
  }
}

async function signIn(context, email) {
  const page = await context.newPage();
  await page.goto(BASE + "/sign-in");
  await page.fill("#email", email);
  await page.fill("#password", PASSWORD);
  await page.click("button[type='submit'].primary");
  // Signed in: the person's platform, or the list of platforms when they have none.
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.close();
}

async function main() {
  mkdirSync(ARTEFACTS, { recursive: true });
  const probe = await newContext();
  const page = await probe.newPage();
  await page.goto(BASE + "/p/demo");
  const organisation = await page.locator("a[href^='/p/demo/organisations/0']").first().getAttribute("href");
  await page.goto(BASE + "/p/demo/opportunities");
  const opportunity = await page.locator("a[href^='/p/demo/opportunities/0']").first().getAttribute("href");
  await probe.close();
  const admin = await newContext();
  await signIn(admin, "team@demo.entraide.org");
  const adminPage = await admin.newPage();
  await adminPage.goto(BASE + opportunity);
  const roster = await adminPage.locator("a[href^='/p/demo/shifts/']").first().getAttribute("href");
  const dashboard = `${organisation}/dashboard`;
  await admin.close();
  const request = await helpFlow();
  const credits = `/organisations/${organisation.split("/").pop()}/credits`;

  const signedOut = ["/", "/sign-in", "/sign-up", "/password/forgot", "/password/reset", "/password/reset?code=no-such-code", "/p/demo", "/p/demo-brugse-poort", organisation, "/p/demo/opportunities",
    "/p/demo/opportunities?q=zzz", opportunity, "/no-such-page", "/p/demo/help", request, "/p/demo/privacy", "/email/confirm", "/email/confirm?code=no-such-code"];
  const signedIn = ["/", "/account", "/p/demo", organisation, "/p/demo/organisations/new", "/p/demo/outbox", "/p/demo/outbox?state=not-sent&recipient=zzz", "/notifications",
    "/p/demo/opportunities", opportunity, `${opportunity}/edit`, roster, dashboard, "/my/shifts", "/p/demo/terms",
    "/p/demo/help", "/p/demo/help/new", "/p/demo/help/new?category=groceries", request, "/my/help", "/my/credits", credits,
    "/p/demo/help/standing", `/report/request/${request.split("/").pop()}`, "/my/blocks", "/p/demo/moderation", "/p/demo/terms/help-category/groceries",
    "/my/profile", "/my/suggestions", `${roster}/suggestions`, "/p/demo/privacy", "/p/demo/privacy/edit"];

  for (const language of ["en", "ar"]) {
    const out = await newContext({ extraHTTPHeaders: { "Accept-Language": language } });
    const outPage = await out.newPage();
    for (const path of signedOut) await checkPage(outPage, path, `${language} signed out ${path}`);
    // A form sent back with errors, as people see it after a mistake.
    await outPage.goto(BASE + "/sign-up");
    await outPage.click("button[type='submit'].primary");
    await axe(outPage, `${language} sign-up with errors`);
    await outPage.goto(BASE + "/password/forgot");
    await outPage.click("button[type='submit'].primary");
    await axe(outPage, `${language} forgot password with errors`);
    await outPage.fill("#email", "someone@example.org");
    await outPage.click("button[type='submit'].primary");
    await axe(outPage, `${language} check your mail`);
    await outPage.screenshot({ path: join(ARTEFACTS, `${language}-1280-password_sent.png`), fullPage: true });
    await reflows(out, signedOut);
    await screenshots(out, ["/", "/sign-in", "/sign-up", "/password/forgot", "/password/reset", "/password/reset?code=no-such-code",
      "/p/demo", organisation, "/p/demo/opportunities", opportunity, "/p/demo/privacy", "/email/confirm?code=no-such-code",
      `/sign-up?next=${encodeURIComponent(opportunity)}`], language);
    await out.close();

    const in_ = await newContext({ extraHTTPHeaders: { "Accept-Language": language } });
    await signIn(in_, "team@demo.entraide.org");
    const inPage = await in_.newPage();
    for (const path of signedIn) await checkPage(inPage, path, `${language} signed in ${path}`);
    await inPage.goto(BASE + "/p/demo/organisations/new");
    await inPage.click("button[type='submit'].primary");
    await axe(inPage, `${language} new organisation with errors`);
    await inPage.goto(BASE + "/p/demo/help/new?category=groceries");
    await inPage.click("form[action='/p/demo/help/new'] button[type='submit']");
    await axe(inPage, `${language} ask for help with errors`);
    // The account page with its name and phone form sent back with a mistake.
    await inPage.goto(BASE + "/account");
    await inPage.fill("#phone", "call me");
    await inPage.click("form[action='/account/details'] button[type='submit']");
    await axe(inPage, `${language} account details with errors`);
    await inPage.screenshot({ path: join(ARTEFACTS, `${language}-1280-account_details_error.png`), fullPage: true });
    await inPage.goto(BASE + "/my/profile");
    await inPage.click("details.more summary");
    await axe(inPage, `${language} profile with precise times open`);
    await reflows(in_, signedIn);
    await screenshots(in_, ["/account", "/p/demo/outbox", "/p/demo/terms", "/p/demo/terms/help-category/groceries", organisation, opportunity, roster, dashboard, "/my/shifts", "/p/demo/help", "/p/demo/help/new",
      "/p/demo/help/new?category=groceries", credits, "/my/profile", "/p/demo/privacy/edit"], language);
    await in_.close();

    // The site's own mails, for the instance admin: the demo's forgotten password.
    const root = await newContext({ extraHTTPHeaders: { "Accept-Language": language } });
    await signIn(root, "admin@demo.entraide.org");
    const rootPage = await root.newPage();
    await checkPage(rootPage, "/outbox", `${language} instance admin /outbox`);
    if (!(await rootPage.content()).includes("neighbour@demo.entraide.org")) fail(`${language} /outbox: no mail to choose a new password`);
    await screenshots(root, ["/outbox"], language);
    await root.close();
  }

  await keyboardFlows();
  await visitorFlow();
  await confirmFlow();
  await nearFlow();
  await resetFlow();
  await rosterFlow();
  await volunteerFlow();
  await partyPages(request);
}

try {
  await main();
} catch (error) {
  fail(`the browser run stopped: ${error.stack || error}`);
} finally {
  await browser.close();
}
console.log(`${failures.length === 0 ? "passed" : "FAILED"}: ${failures.length} failure(s); screenshots in ${ARTEFACTS}`);
process.exit(failures.length === 0 ? 0 : 1);
