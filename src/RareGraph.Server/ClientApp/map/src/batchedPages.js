// Many connection pages in few requests. The API pages every list (at most 100 items a page) and prices a request by
// what it may return (each field counts once per item a page may hold, RareGraph:Limits:MaxComplexity, 50,000 by
// default). Asking one page per request made a 20,000-node network 246 sequential-ish round trips; here every page the
// loader wants next becomes one aliased field of a shared request, packed up to the cost budget, with a couple of
// requests in flight at once. Each answer can ask for more pages (the next cursor, a finer partition), which join the
// following requests.
import { graphql } from './api.js';

// Under the server's defaults (RareGraph:Limits: complexity 50,000, 100 aliases, 2,000 selections), with some room.
const requestBudget = 45_000;
const maxAliases = 90;
const maxSelections = 1_800;
const inFlight = 2;

function fieldCount(selection) {
  return selection.replace(/[{}]/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** What the server's cost estimate charges for a connection of `size` items with this selection (every field once per item). */
export function connectionCost(size, selection) {
  return 1 + Math.max(1, size) * fieldCount(selection);
}

/**
 * A queue of page requests ("slots"). A slot is { field, type, args, selection, cost, accept(data) }: `field` the
 * Query field, `type` its `where` input type (or null), `args` its arguments (where, first, after, last, before),
 * `selection` what to read, and `accept` called with the field's answer; it may add further slots.
 */
export class BatchedPages {
  constructor() {
    this.queue = [];
    this.requests = 0;
  }

  add(slot) {
    this.queue.push({ ...slot, cost: slot.cost ?? connectionCost(slot.args.first ?? slot.args.last ?? 25, slot.selection) });
  }

  /** Runs until no slot is left; resolves with the number of requests it sent. */
  async run() {
    const running = new Set();
    let failure = null;
    const launch = () => {
      while (!failure && running.size < inFlight && this.queue.length) {
        const batch = this.takeBatch();
        const request = this.send(batch).catch((error) => { failure ??= error; }).finally(() => running.delete(request));
        running.add(request);
      }
    };
    launch();
    while (running.size) {
      await Promise.race(running);
      if (failure) break;
      launch();
    }
    if (failure) throw failure;
    return this.requests;
  }

  takeBatch() {
    const batch = [];
    let cost = 0;
    let selections = 0;
    const fits = (slot) => batch.length < maxAliases && cost + slot.cost <= requestBudget
      && selections + fieldCount(slot.selection) + 1 <= maxSelections;
    while (this.queue.length && (batch.length === 0 || fits(this.queue[0]))) {
      const slot = this.queue.shift();
      cost += slot.cost;
      selections += fieldCount(slot.selection) + 1;
      batch.push(slot);
    }
    return batch;
  }

  async send(batch) {
    const declarations = [];
    const fields = [];
    const variables = {};
    batch.forEach((slot, i) => {
      const args = [];
      for (const [name, value] of Object.entries(slot.args)) {
        if (value === undefined || value === null) continue;
        const variable = `${name}${i}`;
        const type = { where: slot.type, first: 'Int', last: 'Int', after: 'String', before: 'String' }[name];
        declarations.push(`$${variable}: ${type}`);
        args.push(`${name}: $${variable}`);
        variables[variable] = value;
      }
      fields.push(`s${i}: ${slot.field}${args.length ? `(${args.join(', ')})` : ''} { ${slot.selection} }`);
    });
    const query = `query LoadNetwork${declarations.length ? `(${declarations.join(', ')})` : ''} {\n${fields.join('\n')}\n}`;
    this.requests++;
    const data = await graphql(query, variables);
    batch.forEach((slot, i) => slot.accept(data[`s${i}`]));
  }
}
