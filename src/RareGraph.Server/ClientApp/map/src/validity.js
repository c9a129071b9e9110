// Dates are YYYY-MM-DD strings, which compare correctly as text.

/** Whether a relationship (or entity) with inclusive validFrom/validTo holds on `date`. */
export function validOn(item, date) {
  if (!date) return true;
  return (!item.validFrom || item.validFrom <= date) && (!item.validTo || date <= item.validTo);
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

const dayMs = 86_400_000;

export function dateToDay(date) {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

export function dayToDate(day) {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}
