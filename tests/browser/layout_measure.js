// What a visitor would notice, measured in the page at the current width (test_layout_browser.py).
(() => {
    const visible = (el) => el.checkVisibility({visibilityProperty: true, opacityProperty: true});
    const name = (el) => (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : el.tagName.toLowerCase());
    const overflow = document.scrollingElement.scrollWidth - window.innerWidth;

    // Card rows: a list laid out as a grid with fewer items than columns shows empty tracks.
    const emptyTracks = [];
    for (const list of document.querySelectorAll("ul, ol")) {
        const style = getComputedStyle(list);
        if (style.display !== "grid" || !visible(list)) continue;
        const columns = style.gridTemplateColumns.split(" ").filter((track) => parseFloat(track) > 0).length;
        const items = [...list.children].filter(visible).length;
        if (items > 0 && items < columns) emptyTracks.push(`${name(list)}: ${items} items, ${columns} columns`);
    }

    // Images: an alt attribute on each; an empty one only where the image is not the sole
    // content of a link (a link must keep a name).
    const images = [];
    for (const img of document.images) {
        if (!img.hasAttribute("alt")) { images.push(`no alt: ${img.currentSrc || img.src}`); continue; }
        const link = img.closest("a");
        if (img.alt === "" && link && !link.textContent.trim() && !link.getAttribute("aria-label")) images.push(`unnamed link: ${link.href}`);
    }

    // Focus: each visible link, button and summary shows a ring (on itself or, for a card's
    // title, on the card around it).
    const ring = (el) => {
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        return outline || (style.boxShadow && style.boxShadow !== "none");
    };
    const noRing = [];
    for (const el of document.querySelectorAll("a[href], button, summary")) {
        if (!visible(el)) continue;
        el.focus({focusVisible: true});
        if (document.activeElement !== el) continue;
        let shown = false;
        for (let node = el, depth = 0; node && depth < 4 && !shown; node = node.parentElement, depth++) shown = ring(node);
        if (!shown) noRing.push(`${el.tagName.toLowerCase()} ${el.textContent.trim().slice(0, 40)} (${el.getAttribute("href") || ""})`);
    }
    document.activeElement && document.activeElement.blur();
    return {overflow, emptyTracks, images, noRing};
})
