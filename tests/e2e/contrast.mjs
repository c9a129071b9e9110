// Text contrast as WCAG 2.2 defines it (success criterion 1.4.3, level AA): the relative luminance of the text colour
// against the colour behind it, (L1 + 0.05) / (L2 + 0.05), at least 4.5:1 for normal text and 3:1 for large text
// (24 px, or 18.66 px bold). Measured in the page on what is rendered: every visible element that holds text, its
// computed colour and opacity, and the backgrounds of its ancestors composited from the page down (for a gradient,
// each of its colours, keeping the worst).

/** Every visible text on the page below `minimum`, as { text, where, ratio, needed, colour, background }. */
export function lowContrastTexts(page) {
  return page.evaluate(() => {
    const parse = (value) => {
      const match = /rgba?\(([^)]+)\)/.exec(value ?? '');
      if (!match) return null;
      const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const over = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
    });
    const luminance = ({ r, g, b }) => {
      const channel = (v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    // The colours an element paints behind its text: its background colour and each colour of a gradient image.
    const layers = (element) => {
      const style = getComputedStyle(element);
      const colours = [];
      const image = style.backgroundImage;
      if (image && image.includes('gradient')) colours.push(...(image.match(/rgba?\([^)]+\)/g) ?? []).map(parse));
      const colour = parse(style.backgroundColor);
      return { colour: colour && colour.a > 0 ? colour : null, gradient: colours };
    };
    const backgroundsOf = (element) => {
      const chain = [];
      for (let e = element; e; e = e.parentElement) chain.unshift(e);
      let candidates = [{ r: 255, g: 255, b: 255, a: 1 }];
      for (const e of chain) {
        const { colour, gradient } = layers(e);
        if (gradient.length) candidates = gradient.flatMap((g) => candidates.map((c) => over(g, c)));
        if (colour) candidates = candidates.map((c) => over(colour, c));
      }
      return candidates;
    };
    const opacityOf = (element) => {
      let opacity = 1;
      for (let e = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      return opacity;
    };
    const describe = (element) => {
      const id = element.id ? `#${element.id}` : '';
      const testId = element.closest('[data-testid]')?.dataset.testid;
      const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes}${testId ? ` in [data-testid=${testId}]` : ''}`;
    };
    const visible = (element) => {
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) return false;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const style = getComputedStyle(element);
      return !(style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)');
    };
    const problems = [];
    const texts = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent.trim() && node.parentElement) texts.add(node.parentElement);
    }
    for (const element of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=range]), select')) texts.add(element);
    for (const element of texts) {
      if (['SCRIPT', 'STYLE', 'TITLE', 'OPTION'].includes(element.tagName) || !visible(element)) continue;
      const style = getComputedStyle(element);
      const svg = element instanceof SVGElement;
      const ink = parse(svg ? style.fill : style.color);
      if (!ink) continue;
      const colour = { ...ink, a: ink.a * opacityOf(element) };
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const worst = Math.min(...backgroundsOf(element).map((background) => ratio(over(colour, background), background)));
      if (worst < needed) {
        const text = (element.value || element.textContent).trim().replace(/\s+/g, ' ').slice(0, 60);
        problems.push({ text, where: describe(element), ratio: Number(worst.toFixed(2)), needed, colour: style.color });
      }
    }
    return problems;
  });
}
