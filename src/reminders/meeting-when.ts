import { displayTime } from '../meetings/meeting.js';

const weekdayDate = new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** "torsdag den 10. december 2026 kl. 9.00–10.00", as Danes write a meeting's time. */
export function meetingWhen(meeting: { date: string; startTime: string | null; durationMinutes: number }): string {
  const parts = weekdayDate.formatToParts(new Date(`${meeting.date}T12:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('weekday')} den ${part('day')}. ${part('month')} ${part('year')}`;
  if (!meeting.startTime) return day;
  const end = addMinutes(meeting.startTime, meeting.durationMinutes);
  return `${day} ${displayTime(meeting.startTime)}–${displayTime(end).replace('kl. ', '')}`;
}
