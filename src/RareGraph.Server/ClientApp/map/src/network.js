// The network on a WebGL canvas (sigma.js over a graphology graph): geographic starting positions refined by
// ForceAtlas2, colour by kind, size by PageRank, and every overlay (filters, as-of date, comparison, impact heat,
// highlighted path, spread animation) applied through reducers, so a change redraws without rebuilding the graph.
import Graph, { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { NodePointProgram, EdgeLineProgram } from 'sigma/rendering';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { anchorOf } from './geography.js';
import { europeProjection } from './projection.js';
import { validOn, dateToDay, today } from './validity.js';
import { pageRank, validityDays } from './pageRank.js';
import { drawLabelsWithoutOverlap } from './labels.js';
import {
  kindColors, dimNode, dimEdge, pathColor, appearedColor, endedColor, heat, edgeColor,
} from './colors.js';

const syncLayoutLimit = 3000;
const countryLabels = { labelDensity: 4, labelGridCellSize: 60, labelRenderedSizeThreshold: 0 };
const layoutSeconds = 6;

/** The kind a node is coloured by: the organisation's kind, or its label. */
export function kindOf(entity) {
  if (entity.label === 'ORGANISATION') return entity.kind;
  return entity.label;
}

function edgeKey(r) {
  return `${r.fromKey}|${r.type}|${r.toKey}`;
}

// A small deterministic hash, so the jitter around a country's anchor is the same on every load.
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

export class NetworkView {
  constructor(container, state, handlers) {
    this.container = container;
    this.state = state;
    this.handlers = handlers;
    this.graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: false });
    this.countryGraph = null;
    this.mode = 'network';
    this.renderer = null;
    this.layout = null;
    this.entities = new Map();
    this.webGlError = null;
  }

  /** Builds the graph from loaded entities and relationships; returns false when WebGL is unavailable. */
  setData(entities, relationships) {
    const projection = europeProjection(1000, 800);
    const graph = this.graph;
    graph.clear();
    this.entities = new Map(entities.map((e) => [e.key, e]));
    const codes = new Map(entities.filter((e) => e.label === 'JURISDICTION').map((e) => [e.key, e.code]));
    for (const entity of entities) {
      const code = entity.label === 'JURISDICTION' ? entity.code : codes.get(entity.basedIn);
      // Far-away members (Canada, the US, Central Asia) start at Europe's edge, so Europe keeps the room.
      const [lon, lat] = anchorOf(code ?? '');
      const [px, py] = projection([Math.max(-20, Math.min(48, lon)), Math.max(35, Math.min(70, lat))]) ?? [0, 0];
      const isJurisdiction = entity.label === 'JURISDICTION';
      const angle = hash(entity.key) * Math.PI * 2;
      const radius = isJurisdiction ? 0 : 8 + hash(`${entity.key}#r`) * 26;
      graph.addNode(entity.key, {
        label: entity.name,
        kind: kindOf(entity),
        entityLabel: entity.label,
        basedIn: entity.basedIn,
        validFrom: entity.validFrom ?? null,
        validTo: entity.validTo ?? null,
        confidence: entity.confidence ?? null,
        x: px + Math.cos(angle) * radius,
        y: -(py + Math.sin(angle) * radius),
        // The countries view draws jurisdictions where they are on the map.
        geoX: px,
        geoY: -py,
        size: 4,
        color: kindColors[kindOf(entity)] ?? kindColors.OTHER,
      });
    }
    for (const r of relationships) {
      if (!graph.hasNode(r.fromKey) || !graph.hasNode(r.toKey) || r.fromKey === r.toKey) continue;
      const key = edgeKey(r);
      if (graph.hasEdge(key)) continue;
      graph.addDirectedEdgeWithKey(key, r.fromKey, r.toKey, {
        relType: r.type,
        strength: r.strength,
        validFrom: r.validFrom,
        validTo: r.validTo,
        source: r.source,
        confidence: r.confidence,
        color: edgeColor(r.type),
        size: r.type === 'BASED_IN' ? 0.5 : 1,
      });
    }
    this.prepareRanking();
    this.runLayout();
    const drawn = this.ensureRenderer();
    this.computePageRank();
    return drawn;
  }

  /**
   * The ranking's input, as typed arrays of node indexes and validity days. A large graph is ranked in a worker; each
   * date's ranks are kept, so moving the as-of slider back to a date costs nothing.
   */
  prepareRanking() {
    const index = new Map();
    this.rankKeys = this.graph.nodes();
    this.rankKeys.forEach((node, i) => index.set(node, i));
    const size = this.graph.size;
    const network = {
      count: this.rankKeys.length, sources: new Uint32Array(size), targets: new Uint32Array(size),
      from: new Float64Array(size), to: new Float64Array(size),
    };
    let e = 0;
    this.graph.forEachEdge((edge, attributes, source, target) => {
      network.sources[e] = index.get(source);
      network.targets[e] = index.get(target);
      [network.from[e], network.to[e]] = validityDays(attributes, dateToDay);
      e++;
    });
    this.ranksByDay = new Map();
    this.rankRequest = 0;
    this.rankWorker?.terminate();
    this.rankWorker = null;
    this.rankInput = network;
    if (this.graph.order > syncLayoutLimit && typeof Worker !== 'undefined') {
      this.rankWorker = new Worker(new URL('./pageRank.worker.js', import.meta.url), { type: 'module' });
      this.rankWorker.onmessage = ({ data }) => {
        this.ranksByDay.set(data.day, data.ranks);
        if (data.id === this.rankRequest) this.applyRanks(data.ranks);
      };
      this.rankWorker.postMessage({ network });
    }
  }

  /** PageRank over the relationships drawn at the as-of date sizes the nodes (at once, or when the worker answers). */
  computePageRank() {
    if (!this.rankInput) return;
    const day = dateToDay(this.state.asOf || today());
    const known = this.ranksByDay.get(day);
    if (known) {
      this.rankRequest++;
      this.applyRanks(known);
    } else if (this.rankWorker) {
      this.rankWorker.postMessage({ id: ++this.rankRequest, day });
    } else {
      const ranks = pageRank(this.rankInput, day);
      this.ranksByDay.set(day, ranks);
      this.applyRanks(ranks);
    }
  }

  applyRanks(ranks) {
    let max = 0;
    for (const rank of ranks) max = Math.max(max, rank);
    const large = this.graph.order > syncLayoutLimit;
    const [min, span] = large ? [1.5, 10] : [3, 17];
    this.rankKeys.forEach((node, i) => {
      const attributes = this.graph.getNodeAttributes(node);
      attributes.pageRank = ranks[i];
      attributes.size = min + span * Math.sqrt(max > 0 ? ranks[i] / max : 0);
    });
    this.refresh();
    this.handlers.onRanked?.();
  }

  runLayout() {
    // Starting from geography, the layout keeps countries roughly where a reader expects them while ties pull
    // partners together.
    const settings = forceAtlas2.inferSettings(this.graph);
    Object.assign(settings, { gravity: 1, scalingRatio: 12, slowDown: 2, barnesHutOptimize: this.graph.order > 1000 });
    if (this.graph.order <= syncLayoutLimit) {
      forceAtlas2.assign(this.graph, { iterations: 300, settings, getEdgeWeight: null });
      return;
    }
    // Large graphs settle in a worker while the page stays interactive; the layout stops by itself.
    this.layout?.kill();
    this.layout = new FA2Layout(this.graph, { settings, getEdgeWeight: null });
    this.layout.start();
    this.handlers.onLayout?.(true);
    setTimeout(() => {
      this.layout?.stop();
      this.handlers.onLayout?.(false);
    }, layoutSeconds * 1000);
  }

  ensureRenderer() {
    if (this.renderer) {
      this.renderer.refresh();
      return true;
    }
    const large = this.graph.order > syncLayoutLimit;
    this.networkLabels = { labelDensity: large ? 0.2 : 0.55, labelGridCellSize: 110, labelRenderedSizeThreshold: large ? 10 : 8 };
    try {
      this.renderer = new Sigma(this.graph, this.container, {
        // The canvas is hidden (no width) while the table or countries view is shown, and a filter or date change
        // still redraws it then: sigma draws nothing for a container without size instead of throwing, and picks up
        // the size again when the network view comes back.
        allowInvalidContainer: true,
        labelColor: { color: '#e2e8f0' },
        labelFont: 'Inter, system-ui, sans-serif',
        labelSize: 12,
        labelWeight: '500',
        ...this.networkLabels,
        defaultEdgeColor: 'rgba(148,163,184,0.2)',
        hideEdgesOnMove: large,
        hideLabelsOnMove: large,
        zIndex: true,
        // Sigma's default programs draw one instance per node and per relationship; software WebGL (SwiftShader, as
        // in headless Chromium and on machines without a GPU) spent about a second a frame on 20,000 of them. Points
        // and plain lines are one draw call each: round nodes and 1 px relationships, smooth at that size.
        ...(large ? { nodeProgramClasses: { circle: NodePointProgram }, edgeProgramClasses: { line: EdgeLineProgram } } : {}),
        minCameraRatio: 0.03,
        maxCameraRatio: 4,
        defaultDrawNodeHover: drawHover,
        nodeReducer: (node, data) => this.reduceNode(node, data),
        edgeReducer: (edge, data) => this.reduceEdge(edge, data),
      });
    } catch (error) {
      this.webGlError = error;
      return false;
    }
    const renderer = this.renderer;
    drawLabelsWithoutOverlap(renderer);
    renderer.on('enterNode', ({ node, event }) => {
      this.hovered = node;
      this.handlers.onHover?.(node, event);
      this.refreshAround([node]);
    });
    renderer.on('leaveNode', ({ node }) => {
      this.hovered = null;
      this.handlers.onHover?.(null);
      this.refreshAround([node]);
    });
    renderer.on('clickNode', ({ node }) => this.handlers.onClick?.(node, this.mode));
    renderer.on('clickStage', () => this.handlers.onStageClick?.());
    renderer.getMouseCaptor().on('mousemovebody', (event) => this.handlers.onMove?.(event));
    return true;
  }

  // --- what is visible ------------------------------------------------------------------------------------------

  nodeVisible(node, attributes) {
    const { filters, asOf, compareAt } = this.state;
    if (!filters.kinds.has(attributes.kind)) return false;
    // An entity that did not exist at the date (an office created later) is not drawn, as the API leaves it out.
    if (!validOn(attributes, asOf) && !(compareAt && validOn(attributes, compareAt))) return false;
    if ((attributes.confidence ?? 1) < filters.minConfidence) return false;
    if (filters.jurisdiction) {
      if (node !== filters.jurisdiction && attributes.basedIn !== filters.jurisdiction) {
        // Keep the direct neighbours of the country's entities, so the cross-border ties stay visible.
        return this.neighbourOfJurisdiction(node);
      }
    }
    return true;
  }

  neighbourOfJurisdiction(node) {
    const j = this.state.filters.jurisdiction;
    if (this.neighbourCache?.jurisdiction !== j) {
      const keep = new Set();
      this.graph.forEachNode((n, a) => {
        if (n === j || a.basedIn === j) {
          this.graph.forEachNeighbor(n, (m) => keep.add(m));
        }
      });
      this.neighbourCache = { jurisdiction: j, keep };
    }
    return this.neighbourCache.keep.has(node);
  }

  /** Whether a node is drawn: from the pass that is redrawing everything, when one is running. */
  isShown(node) {
    return this.shownNow ? this.shownNow.has(node) : this.nodeVisible(node, this.graph.getNodeAttributes(node));
  }

  edgeState(attributes) {
    const { asOf, compareAt, filters } = this.state;
    if (!filters.types.has(attributes.relType)) return null;
    if ((attributes.confidence ?? 1) < filters.minConfidence) return null;
    const atA = validOn(attributes, asOf);
    if (!compareAt) return atA ? 'on' : null;
    const atB = validOn(attributes, compareAt);
    if (atA && atB) return 'both';
    if (atB) return 'appeared';
    if (atA) return 'ended';
    return null;
  }

  reduceNode(node, data) {
    if (this.mode === 'countries') return this.reduceCountryNode(node, data);
    const state = this.state;
    const result = { ...data };
    if (!this.nodeVisible(node, data)) {
      result.hidden = true;
      return result;
    }
    const impact = state.impact;
    if (impact) {
      const entry = impact.byKey.get(node);
      const hopLimit = state.spreadHop;
      const reached = entry && (hopLimit === null || entry.hops <= hopLimit);
      if (reached) {
        result.color = heat(entry.score);
        result.size = Math.max(data.size, 5 + entry.score * 9);
        result.zIndex = 2;
        // No forced label: the label grid already prefers these larger nodes and keeps names from overlapping.
      } else if (impact.seeds.has(node) && (hopLimit === null || hopLimit >= 0)) {
        result.color = heat(1);
        result.zIndex = 2;
      } else {
        result.color = dimNode;
        result.label = data.entityLabel === 'JURISDICTION' ? data.label : null;
        result.zIndex = 0;
      }
    }
    if (state.path) {
      if (state.path.nodes.has(node)) {
        result.color = pathColor;
        result.label = data.label; // a path's defenders and bodies are not impact entries: name them anyway
        result.highlighted = true;
        result.forceLabel = true;
        result.zIndex = 3;
        result.size = Math.max(result.size, 8);
      } else if (!impact) {
        result.color = dimNode;
      }
    }
    if (node === state.selected || node === state.focused) {
      result.label = data.label;
      result.highlighted = true;
      result.forceLabel = true;
      result.zIndex = 3;
    }
    if (node === this.hovered) result.zIndex = 3;
    return result;
  }

  reduceEdge(edge, data) {
    if (this.mode === 'countries') return data;
    const result = { ...data };
    const kind = this.edgeState(data);
    const [source, target] = this.graph.extremities(edge);
    if (!kind || !this.isShown(source) || !this.isShown(target)) {
      result.hidden = true;
      return result;
    }
    const changed = kind === 'appeared' || kind === 'ended';
    if (changed) {
      // What appeared or ended between the two dates stays visible over every other overlay.
      result.color = kind === 'appeared' ? appearedColor : endedColor;
      result.size = 2.5;
      result.zIndex = 1;
    } else if (this.state.compareAt) {
      result.color = dimEdge;
    }
    if (this.state.path?.edges.has(edge)) {
      result.color = pathColor;
      result.size = 3.5;
      result.zIndex = 2;
    } else if ((this.state.impact || this.state.path) && !changed) {
      result.color = dimEdge;
    }
    if (this.hovered && (source === this.hovered || target === this.hovered) && !this.state.path) {
      result.color = 'rgba(226, 232, 240, 0.6)';
      result.zIndex = 1;
    }
    return result;
  }

  // --- countries first ------------------------------------------------------------------------------------------

  /** Jurisdictions as nodes, with every cross-border tie between their entities summed into one edge per pair. */
  buildCountryGraph() {
    const countries = new UndirectedGraph();
    const organisations = new Map();
    this.graph.forEachNode((node, a) => {
      if (a.entityLabel === 'JURISDICTION') {
        countries.addNode(node, { label: a.label, x: a.geoX, y: a.geoY, size: 3, color: kindColors.JURISDICTION, count: 0 });
      }
    });
    this.graph.forEachNode((node, a) => {
      if (a.entityLabel !== 'JURISDICTION' && a.basedIn && countries.hasNode(a.basedIn)) {
        countries.updateNodeAttribute(a.basedIn, 'count', (c) => c + 1);
        organisations.set(node, a.basedIn);
      }
    });
    this.graph.forEachEdge((edge, a, source, target) => {
      if (!this.edgeState(a)) return;
      const from = organisations.get(source) ?? (countries.hasNode(source) ? source : null);
      const to = organisations.get(target) ?? (countries.hasNode(target) ? target : null);
      if (!from || !to || from === to) return;
      const strength = a.strength ?? 1;
      countries.updateEdgeAttributes(
        countries.hasEdge(from, to) ? countries.edge(from, to) : countries.addEdge(from, to, { count: 0, strength: 0 }),
        (e) => ({ ...e, count: e.count + 1, strength: e.strength + strength }),
      );
    });
    let maxCount = 1;
    let maxStrength = 1;
    countries.forEachNode((_, a) => { maxCount = Math.max(maxCount, a.count); });
    countries.forEachEdge((_, a) => { maxStrength = Math.max(maxStrength, a.strength); });
    countries.forEachNode((node, a) => {
      countries.mergeNodeAttributes(node, { size: a.count ? 5 + 15 * Math.sqrt(a.count / maxCount) : 3, label: a.count ? `${a.label} (${a.count})` : a.label });
    });
    countries.forEachEdge((edge, a) => {
      countries.mergeEdgeAttributes(edge, {
        size: 1 + 7 * Math.sqrt(a.strength / maxStrength),
        color: `rgba(96, 165, 250, ${0.25 + 0.5 * Math.sqrt(a.strength / maxStrength)})`,
      });
    });
    return countries;
  }

  reduceCountryNode(node, data) {
    const result = { ...data };
    const heatByCountry = this.state.impact?.byJurisdiction;
    if (heatByCountry) {
      const score = heatByCountry.get(node);
      result.color = score ? heat(score) : dimNode;
    }
    if (this.state.impact?.eventJurisdiction === node) {
      result.highlighted = true;
      result.forceLabel = true;
    }
    if (node === this.state.focused) {
      result.highlighted = true;
      result.forceLabel = true;
    }
    return result;
  }

  setMode(mode) {
    if (!this.renderer || mode === this.mode) return;
    // The countries view is small: every country may carry its name, where the names do not collide (the others
    // show theirs on hover and on keyboard focus). Written straight into the settings the next refresh reads:
    // setSetting would schedule a refresh of its own for the next frame, which throws ("Container has no width") when
    // the table view has hidden the canvas by then; setGraph below refreshes with these values anyway.
    const labels = mode === 'countries' ? countryLabels : this.networkLabels;
    Object.assign(this.renderer.settings, labels);
    this.mode = mode;
    if (mode === 'countries') {
      this.countryGraph = this.buildCountryGraph();
      this.renderer.setGraph(this.countryGraph);
    } else {
      this.renderer.setGraph(this.graph);
    }
    this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  // --- camera and keyboard ----------------------------------------------------------------------------------------

  refresh() {
    this.neighbourCache = null;
    if (this.mode === 'countries' && this.renderer) {
      this.countryGraph = this.buildCountryGraph();
      this.renderer.setGraph(this.countryGraph);
      return;
    }
    if (!this.renderer) return;
    if (this.graph.order <= syncLayoutLimit) this.renderer.refresh();
    else this.refreshChanged();
  }

  /**
   * Redraws only the nodes and relationships whose look changed. A full refresh sends all 120,000 items of a large
   * network through sigma's indexing again (seconds); a filter, a date or an overlay usually changes a part of them.
   * What stays the same is the drawing order (zIndex), which only a full refresh recomputes.
   */
  refreshChanged() {
    const renderer = this.renderer;
    const nodes = [];
    const edges = [];
    this.shownNow = new Set();
    this.graph.forEachNode((node, attributes) => {
      const now = this.reduceNode(node, attributes);
      if (!now.hidden) this.shownNow.add(node);
      const drawn = renderer.getNodeDisplayData(node);
      if (!drawn || nodeLookChanged(now, drawn)) nodes.push(node);
    });
    this.graph.forEachEdge((edge, attributes) => {
      const drawn = renderer.getEdgeDisplayData(edge);
      if (!drawn || edgeLookChanged(this.reduceEdge(edge, attributes), drawn)) edges.push(edge);
    });
    try {
      if (nodes.length || edges.length) renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
    } finally {
      this.shownNow = null;
    }
  }

  /** Reprocesses only these nodes and their relationships: a hover or a focus change costs nothing at 100,000 edges. */
  refreshAround(nodes) {
    const graph = this.currentGraph();
    if (!this.renderer || !graph) return;
    const present = nodes.filter((n) => n && graph.hasNode(n));
    const edges = new Set();
    for (const n of present) graph.forEachEdge(n, (edge) => edges.add(edge));
    this.renderer.refresh({ partialGraph: { nodes: present, edges: [...edges] }, skipIndexation: true });
  }

  flyTo(node, ratio = 0.35) {
    if (!this.renderer || !this.currentGraph().hasNode(node)) return;
    const position = this.renderer.getNodeDisplayData(node);
    if (!position) return;
    this.renderer.getCamera().animate({ x: position.x, y: position.y, ratio }, { duration: 600 });
  }

  currentGraph() {
    return this.mode === 'countries' ? this.countryGraph : this.graph;
  }

  /** The visible node nearest to `from` in the direction of an arrow key. */
  neighbourInDirection(from, direction) {
    const graph = this.currentGraph();
    const renderer = this.renderer;
    if (!renderer || !graph) return null;
    const visible = (node) => {
      const display = renderer.getNodeDisplayData(node);
      return display && !display.hidden ? display : null;
    };
    const origin = from && graph.hasNode(from) ? visible(from) : null;
    if (!origin) {
      let best = null;
      let bestRank = -1;
      graph.forEachNode((node, a) => {
        if (visible(node) && (a.pageRank ?? a.size) > bestRank) {
          best = node;
          bestRank = a.pageRank ?? a.size;
        }
      });
      return best;
    }
    const [dx, dy] = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[direction];
    let best = null;
    let bestScore = Infinity;
    graph.forEachNode((node) => {
      if (node === from) return;
      const d = visible(node);
      if (!d) return;
      const vx = d.x - origin.x;
      const vy = d.y - origin.y;
      const along = vx * dx + vy * dy;
      if (along <= 0) return;
      const across = Math.abs(vx * dy - vy * dx);
      const score = along + across * 2;
      if (score < bestScore) {
        bestScore = score;
        best = node;
      }
    });
    return best;
  }

  /** Draws the current view into one canvas (the WebGL layers and the labels), for a PNG download. */
  snapshotCanvas() {
    const renderer = this.renderer;
    renderer.refresh();
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const context = canvas.getContext('2d');
    context.fillStyle = '#0b1220';
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const layer of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
      const source = renderer.getCanvases()[layer];
      if (source) context.drawImage(source, 0, 0, canvas.width, canvas.height);
    }
    return canvas;
  }

  /** The current view as SVG: visible edges and nodes at their screen positions, labels of the larger nodes. */
  snapshotSvg() {
    const renderer = this.renderer;
    const graph = this.currentGraph();
    const { width, height } = renderer.getDimensions();
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
      `<rect width="100%" height="100%" fill="#0b1220"/>`];
    const position = (node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d || d.hidden) return null;
      return { ...renderer.framedGraphToViewport(d), d };
    };
    graph.forEachEdge((edge, a, source, target) => {
      const data = this.mode === 'countries' ? a : this.reduceEdge(edge, a);
      if (data.hidden) return;
      const p = position(source);
      const q = position(target);
      if (!p || !q) return;
      parts.push(`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="${data.color}" stroke-width="${Math.max(0.5, data.size ?? 1)}"/>`);
    });
    const labels = [];
    graph.forEachNode((node) => {
      const p = position(node);
      if (!p) return;
      const radius = renderer.scaleSize(p.d.size);
      parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${radius.toFixed(1)}" fill="${p.d.color}"/>`);
      if (p.d.label && (p.d.forceLabel || radius >= 7)) labels.push({ ...p, radius });
    });
    for (const l of labels) {
      parts.push(`<text x="${(l.x + l.radius + 3).toFixed(1)}" y="${(l.y + 4).toFixed(1)}" fill="#e2e8f0" font-family="sans-serif" font-size="12">${escapeXml(l.d.label)}</text>`);
    }
    parts.push('</svg>');
    return parts.join('\n');
  }

  kill() {
    this.layout?.kill();
    this.renderer?.kill();
  }
}

