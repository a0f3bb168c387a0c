"""Page weight on first load, everything included, in Debian's Chromium (Playwright).

Bytes are what went over the wire (Chrome's encodedDataLength: compressed bodies and
headers), summed per resource type, with an empty cache, on a phone (412×823, DPR 1.75,
Lighthouse's mobile screen) and a desktop (1350×940). Each page is loaded, then scrolled
to the end so that lazy images load too: the totals are the whole page.
Also checked: no request leaves the site, fonts, and images larger than their slot
(natural width more than 1.5 × displayed width × device pixel ratio).

    .venv/bin/python benchmarks/page_weight.py
"""

from collections import Counter
from urllib.parse import urlsplit

from common import (
    CHROME_FLAGS,
    CHROME_PATH,
    NGINX_SITE_PORT,
    gunicorn,
    nginx,
    pages,
    record,
    table,
    wait_for_quiet,
)
from playwright.sync_api import sync_playwright

SITE = f"http://127.0.0.1:{NGINX_SITE_PORT}"
SCREENS = {
    "phone": {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75},
    "desktop": {"viewport": {"width": 1350, "height": 940}, "device_scale_factor": 1},
}
LIMITS = {"page": 150_000, "home": 200_000, "css": 30_000, "js": 20_000}
KINDS = {"Document": "html", "Stylesheet": "css", "Script": "js", "Image": "img", "Font": "font"}
OVERSIZED = """() => [...document.images]
  .filter((img) => img.complete && img.naturalWidth && !/\\.svg$/.test(img.currentSrc))
  .map((img) => ({src: img.currentSrc, ratio: img.naturalWidth /
    (img.getBoundingClientRect().width * devicePixelRatio)}))"""
SCROLL = """async () => {
  for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y); await new Promise((done) => setTimeout(done, 100));
  }
}"""


def measure(browser, url, screen):
    context = browser.new_context(**SCREENS[screen], is_mobile=screen == "phone")
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    kinds, sizes, hosts = {}, {}, set()

    def received(event):
        kinds[event["requestId"]] = KINDS.get(event["type"], "other")
        address = urlsplit(event["response"]["url"])
        if address.scheme not in ("data", "blob"):  # inline: no request leaves the page
            hosts.add(address.netloc)

    cdp.on("Network.responseReceived", received)
    cdp.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
    )
    page.goto(url, wait_until="networkidle")
    page.evaluate(SCROLL)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    images = page.evaluate(OVERSIZED)
    context.close()
    totals = Counter()
    for request, size in sizes.items():
        totals[kinds.get(request, "other")] += size
    totals["total"] = sum(sizes.values())
    totals["requests"] = len(sizes)
    worst = max(images, key=lambda image: image["ratio"], default={"ratio": 0, "src": ""})
    return totals, hosts - {urlsplit(SITE).netloc}, worst


def kb(size):
    return f"{size / 1000:.1f}"


def main():
    rows, problems = [], []
    paths = pages()
    wait_for_quiet()
    with gunicorn(), nginx(), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROME_PATH, args=CHROME_FLAGS)
        for role, path in paths.items():
            for screen in SCREENS:
                totals, outside, image = measure(browser, SITE + path, screen)
                worst = image["ratio"]
                limit = LIMITS["home" if role == "home" else "page"]
                met = (
                    totals["total"] < limit
                    and totals["css"] < LIMITS["css"]
                    and totals["js"] < LIMITS["js"]
                    and not outside
                    and worst <= 1.5
                )
                row = [
                    role,
                    screen,
                    totals["requests"],
                    kb(totals["html"]),
                    kb(totals["css"]),
                    kb(totals["js"]),
                    kb(totals["font"]),
                    kb(totals["img"]),
                    kb(totals["other"]),
                    f"**{kb(totals['total'])}**",
                    f"{limit // 1000}",
                    f"{worst:.2f}",
                    "yes" if met else "**no**",
                ]
                rows.append(row)
                print(" | ".join(map(str, row)), flush=True)
                if outside:
                    problems.append(f"- {role} ({screen}) requests other hosts: {sorted(outside)}")
                if worst > 1.5:
                    problems.append(f"- {role} ({screen}): {image['src']} is {worst:.2f}× its slot")
        browser.close()
    record(
        "Page weight",
        "`.venv/bin/python benchmarks/page_weight.py`: kB (1 kB = 1,000 bytes) transferred "
        "on a first visit with an empty cache, compressed as sent (WhiteNoise's Brotli/gzip "
        "static files, nginx gzip for pages), headers included, after scrolling to the end "
        "(lazy images loaded). Limits: home < 200 kB, other pages < 150 kB, CSS < 30 kB, "
        "JS < 20 kB; fonts: none downloaded means system fonts; largest image ÷ its slot "
        "(× device pixel ratio) must stay ≤ 1.5.\n\n"
        + table(
            [
                "Page",
                "Screen",
                "Requests",
                "HTML",
                "CSS",
                "JS",
                "Fonts",
                "Images",
                "Other",
                "Total",
                "Limit",
                "Image/slot",
                "Met",
            ],
            rows,
        )  # fmt: skip
        + ("\n\n" + "\n".join(problems) if problems else "")
        + "\n\nPages: "
        + ", ".join(f"{role} `{path}`" for role, path in paths.items()),
    )


if __name__ == "__main__":
    main()
