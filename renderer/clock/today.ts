/** Today's date on this computer's calendar, YYYY-MM-DD (not UTC: an evening in California is still today). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
