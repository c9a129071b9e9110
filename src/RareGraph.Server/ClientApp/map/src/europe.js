// Europe as an SVG map: Natural Earth country shapes (world-atlas, via topojson-client and d3-geo), coloured by how
// strongly the selected event reaches each country, the event's own country marked, a click filters the network.
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { europeProjection } from './projection.js';
import { numericOf, shapesByName, anchorOf, bodies } from './geography.js';
import { heat } from './colors.js';
import { strings } from './strings.js';

const width = 400;
const height = 300;
const svgNs = 'http://www.w3.org/2000/svg';

export class EuropeMap {
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.svg = document.createElementNS(svgNs, 'svg');
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', strings.mapTitle);
    container.append(this.svg);
    this.paths = new Map();
    this.jurisdictionsByNumeric = new Map();
    this.jurisdictionsByCode = new Map();
    this.projection = europeProjection(width, height, 2);
  }

  /** Draws the shapes once; the atlas is a separate chunk so the page paints before it arrives. */
  async draw(jurisdictions) {
    for (const j of jurisdictions) {
      this.jurisdictionsByCode.set(j.code, j);
      const numeric = numericOf(j.code);
      if (numeric) this.jurisdictionsByNumeric.set(numeric, j);
    }
    const { default: atlas } = await import('world-atlas/countries-50m.json');
    const countries = feature(atlas, atlas.objects.countries).features;
    const path = geoPath(this.projection);
    const sea = document.createElementNS(svgNs, 'rect');
    sea.setAttribute('width', width);
    sea.setAttribute('height', height);
    sea.setAttribute('class', 'sea');
    this.svg.append(sea);
    for (const country of countries) {
      const d = path(country);
      if (!d) continue;
      const jurisdiction = this.jurisdictionsByNumeric.get(country.id)
        ?? this.jurisdictionsByCode.get(shapesByName[country.properties?.name]);
      const shape = document.createElementNS(svgNs, 'path');
      shape.setAttribute('d', d);
      shape.setAttribute('class', jurisdiction ? 'country known' : 'country');
      if (jurisdiction) {
        const title = document.createElementNS(svgNs, 'title');
        title.textContent = jurisdiction.name;
        shape.append(title);
        shape.dataset.key = jurisdiction.key;
        shape.setAttribute('tabindex', '0');
        shape.setAttribute('role', 'button');
        shape.setAttribute('aria-label', jurisdiction.name);
        shape.addEventListener('click', () => this.handlers.onCountry?.(jurisdiction.key));
        shape.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this.handlers.onCountry?.(jurisdiction.key);
          }
        });
        this.paths.set(jurisdiction.key, shape);
      }
      this.svg.append(shape);
    }
    // Bodies without a territory (EU, Council of Europe, OSCE…) appear as small diamonds at their seat.
    for (const j of jurisdictions.filter((x) => bodies[x.code])) {
      const [x, y] = this.projection(anchorOf(j.code)) ?? [-10, -10];
      const marker = document.createElementNS(svgNs, 'rect');
      marker.setAttribute('x', x - 4);
      marker.setAttribute('y', y - 4);
      marker.setAttribute('width', 8);
      marker.setAttribute('height', 8);
      marker.setAttribute('transform', `rotate(45 ${x} ${y})`);
      marker.setAttribute('class', 'body-marker');
      marker.dataset.key = j.key;
      const title = document.createElementNS(svgNs, 'title');
      title.textContent = j.name;
      marker.append(title);
      marker.addEventListener('click', () => this.handlers.onCountry?.(j.key));
      this.paths.set(j.key, marker);
      this.svg.append(marker);
    }
    this.eventMarker = document.createElementNS(svgNs, 'g');
    this.eventMarker.setAttribute('class', 'event-marker');
    this.eventMarker.innerHTML = '<circle r="9" class="pulse"/><circle r="4" class="dot"/>';
    this.eventMarker.style.display = 'none';
    this.svg.append(this.eventMarker);
    this.drawn = true;
    this.update(this.lastState ?? {});
  }

  /** scores: Map(jurisdiction key -> score); eventJurisdiction: its key; selected: the filtered country. */
  update({ scores = null, eventJurisdiction = null, eventCode = null, selected = null }) {
    this.lastState = { scores, eventJurisdiction, eventCode, selected };
    if (!this.drawn) return;
    for (const [key, shape] of this.paths) {
      const score = scores?.get(key);
      shape.style.fill = score ? heat(score) : '';
      shape.classList.toggle('reached', Boolean(score));
      shape.classList.toggle('selected', key === selected);
      shape.classList.toggle('event', key === eventJurisdiction);
    }
    if (eventCode) {
      const [x, y] = this.projection(anchorOf(eventCode)) ?? [-50, -50];
      this.eventMarker.setAttribute('transform', `translate(${x} ${y})`);
      this.eventMarker.style.display = '';
    } else {
      this.eventMarker.style.display = 'none';
    }
  }

  /** The map as a standalone SVG document, for the SVG download. */
  svgText() {
    return new XMLSerializer().serializeToString(this.svg);
  }
}
