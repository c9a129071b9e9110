// The events on a time axis, as the store counts them (threatCounts by YEAR and CATEGORY): one column per year, stacked
// by category, so the page never pages through every event to draw it. A click (or Enter) on a segment narrows the
// event list to that year and category. Markers show the picked event and events that arrived live; the as-of date is
// a vertical line.
import { categoryColors } from './colors.js';
import { strings } from './strings.js';
import { dateToDay } from './validity.js';

const svgNs = 'http://www.w3.org/2000/svg';
const categories = Object.keys(categoryColors);

function svgElement(name, attributes = {}) {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

export class Timeline {
  constructor(svg, legend, handlers) {
    this.svg = svg;
    this.legend = legend;
    this.handlers = handlers;
    this.buckets = [];
    this.markers = new Map();
    this.selected = null;
    this.asOf = null;
    this.bucketFilter = null;
  }

  /** buckets: the threatCounts answer for by: [YEAR, CATEGORY], i.e. [{ keys: [year, category], count }]. */
  setCounts(buckets) {
    this.buckets = buckets.filter((b) => b.keys[0] && b.count > 0);
    this.draw();
  }

  /** The first year with an event, or null when none is recorded. */
  firstYear() {
    return this.buckets.length ? Math.min(...this.buckets.map((b) => Number(b.keys[0]))) : null;
  }

  /** Marks an event on the axis: the picked one, or one that arrived live (fresh, it pulses). */
  mark(threat, { fresh = false } = {}) {
    if (!threat?.occurredOn) return;
    this.markers.set(threat.key, { threat, fresh: fresh || this.markers.get(threat.key)?.fresh === true });
    this.draw();
  }

  /** Marks the picked event, dropping the previous pick's marker unless it arrived live. */
  pick(threat) {
    for (const [key, marker] of this.markers) if (!marker.fresh && key !== threat?.key) this.markers.delete(key);
    if (threat) this.mark(threat);
    else this.draw();
  }

  colourOf(threat) {
    return categoryColors[threat.category] ?? categoryColors.OTHER;
  }

  draw() {
    const width = 300;
    const top = 10;
    const barHeight = 58;
    const axis = top + barHeight;
    const height = axis + 14;
    const svg = this.svg;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('aria-label', strings.timelineTitle);
    svg.replaceChildren();
    const years = [...this.buckets.map((b) => Number(b.keys[0])),
      ...[...this.markers.values()].map((m) => Number(m.threat.occurredOn.slice(0, 4)))];
    if (years.length === 0) {
      this.drawLegend();
      return;
    }
    const firstYear = Math.min(...years);
    const lastYear = Math.max(...years, new Date().getUTCFullYear()) + 1;
    const start = dateToDay(`${firstYear}-01-01`);
    const end = dateToDay(`${lastYear}-01-01`);
    const x = (date) => 6 + ((dateToDay(date) - start) / (end - start)) * (width - 12);
    const slot = (width - 12) / (lastYear - firstYear);
    this.scale = { x, start, end };

    svg.append(svgElement('rect', { width, height, class: 'timeline-bg' }));
    const totals = new Map();
    for (const b of this.buckets) totals.set(b.keys[0], (totals.get(b.keys[0]) ?? 0) + b.count);
    const most = Math.max(1, ...totals.values());
    const step = lastYear - firstYear > 12 ? 3 : lastYear - firstYear > 6 ? 2 : 1;
    for (let year = firstYear; year <= lastYear; year += 1) {
      const tx = x(`${year}-01-01`);
      svg.append(svgElement('line', { x1: tx, x2: tx, y1: top - 2, y2: axis, class: 'tick' }));
      if ((year - firstYear) % step === 0 && year < lastYear) {
        const label = svgElement('text', { x: tx + slot / 2, y: height - 3, class: 'tick-label', 'text-anchor': 'middle' });
        label.textContent = String(year);
        svg.append(label);
      }
    }

    // Within a year, segments stack in the palette's category order, so a category sits at the same place every year.
    const ordered = [...this.buckets].sort((a, b) => a.keys[0].localeCompare(b.keys[0])
      || categories.indexOf(a.keys[1]) - categories.indexOf(b.keys[1]));
    const stacked = new Map();
    for (const bucket of ordered) {
      const [year, category] = bucket.keys;
      const below = stacked.get(year) ?? 0;
      stacked.set(year, below + bucket.count);
      const segmentHeight = (bucket.count / most) * barHeight;
      const label = strings.timelineBucket(year, strings.categories[category] ?? category, bucket.count);
      const segment = svgElement('rect', {
        x: x(`${year}-01-01`) + slot * 0.15, width: Math.max(1, slot * 0.7),
        y: axis - ((below + bucket.count) / most) * barHeight, height: Math.max(0.5, segmentHeight - 0.4),
        fill: categoryColors[category] ?? categoryColors.OTHER, class: 'count-bar', tabindex: '0', role: 'button', 'aria-label': label,
      });
      Object.assign(segment.dataset, { year, category: category ?? '', count: String(bucket.count) });
      segment.append(Object.assign(svgElement('title'), { textContent: label }));
      const choose = () => this.handlers.onBucket?.({ year, category });
      segment.addEventListener('click', choose);
      segment.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose();
        }
      });
      svg.append(segment);
    }
    for (const [year, total] of totals) {
      const count = svgElement('text', { x: x(`${year}-01-01`) + slot / 2, y: axis - (total / most) * barHeight - 1.5, class: 'bar-total', 'text-anchor': 'middle' });
      count.textContent = String(total);
      svg.append(count);
    }

    this.asOfLine = svgElement('line', { y1: top - 6, y2: axis + 2, class: 'as-of-line' });
    svg.append(this.asOfLine);
    for (const { threat, fresh } of this.markers.values()) {
      const mx = x(threat.occurredOn);
      const marker = svgElement('path', {
        d: `M${mx - 3.2},${top - 8} L${mx + 3.2},${top - 8} L${mx},${top - 2.5} Z`,
        fill: this.colourOf(threat), class: `timeline-marker${fresh ? ' fresh' : ''}`, tabindex: '0', role: 'button',
      });
      marker.dataset.key = threat.key;
      const label = `${threat.occurredOn} · ${threat.jurisdiction?.code ?? ''} · ${threat.title}`;
      marker.setAttribute('aria-label', label);
      marker.append(Object.assign(svgElement('title'), { textContent: label }));
      marker.addEventListener('click', () => this.handlers.onPick?.(threat.key));
      marker.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') this.handlers.onPick?.(threat.key);
      });
      svg.append(marker);
    }
    this.drawLegend();
    this.update({ selected: this.selected, asOf: this.asOf, bucket: this.bucketFilter });
  }

  drawLegend() {
    const present = categories.filter((c) => this.buckets.some((b) => b.keys[1] === c));
    this.legend.replaceChildren(...present.map((c) => {
      const item = document.createElement('span');
      const swatch = document.createElement('i');
      swatch.style.background = categoryColors[c];
      item.append(swatch, strings.categories[c] ?? c);
      return item;
    }));
  }

  update({ selected = this.selected, asOf = this.asOf, bucket = this.bucketFilter } = {}) {
    this.selected = selected;
    this.asOf = asOf;
    this.bucketFilter = bucket;
    for (const marker of this.svg.querySelectorAll('.timeline-marker')) {
      marker.classList.toggle('selected', marker.dataset.key === selected);
      marker.setAttribute('aria-pressed', String(marker.dataset.key === selected));
    }
    for (const segment of this.svg.querySelectorAll('.count-bar')) {
      const chosen = bucket && segment.dataset.year === bucket.year && segment.dataset.category === (bucket.category ?? '');
      segment.classList.toggle('chosen', Boolean(chosen));
      segment.setAttribute('aria-pressed', String(Boolean(chosen)));
    }
    if (this.asOfLine && this.scale && asOf) {
      const ax = Math.max(0, this.scale.x(asOf));
      this.asOfLine.setAttribute('x1', ax);
      this.asOfLine.setAttribute('x2', ax);
    }
  }
}
