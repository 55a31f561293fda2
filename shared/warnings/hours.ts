import type { WorkHours } from './profile';

/** Local weekday (ISO, 1 = Monday) and minutes since midnight in a time zone. */
export interface LocalTime {
  day: number;
  minutes: number;
}

const DAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const DAY_NAME = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(at: Date, timeZone: string): LocalTime {
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === 'weekday') day = DAY_NUMBER[part.value] ?? 0;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { day, minutes: hour * 60 + minute };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether `at` falls inside the hours; an end before the start runs past midnight. */
export function isInside(hours: WorkHours, at: Date): boolean {
  const { day, minutes } = localTime(at, hours.timeZone);
  const start = toMinutes(hours.start);
  const end = toMinutes(hours.end);
  if (start === end) return hours.days.includes(day);
  if (start < end) return hours.days.includes(day) && minutes >= start && minutes < end;
  const previous = day === 1 ? 7 : day - 1;
  return (hours.days.includes(day) && minutes >= start) || (hours.days.includes(previous) && minutes < end);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "Sat 23:14" in the hours' time zone. */
export function describeLocal(at: Date, timeZone: string): string {
  const { day, minutes } = localTime(at, timeZone);
  return `${DAY_NAME[day] ?? '?'} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "Mon–Fri 09:00–17:30" (consecutive days shown as a range); "Sat, Sun all day" when the start is the end (`isInside`). */
export function describeHours(hours: WorkHours): string {
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    runs.push(j > i + 1 ? `${DAY_NAME[days[i]!]}–${DAY_NAME[days[j]!]}` : days.slice(i, j + 1).map((d) => DAY_NAME[d]).join(', '));
    i = j + 1;
  }
  return `${runs.join(', ')} ${hours.start === hours.end ? 'all day' : `${hours.start}–${hours.end}`}`;
}
