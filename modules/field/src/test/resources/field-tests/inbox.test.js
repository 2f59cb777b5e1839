import { test, assert, eq } from './runner.js';
import { loadInbox, markRead, unreadBadge, isUnread, SHOWN } from '../field/inbox.js';
import { MESSAGES } from '../field/i18n.js';

/** A stand-in for app.js's api(): answers from a table of paths, records what was asked. */
function fakeApi(answers) {
  const asked = [];
  const api = async (path, options = {}) => {
    asked.push(`${options.method || 'GET'} ${path}`);
    const answer = answers[path];
    if (answer === 'cut') throw { network: true };
    if (!answer) return { status: 404, ok: false, body: { title: 'Not Found' } };
    return answer;
  };
  return { api, asked };
}

const item = (id, readAt = null) => ({
  id, rule: 'referral-overdue', subject: '转诊逾期 R-2026-000123', body: '请联系家属', causeType: 'REFERRAL',
  causeId: 'r1', link: 'records/referral.xhtml?id=r1', createdAt: '2026-12-05T08:30:00Z', readAt,
});

test('inbox: online, it lists the newest items and counts the unread ones', async () => {
  const { api, asked } = fakeApi({
    [`/api/me/inbox?limit=${SHOWN}`]: { status: 200, ok: true, body: { items: [item('a'), item('b', '2026-12-05T09:00:00Z')], nextCursor: 'c2' } },
    '/api/me/inbox/unread': { status: 200, ok: true, body: { unread: 7 } },
  });
  const inbox = await loadInbox(api, true);
  eq(inbox.state, 'online');
  eq(inbox.items.map((i) => i.id), ['a', 'b']);
  eq([inbox.more, inbox.unread], [true, 7]);
  eq(asked.sort(), ['GET /api/me/inbox/unread', `GET /api/me/inbox?limit=${SHOWN}`]);
  eq([isUnread(inbox.items[0]), isUnread(inbox.items[1])], [true, false]);
});

test('inbox: offline, it asks nothing and says offline; a cut network is offline too', async () => {
  const quiet = fakeApi({});
  eq(await loadInbox(quiet.api, false), { state: 'offline' });
  eq(quiet.asked, []);
  const cut = fakeApi({ [`/api/me/inbox?limit=${SHOWN}`]: 'cut', '/api/me/inbox/unread': 'cut' });
  eq(await loadInbox(cut.api, true), { state: 'offline' });
});

test('inbox: an error answer is a failure with its problem, not an empty inbox', async () => {
  const problem = { type: 'about:blank', title: 'Forbidden', status: 403 };
  const { api } = fakeApi({
    [`/api/me/inbox?limit=${SHOWN}`]: { status: 403, ok: false, body: problem },
    '/api/me/inbox/unread': { status: 403, ok: false, body: problem },
  });
  const inbox = await loadInbox(api, true);
  eq([inbox.state, inbox.status, inbox.problem.title], ['failed', 403, 'Forbidden']);
});

test('inbox: mark read posts to the item and answers it; a refusal answers null', async () => {
  const { api, asked } = fakeApi({ '/api/me/inbox/a%2Fb/read': { status: 200, ok: true, body: item('a/b', '2026-12-05T09:00:00Z') } });
  eq((await markRead(api, 'a/b')).readAt, '2026-12-05T09:00:00Z');
  eq(asked, ['POST /api/me/inbox/a%2Fb/read']);
  eq(await markRead(api, 'other'), null);
});

test('inbox: the badge says nothing for none, the count, and 99+ beyond 99', () => {
  eq([unreadBadge(0), unreadBadge(3), unreadBadge(99), unreadBadge(250)], ['', '3', '99', '99+']);
});

test('inbox: its texts are in all three languages', () => {
  for (const key of ['nav.inbox', 'inbox.title', 'inbox.offline', 'inbox.none', 'inbox.unread', 'inbox.unreadCount', 'inbox.markRead']) {
    for (const lang of ['zh', 'ug', 'en']) assert(MESSAGES[lang][key], `${lang} ${key}`);
  }
  assert(/[\u0626-\u06D5]/.test(MESSAGES.ug['inbox.offline']), 'Uyghur in Arabic script');
});
