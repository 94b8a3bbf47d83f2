// Loads the browser build (dist/) in headless Chromium and checks, as a user would, that it
// works: the canvas is drawn, a click on the surface moves the start point (the leaderboard
// changes and the address's share link carries the new start), a lesson opens and its claim is
// measured in a web worker, and a share link opens the setup it carries. It prints the time to
// the first frame and the app's own timing of an 8 × 10,000-step race, and saves a screenshot.
//
//   node web/test/check.mjs [dist folder] [screenshot.png]
//
// Chromium is Debian's (/usr/bin/chromium, or $CHROMIUM); playwright-core drives it.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { chromium } from "playwright-core";
import { PNG } from "pngjs";

const here = new URL(".", import.meta.url).pathname;
const dist = resolve(process.argv[2] ?? join(here, "../../dist"));
const screenshotPath = resolve(process.argv[3] ?? "web-check.png");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const SIZE = { width: 1440, height: 900 };
const FIRST_FRAME_LIMIT_MS = 60_000;
// Where the default layout puts things in a 1440 × 900 page (CSS pixels): the surface view,
// a point on it, the leaderboard, the Lessons menu and its first item's offset.
const SURFACE = [400, 60, 1050, 590];
const CLICK = [560, 480];
const LEADERBOARD = [1080, 320, 1440, 460];
const LESSONS_MENU = [82, 12];
const FIRST_ITEM_BELOW = 30;
const FILE_MENU = [26, 12];
const [OPEN_SCENARIO, SAVE_SCENARIO, EXPORT_PNG] = [40, 62, 85];
const DRAG_MOVES = 40;
const RACES = 8;

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
};

/** A static file server on a free port of localhost, serving `dist`. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const file = join(dist, path.endsWith("/") ? path + "index.html" : path);
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

let failures = 0;
function check(what, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures += 1;
}

/** Distinct colours among a sample of the screenshot's pixels in `box` ([x0, y0, x1, y1]). */
function colours(png, [x0, y0, x1, y1]) {
  const seen = new Set();
  for (let y = y0; y < y1; y += 3) {
    for (let x = x0; x < x1; x += 3) {
      const i = (y * png.width + x) * 4;
      seen.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
    }
  }
  return seen.size;
}

/** Share of pixels in `box` that differ between two screenshots. */
function changed(a, b, [x0, y0, x1, y1]) {
  let differ = 0;
  let all = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      all += 1;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) {
        differ += 1;
      }
    }
  }
  return differ / all;
}

