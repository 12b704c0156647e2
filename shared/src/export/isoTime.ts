const DAY = 86_400_000;
// Dates a Date prints as YYYY-MM-DD: year 0 to 9999 (others get a sign and six digits).
const LAST = 253_402_300_800_000;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `new Date(ms).toISOString()`, with each day's date written once: an export prints thousands
 * of times from the same few days, and a Date per time cost a twentieth of a big export.
 * Built for one export and dropped with it, so its cache is bounded by that export's days.
 */
export function isoTimeWriter(): (ms: number) => string {
  const days = new Map<number, string>();
  return (ms) => {
    if (!Number.isInteger(ms) || ms < 0 || ms >= LAST) return new Date(ms).toISOString();
    const day = Math.floor(ms / DAY);
    let date = days.get(day);
    if (date === undefined) {
      date = new Date(day * DAY).toISOString().slice(0, 11);
      days.set(day, date);
    }
    let rest = ms - day * DAY;
    const milli = rest % 1000;
    rest = (rest - milli) / 1000;
    const second = rest % 60;
    rest = (rest - second) / 60;
    return `${date}${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}:${pad2(second)}.${pad3(milli)}Z`;
  };
}