function nodeLookChanged(now, drawn) {
  if (now.hidden && drawn.hidden) return false;
  return Boolean(now.hidden) !== Boolean(drawn.hidden) || now.color !== drawn.color || now.size !== drawn.size
    || (now.label ?? null) !== (drawn.label ?? null) || Boolean(now.highlighted) !== Boolean(drawn.highlighted)
    || Boolean(now.forceLabel) !== Boolean(drawn.forceLabel) || (now.zIndex ?? 0) !== (drawn.zIndex ?? 0);
}

function edgeLookChanged(now, drawn) {
  if (now.hidden && drawn.hidden) return false;
  return Boolean(now.hidden) !== Boolean(drawn.hidden) || now.color !== drawn.color || now.size !== drawn.size
    || (now.zIndex ?? 0) !== (drawn.zIndex ?? 0);
}

export function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));
}

/** A dark hover box, readable on the dark stage (sigma's default box is white with the label colour inside). */
function drawHover(context, data, settings) {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const label = data.label ?? '';
  const textWidth = context.measureText(label).width;
  const padding = 5;
  const boxWidth = textWidth + padding * 2;
  // Near the right edge the box goes to the node's left, so a selected name is never cut off.
  const stageWidth = context.canvas.clientWidth || Infinity;
  const right = data.x + data.size + 4;
  const left = data.x - data.size - 4 - boxWidth;
  const x = right + boxWidth > stageWidth && left >= 0 ? left : right;
  const y = data.y - size / 2 - padding;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fillStyle = 'rgba(226, 232, 240, 0.9)';
  context.fill();
  if (!label) return;
  context.fillStyle = 'rgba(15, 23, 42, 0.95)';
  context.strokeStyle = 'rgba(148, 163, 184, 0.6)';
  context.lineWidth = 1;
  context.beginPath();
  context.roundRect(x, y, boxWidth, size + padding * 2, 4);
  context.fill();
  context.stroke();
  context.fillStyle = '#f8fafc';
  context.fillText(label, x + padding, data.y + size / 3);
}
