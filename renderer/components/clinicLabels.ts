export function clinicTitle(name: string | undefined): string {
  return name?.trim() ? name : 'Untitled clinic';
}

export function formatDate(iso: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "Springfield, last visit Mar 3, 2026": what tells a clinic from another named alike. */
export function placeAndVisit(city: string, lastVisit: string): string {
  return `${city || 'no city in its address'}, ${lastVisit ? `last visit ${formatDate(lastVisit)}` : 'no visit yet'}`;
}
