/** "14:02" today, "3 Jan, 14:02" on another day: when the journal kept the text. */
export function recoveryTime(savedAt: number, now: number = Date.now()): string {
  const then = new Date(savedAt);
  const sameDay = then.toDateString() === new Date(now).toDateString();
  return sameDay
    ? then.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : then.toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
