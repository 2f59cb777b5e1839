// The staff inbox (GET /api/me/inbox): reminders for the signed-in account, newest first, each
// with its subject, body and time. Online only: the inbox is never stored on the device (it is
// the server's, and a reminder can name a child), so offline the app says so instead of listing.

/** How many items the field app shows, and counts as unread at most (more: "50+"). */
export const SHOWN = 50;

/**
 * Reads the inbox through {@code api} (app.js's: resolves {status, ok, body}, throws {network:
 * true} when the network fails). Answers {state: 'offline'} when the device is offline or the
 * network failed, {state: 'failed', status, problem} for an error answer, else {state: 'online',
 * items, more, unread, unreadMore}: the newest SHOWN items, whether there are older ones, and how
 * many of them are unread (at most SHOWN, unreadMore when there are more).
 */
export async function loadInbox(api, online = true) {
  if (!online) return { state: 'offline' };
  let all;
  let unread;
  try {
    [all, unread] = await Promise.all([
      api(`/api/me/inbox?unread=false&limit=${SHOWN}`),
      api(`/api/me/inbox?unread=true&limit=${SHOWN}`),
    ]);
  } catch (cut) {
    if (cut && cut.network) return { state: 'offline' };
    throw cut;
  }
  const failed = [all, unread].find((answer) => !answer.ok);
  if (failed) return { state: 'failed', status: failed.status, problem: failed.body };
  const items = (all.body && all.body.items) || [];
  const unreadItems = (unread.body && unread.body.items) || [];
  return {
    state: 'online',
    items,
    more: !!(all.body && all.body.nextCursor),
    unread: unreadItems.length,
    unreadMore: !!(unread.body && unread.body.nextCursor),
  };
}

/** Marks an item read (POST /api/me/inbox/{id}/read); answers the item as the server now has it. */
export async function markRead(api, id) {
  const answer = await api(`/api/me/inbox/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} });
  return answer.ok ? answer.body : null;
}

/** The unread count as the badge writes it: '' for none, '50+' when there are more than shown. */
export function unreadBadge(count, more = false) {
  if (!count) return '';
  return more ? `${count}+` : String(count);
}

/** Whether an item is still unread. */
export function isUnread(item) {
  return !item.readAt;
}
