// The events on a time axis: one dot per event at its date, coloured by polarity when the server knows it (else by
// category), one lane per category; a click (or Enter) picks the event, the as-of date shows as a vertical line.
import { categoryColors, polarityColors } from './colors.js';
import { strings } from './strings.js';
import { dateToDay } from './validity.js';

const svgNs = 'http://www.w3.org/2000/svg';
const categories = Object.keys(categoryColors);

export class Timeline {
  constructor(svg, legend, handlers) {
    this.svg = svg;
    this.legend = legend;
    this.handlers = handlers;
    this.threats = [];
    this.selected = null;
    this.asOf = null;
    this.fresh = new Set();
  }

  setThreats(threats) {
    this.threats = threats;
    this.draw();
  }

  add(threat) {
    if (this.threats.some((t) => t.key === threat.key)) return;
    this.threats = [...this.threats, threat].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
    this.fresh.add(threat.key);
    this.draw();
  }

  colourOf(threat) {
    return threat.polarity ? polarityColors[threat.polarity] : categoryColors[threat.category] ?? categoryColors.OTHER;
  }

  draw() {
    const width = 300;
    const laneHeight = 9;
    const top = 6;
    const axis = top + categories.length * laneHeight + 4;
    const height = axis + 16;
    const svg = this.svg;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('aria-label', strings.timelineTitle);
    svg.replaceChildren();
    if (this.threats.length === 0) return;
    const firstYear = Number(this.threats[0].occurredOn.slice(0, 4));
    const lastYear = Math.max(Number(this.threats.at(-1).occurredOn.slice(0, 4)), new Date().getUTCFullYear()) + 1;
    const start = dateToDay(`${firstYear}-01-01`);
    const end = dateToDay(`${lastYear}-01-01`);
    const x = (date) => 6 + ((dateToDay(date) - start) / (end - start)) * (width - 12);
    this.scale = { x, start, end };

    const background = document.createElementNS(svgNs, 'rect');
    background.setAttribute('width', width);
    background.setAttribute('height', height);
    background.setAttribute('class', 'timeline-bg');
    svg.append(background);
    const step = lastYear - firstYear > 8 ? 2 : 1;
    for (let year = firstYear; year <= lastYear; year += 1) {
      const tick = document.createElementNS(svgNs, 'line');
      const tx = x(`${year}-01-01`);
      tick.setAttribute('x1', tx);
      tick.setAttribute('x2', tx);
      tick.setAttribute('y1', top - 2);
      tick.setAttribute('y2', axis);
      tick.setAttribute('class', 'tick');
      svg.append(tick);
      if ((year - firstYear) % step === 0 && year < lastYear) {
        const label = document.createElementNS(svgNs, 'text');
        label.setAttribute('x', tx + 1);
        label.setAttribute('y', height - 4);
        label.setAttribute('class', 'tick-label');
        label.textContent = `’${String(year).slice(2)}`;
        svg.append(label);
      }
    }
    this.asOfLine = document.createElementNS(svgNs, 'line');
    this.asOfLine.setAttribute('y1', top - 4);
    this.asOfLine.setAttribute('y2', axis + 2);
    this.asOfLine.setAttribute('class', 'as-of-line');
    svg.append(this.asOfLine);

    for (const threat of this.threats) {
      const lane = Math.max(0, categories.indexOf(threat.category));
      const dot = document.createElementNS(svgNs, 'circle');
      dot.setAttribute('cx', x(threat.occurredOn));
      dot.setAttribute('cy', top + lane * laneHeight + laneHeight / 2);
      dot.setAttribute('r', threat.severity === 'CRITICAL' ? 4.2 : threat.severity === 'HIGH' ? 3.6 : 3);
      dot.setAttribute('fill', this.colourOf(threat));
      dot.setAttribute('class', `event-dot${this.fresh.has(threat.key) ? ' fresh' : ''}`);
      dot.setAttribute('tabindex', '0');
      dot.setAttribute('role', 'button');
      dot.dataset.key = threat.key;
      const label = `${threat.occurredOn} · ${threat.jurisdiction?.code ?? ''} · ${threat.title}`;
      dot.setAttribute('aria-label', label);
      const title = document.createElementNS(svgNs, 'title');
      title.textContent = label;
      dot.append(title);
      dot.addEventListener('click', () => this.handlers.onPick?.(threat.key));
      dot.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.handlers.onPick?.(threat.key);
        }
      });
      svg.append(dot);
    }
    this.drawLegend();
    this.update({ selected: this.selected, asOf: this.asOf });
  }

  drawLegend() {
    const usePolarity = this.threats.some((t) => t.polarity);
    const entries = usePolarity
      ? Object.entries(polarityColors).map(([k, c]) => [strings.polarity[k], c])
      : categories.filter((c) => this.threats.some((t) => t.category === c)).map((c) => [strings.categories[c], categoryColors[c]]);
    this.legend.replaceChildren(...entries.map(([label, colour]) => {
      const item = document.createElement('span');
      item.innerHTML = '<i></i>';
      item.firstChild.style.background = colour;
      item.append(label);
      return item;
    }));
  }

  update({ selected, asOf }) {
    this.selected = selected;
    this.asOf = asOf;
    for (const dot of this.svg.querySelectorAll('.event-dot')) {
      dot.classList.toggle('selected', dot.dataset.key === selected);
      dot.setAttribute('aria-pressed', String(dot.dataset.key === selected));
    }
    if (this.asOfLine && this.scale && asOf) {
      const ax = Math.max(0, this.scale.x(asOf));
      this.asOfLine.setAttribute('x1', ax);
      this.asOfLine.setAttribute('x2', ax);
    }
  }
}