/** The scenario text a share link's fragment carries. */
function setupOf(fragment) {
  const packed = new URLSearchParams(fragment.replace(/^#/, "")).get("setup");
  if (!packed) return null;
  return inflateRawSync(Buffer.from(packed, "base64url")).toString("utf8");
}

/** The first racer's start point in scenario text. */
function firstStart(scenario) {
  const match = /start = \[\s*([-0-9.e]+),\s*([-0-9.e]+),?\s*\]/.exec(scenario ?? "");
  return match ? [Number(match[1]), Number(match[2])] : null;
}

const server = await serve();
const address = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu-sandbox",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  const page = await browser.newPage({ viewport: SIZE });
  const errors = [];
  const jobs = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("console", (m) => m.type() === "log" && m.text().startsWith("Losscape:") && jobs.push(m.text()));

  // First frame: the loading text is gone and the canvas shows the app.
  const asked = Date.now();
  await page.goto(address);
  let shot = null;
  let firstFrameMs = null;
  while (Date.now() - asked < FIRST_FRAME_LIMIT_MS) {
    const loading = await page.$("#loading");
    if (!loading) {
      shot = PNG.sync.read(await page.screenshot());
      if (colours(shot, [0, 0, SIZE.width, SIZE.height]) > 50) {
        firstFrameMs = Date.now() - asked;
        break;
      }
    }
    await page.waitForTimeout(50);
  }
  check("the app draws its first frame", firstFrameMs !== null, `${firstFrameMs} ms after loading began`);
  if (firstFrameMs === null) {
    throw new Error(`no first frame: ${(await page.textContent("body")).trim()} ${errors.join("; ")}`);
  }
  await page.waitForTimeout(1500);
  shot = PNG.sync.read(await page.screenshot({ path: screenshotPath }));
  check("the surface view is drawn", colours(shot, SURFACE) > 200, `${colours(shot, SURFACE)} colours`);

  // A click on the surface sets the selected racer's start.
  const before = firstStart(setupOf(await page.evaluate(() => location.hash)));
  check("the address carries the setup as a share link", before !== null, `start ${before}`);
  await page.mouse.click(...CLICK);
  await page.waitForTimeout(1500);
  const after = firstStart(setupOf(await page.evaluate(() => location.hash)));
  check("a click on the surface moves the start point", after !== null && (after[0] !== before[0] || after[1] !== before[1]),
    `${before} → ${after}`);
  const clicked = PNG.sync.read(await page.screenshot());
  const board = changed(shot, clicked, LEADERBOARD);
  check("the leaderboard changes", board > 0.001, `${(100 * board).toFixed(1)}% of its pixels`);

  // A lesson opens from the Lessons menu; the link then names it.
  await page.mouse.click(...LESSONS_MENU);
  await page.waitForTimeout(500);
  await page.mouse.click(LESSONS_MENU[0] + 30, LESSONS_MENU[1] + FIRST_ITEM_BELOW);
  await page.waitForTimeout(2000);
  const lesson = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get("lesson");
  const linkLength = (await page.evaluate(() => location.hash)).length;
  check("a lesson opens from the Lessons menu", Boolean(lesson), `lesson=${lesson}, link ${linkLength} characters`);
  // Its claim is measured in a web worker, off the page's thread.
  const isMeasurement = (j) => j.startsWith("Losscape: Measuring the claim");
  const measuring = Date.now();
  while (!jobs.some(isMeasurement) && Date.now() - measuring < 60_000) {
    await page.waitForTimeout(200);
  }
  const measured = jobs.find(isMeasurement);
  check("the lesson's claim is measured in a web worker", measured?.includes("in a web worker") ?? false,
    measured ?? "no measurement within 60 s");
  // The lesson's surface is its trained network: its fine grid is sampled row by row over
  // many frames; wait for it (its timing goes to the console) before using the menus. A
  // surface refined in one frame on the way does not count.
  const isLessonSurface = (j) => /^Losscape: Refining the surface took \d+ ms of the page's thread over/.test(j);
  const refining = Date.now();
  while (!jobs.some(isLessonSurface) && Date.now() - refining < 60_000) {
    await page.waitForTimeout(200);
  }
  await page.screenshot({ path: screenshotPath.replace(/\.png$/, "-lesson.png") });

  // Files: Save scenario and Export PNG are downloads; Open scenario takes a file chosen in
  // the browser.
  // A menu click the page took while busy is tried once more before the check fails.
  const fromFileMenu = async (item, event) => {
    for (let attempt = 1; ; attempt++) {
      await page.waitForTimeout(500);
      await page.mouse.click(...FILE_MENU);
      await page.waitForTimeout(500);
      const waited = page.waitForEvent(event, { timeout: 20_000 });
      await page.mouse.click(FILE_MENU[0] + 30, item);
      try {
        return await waited;
      } catch (e) {
        if (attempt === 2) {
          await page.screenshot({ path: screenshotPath.replace(/\.png$/, "-failed.png") });
          throw e;
        }
      }
    }
  };
  const scenario = await fromFileMenu(SAVE_SCENARIO, "download");
  const saved = (await readFile(await scenario.path())).toString("utf8");
  check("Save scenario downloads the setup", saved.startsWith("# Losscape scenario") &&
    saved.trimEnd().endsWith("# end of scenario"),
    `${scenario.suggestedFilename()}, ${saved.length} bytes`);
  const picture = await fromFileMenu(EXPORT_PNG, "download");
  const png = PNG.sync.read(await readFile(await picture.path()));
  check("Export PNG downloads the view", png.width === 1600 && png.height === 1000 &&
    colours(png, [0, 0, png.width, png.height]) > 200, `${picture.suggestedFilename()}, ${png.width} × ${png.height}`);
  const chooser = await fromFileMenu(OPEN_SCENARIO, "filechooser");
  await chooser.setFiles(join(here, "race.toml"));
  await page.waitForFunction(() => globalThis.losscape?.racers === 8, null, { timeout: 30_000 })
    .catch(() => {});
  const opened = await page.evaluate(() => globalThis.losscape.racers);
  check("Open scenario opens a file chosen in the browser", opened === 8, `${opened} racers`);

  // A share link opens the setup it carries: the race of the frame benchmark. Dragging a
  // start recomputes that racer's 10,000-step path each frame; a link typed into the address
  // bar recomputes all eight at once. The app reports its own timing.
  const race = await readFile(join(here, "race.toml"));
  const linkTo = (scenario) => `#setup=${deflateRawSync(scenario).toString("base64url")}`;
  const second = await browser.newPage({ viewport: SIZE });
  second.on("pageerror", (e) => errors.push(String(e)));
  second.on("console", (m) => m.type() === "log" && m.text().startsWith("Losscape:") && jobs.push(m.text()));
  await second.goto(address + linkTo(race));
  await second.waitForFunction(() => globalThis.losscape?.racers !== undefined, null, { timeout: FIRST_FRAME_LIMIT_MS });
  await second.waitForTimeout(1500);
  const racers = await second.evaluate(() => globalThis.losscape.racers);
  check("a share link opens the setup it carries", racers === 8, `${racers} racers`);

  const grab = await second.evaluate(() => globalThis.losscape.start_at);
  await second.mouse.move(...grab);
  await second.waitForTimeout(200);
  await second.mouse.down();
  await second.waitForTimeout(100);
  const frames = [];
  const starts = [];
  for (let k = 1; k <= DRAG_MOVES; k++) {
    await second.mouse.move(grab[0] + 5 * k, grab[1] + 4 * k);
    await second.waitForTimeout(40);
    const timing = await second.evaluate(() => globalThis.losscape);
    if (timing.frame_ms !== undefined) frames.push(timing.frame_ms);
    starts.push(firstStart(setupOf(await second.evaluate(() => location.hash)))?.join());
  }
  await second.mouse.up();
  const moved = new Set(starts).size;
  check("dragging the start moves it", moved > DRAG_MOVES / 2, `${moved} starts in ${DRAG_MOVES} moves`);

  const races = [];
  let typedOpened = 0;
  for (let seed = 1; seed <= RACES; seed++) {
    const before = await second.evaluate(() => globalThis.losscape.paths_count ?? 0);
    const noisy = race.toString().replace("steps = 10000", `steps = 10000\nnoise = 0.5\nseed = ${seed}`);
    await second.evaluate((hash) => { location.hash = hash; }, linkTo(Buffer.from(noisy)));
    await second.waitForFunction((n) => (globalThis.losscape.paths_count ?? 0) > n, before, { timeout: 3_000 })
      .catch(() => {});
    await second.waitForTimeout(300);
    const timing = await second.evaluate(() => globalThis.losscape);
    if (timing.paths_count > before && timing.path_steps === 80_000) races.push(timing.paths_ms);
    // The app rewrites the address from the setup it installed: it carries the new seed.
    const installed = setupOf(await second.evaluate(() => location.hash)) ?? "";
    if (installed.includes(`seed = ${seed}\n`) && installed.includes("noise = 0.5")) typedOpened += 1;
  }
  check("a link typed into the address bar opens its setup", typedOpened === RACES, `${typedOpened} of ${RACES}`);
  console.log(`races recomputed at once, within their frame: ${races.length} of ${RACES}` +
    (races.length < RACES ? " (the others went to a job: the app predicted more than 0.1 s)" : ""));
  await second.screenshot({ path: screenshotPath.replace(/\.png$/, "-race.png") });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const spread = (xs) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  if (frames.length > 0) console.log(`frames while a start is dragged (the app's code): ${spread(frames)}`);
  if (races.length > 0) console.log(`race, 8 × 10,000 steps, recomputed at once: ${spread(races)}`);
  for (const job of jobs) console.log(job);
  check("no errors on the page", errors.length === 0, errors.join("; "));
} finally {
  await browser.close();
  server.close();
}
console.log(failures === 0 ? "web check passed" : `web check: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
