// Accessible, sortable tables: a <table> with a caption, column headers that are buttons, and aria-sort on the sorted
// column — the same data as a picture, for screen readers and for people who prefer rows.
import { strings } from './strings.js';

/**
 * Renders rows into `container`. columns: [{ key, label, numeric, format }]. Clicking a header sorts by it (again:
 * reverses). onRow(row) makes rows activatable with a click or Enter.
 */
export function renderTable(container, { caption, columns, rows, limit = 1000, onRow, sort = null }) {
  const state = container._tableState ?? { sort: sort ?? { key: columns[0].key, descending: false } };
  container._tableState = state;
  const draw = () => {
    const { key, descending } = state.sort;
    const column = columns.find((c) => c.key === key) ?? columns[0];
    const sorted = [...rows].sort((a, b) => {
      const x = a[column.key];
      const y = b[column.key];
      const order = column.numeric ? (x ?? -Infinity) - (y ?? -Infinity) : String(x ?? '').localeCompare(String(y ?? ''));
      return descending ? -order : order;
    });
    const table = document.createElement('table');
    table.className = 'data-table';
    const captionElement = document.createElement('caption');
    captionElement.textContent = rows.length > limit ? `${caption} (${limit} of ${rows.length})` : caption;
    table.append(captionElement);
    const head = table.createTHead().insertRow();
    for (const c of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      if (c.numeric) th.className = 'numeric';
      if (c.key === key) th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = c.label;
      if (c.key === key) {
        const arrow = document.createElement('span');
        arrow.textContent = descending ? ' ▾' : ' ▴';
        arrow.setAttribute('aria-label', descending ? strings.sortDescending : strings.sortAscending);
        button.append(arrow);
      }
      button.addEventListener('click', () => {
        state.sort = { key: c.key, descending: c.key === key ? !descending : Boolean(c.numeric) };
        draw();
        container.querySelector(`th:nth-child(${columns.indexOf(c) + 1}) button`)?.focus();
      });
      th.append(button);
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of sorted.slice(0, limit)) {
      const tr = body.insertRow();
      if (onRow) {
        tr.tabIndex = 0;
        tr.addEventListener('click', () => onRow(row));
        tr.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') onRow(row);
        });
      }
      for (const c of columns) {
        const cell = tr.insertCell();
        if (c.numeric) cell.className = 'numeric';
        cell.textContent = c.format ? c.format(row[c.key], row) : row[c.key] ?? '';
      }
    }
    container.replaceChildren(table);
  };
  draw();
}
