import { describe, expect, it } from 'vitest';
import { groupNavigation } from '../../../src/pages/groups/group-nav.js';
import { dueActionsView, nextMeetingView, relativeDay } from '../../../src/pages/groups/group-home-view.js';
import type { Action } from '../../../src/meetings/action.js';

describe('groupNavigation: the group menu says where the user is', () => {
  const current = (path: string) => groupNavigation(3, path).filter((i) => i.current).map((i) => `${i.label}:${i.current}`);

  it('has the seven sections in order, with their addresses', () => {
    expect(groupNavigation(3, '/grupper/3').map((i) => [i.label, i.href])).toEqual([
      ['Overblik', '/grupper/3'],
      ['Indikatorer', '/grupper/3/indikatorer'],
      ['Mål', '/grupper/3/maal'],
      ['Ledermøder', '/grupper/3/moeder'],
      ['Handlinger', '/grupper/3/handlinger'],
      ['Data', '/grupper/3/data'],
      ['Historik', '/grupper/3/historik'],
    ]);
  });

  it.each([
    ['/grupper/3', ['Overblik:page']],
    ['/grupper/3/', ['Overblik:page']],
    ['/grupper/3/indikatorer', ['Indikatorer:page']],
    ['/grupper/3/indikatorer/12', ['Indikatorer:true']],
    ['/grupper/3/overblik', ['Indikatorer:true']],
    ['/grupper/3/maal/4/trin/m', ['Mål:true']],
    ['/grupper/3/moeder/9/referat', ['Ledermøder:true']],
    ['/grupper/3/data', ['Data:page']],
    ['/grupper/3/import/5', ['Data:true']],
    ['/grupper/3/importer/5', ['Data:true']],
    ['/grupper/3/tilknytninger', ['Data:true']],
    ['/grupper/3/api-noegler', ['Data:true']],
    ['/grupper/3/rediger', []],
    ['/grupper/30', []],
  ])('%s', (path, expected) => expect(current(path)).toEqual(expected));
});

describe('the home page’s "what now"', () => {
  it.each([
    ['2026-12-10', 'i dag'],
    ['2026-12-11', 'i morgen'],
    ['2026-12-24', 'om 14 dage'],
    ['2026-12-09', 'i går'],
    ['2026-12-01', 'for 9 dage siden'],
  ])('relativeDay(10 Dec, %s) is %s', (date, text) => expect(relativeDay('2026-12-10', date)).toBe(text));

  const meeting = { id: 4, groupId: 2, title: 'Ledermøde december', date: '2026-12-17', startTime: null, durationMinutes: 60, location: '', invitationSequence: 0, attendees: '', chairUserId: null, secretaryUserId: null, closedAt: null };
  it('asks an editor to prepare a meeting with an empty agenda, and opens a prepared one', () => {
    expect(nextMeetingView(meeting, 0, '2026-12-10', 'editor')).toMatchObject({ buttonLabel: 'Forbered mødet', href: '/grupper/2/moeder/4#dagsorden', agendaText: 'Dagsordenen er tom', relative: 'om 7 dage' });
    expect(nextMeetingView(meeting, 3, '2026-12-10', 'editor')).toMatchObject({ buttonLabel: 'Åbn mødet', href: '/grupper/2/moeder/4', agendaText: 'Dagsorden: 3 punkter' });
    expect(nextMeetingView(meeting, 1, '2026-12-10', 'editor').agendaText).toBe('Dagsorden: 1 punkt');
    expect(nextMeetingView(meeting, 0, '2026-12-10', 'reader')).toMatchObject({ buttonLabel: 'Åbn mødet', href: '/grupper/2/moeder/4' });
    expect(nextMeetingView(meeting, 2, '2026-12-20', 'editor')).toMatchObject({ heldNotClosed: 'Mødet er holdt, men ikke afsluttet.', relative: 'for 3 dage siden' });
    expect(nextMeetingView({ ...meeting, startTime: '09:00', location: 'Mødelokale 2' }, 2, '2026-12-10', 'editor')).toMatchObject({ timeText: 'kl. 9.00', location: 'Mødelokale 2' });
  });

  const action = (id: number, dueDate: string, status: Action['status'] = 'open'): Action => ({
    id, groupId: 2, meetingId: 1, itemId: 1, indicatorId: 7, goalId: null, whatAndWhy: `Handling ${id}`, howAndWho: 'x', responsible: 'Mette', dueDate, startPeriod: null, interventionKind: null, status, createdAt: '', updatedAt: '',
  });
  it('lists open actions overdue or due within two weeks, soonest first, with who, what and when', () => {
    const board = {
      entries: [{ indicator: { id: 7, name: 'Sygefravær' } }] as never,
      actions: [action(1, '2026-12-30'), action(2, '2026-12-01'), action(3, '2026-12-24'), action(4, '2026-11-01', 'done'), action(5, '2026-12-25')],
    };
    expect(dueActionsView(board, '2026-12-10').map((a) => [a.id, a.who, a.dueText, a.overdue, a.badge, a.indicatorName])).toEqual([
      [2, 'Mette', '1. december 2026', true, 'Fristen er overskredet', 'Sygefravær'],
      [3, 'Mette', '24. december 2026', false, 'Frist snart', 'Sygefravær'],
    ]);
  });
});
