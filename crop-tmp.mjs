import { chromium } from "@playwright/test";
const [,, file, y, h, out, w] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--allow-file-access-from-files"] });
const page = await browser.newPage({ viewport: { width: Number(w || 990), height: Number(h) } });
await page.goto("file:///tmp/");
await page.setContent(`<body style="margin:0"><img src="file://${file}" style="display:block;margin-top:-${y}px"></body>`);
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
