// PageRank over the relationships valid on one date, on typed arrays, so it can run in a worker (pageRank.worker.js)
// as well as on the page. The graph is read as undirected and simple: influence flows both ways in an alliance, and
// two organisations tied three ways are still one pair.

/** Day numbers of a relationship's validity, open ends as infinities, for comparing without parsing dates again. */
export function validityDays(item, dateToDay) {
  return [item.validFrom ? dateToDay(item.validFrom) : -Infinity, item.validTo ? dateToDay(item.validTo) : Infinity];
}

/**
 * PageRank (alpha 0.85, dangling nodes' share spread evenly, stopping when the total change is below n × 1e-6 or after
 * 100 iterations) of the `count` nodes over the edges valid on `day`.
 * @remarks Page, Brin, Motwani, Winograd, "The PageRank citation ranking" (1999); the same iteration as
 * graphology-metrics' pagerank, which this replaces so that a 100,000-edge graph is ranked off the page's thread.
 */
export function pageRank({ count, sources, targets, from, to }, day) {
  const pairs = new Set();
  const degree = new Uint32Array(count);
  const ends = [];
  for (let e = 0; e < sources.length; e++) {
    if (!(from[e] <= day && day <= to[e])) continue;
    const a = Math.min(sources[e], targets[e]);
    const b = Math.max(sources[e], targets[e]);
    const pair = a * count + b;
    if (a === b || pairs.has(pair)) continue;
    pairs.add(pair);
    ends.push(a, b);
    degree[a]++;
    degree[b]++;
  }
  const starts = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = starts[i] + degree[i];
  const neighbours = new Uint32Array(starts[count]);
  const filled = starts.slice(0, count);
  for (let k = 0; k < ends.length; k += 2) {
    neighbours[filled[ends[k]]++] = ends[k + 1];
    neighbours[filled[ends[k + 1]]++] = ends[k];
  }
  const alpha = 0.85;
  const p = 1 / count;
  let x = new Float64Array(count).fill(p);
  let next = new Float64Array(count);
  for (let iteration = 0; iteration < 100; iteration++) {
    let dangling = 0;
    for (let i = 0; i < count; i++) if (degree[i] === 0) dangling += x[i];
    const base = (alpha * dangling + 1 - alpha) * p;
    next.fill(base);
    for (let i = 0; i < count; i++) {
      if (degree[i] === 0) continue;
      const share = (alpha * x[i]) / degree[i];
      for (let j = starts[i]; j < starts[i + 1]; j++) next[neighbours[j]] += share;
    }
    let change = 0;
    for (let i = 0; i < count; i++) change += Math.abs(next[i] - x[i]);
    [x, next] = [next, x];
    if (change < count * 1e-6) break;
  }
  return x;
}
