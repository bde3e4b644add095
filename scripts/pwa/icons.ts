// Renders the app's PNG icons (web app manifest, Apple home screen) from public/icon.svg
// with a real browser, so they match the logo exactly. Rerun after changing the logo:
//   npx tsx scripts/pwa/icons.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const svg = readFileSync(path.join("public", "icon.svg"), "utf8");
// Maskable and Apple icons fill the whole square: the platform cuts its own shape. The
// smile sits well inside the maskable safe zone (the centre circle of 80% diameter).
const fullBleed = svg.replace(/\s+rx="[^"]*"/, "");

const targets = [
  { file: "icon-192.png", size: 192, svg },
  { file: "icon-512.png", size: 512, svg },
  { file: "maskable-192.png", size: 192, svg: fullBleed },
  { file: "maskable-512.png", size: 512, svg: fullBleed },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed },
];

const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const t of targets) {
    const page = await browser.newPage({ viewport: { width: t.size, height: t.size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(t.svg).toString("base64")}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${t.size}" height="${t.size}">`);
    await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join("public", "icons", t.file), omitBackground: true });
    await page.close();
    console.log(`wrote public/icons/${t.file}`);
  }
} finally {
  await browser.close();
}
