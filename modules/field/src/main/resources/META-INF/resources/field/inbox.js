// The staff inbox (GET /api/me/inbox): reminders for the signed-in account, newest first, each
// with its subject, body and time. Online only: the inbox is never stored on the device (it is
// the server's, and a reminder can name a child), so offline the app says so instead of listing.

/** How many items the field app shows. */
export const SHOWN = 50;

/**
 * Reads the inbox through {@code api} (app.js's: resolves {status, ok, body}, throws {network:
 * true} when the network fails): the newest SHOWN items ({@code GET /api/me/inbox}) and how many
 * are unread ({@code GET /api/me/inbox/unread} → {unread}). Answers {state: 'offline'} when the
 * device is offline or the network failed, {state: 'failed', status, problem} for an error answer,
 * else {state: 'online', items, more, unread}: whether there are older items than those shown, and
 * the unread count of the whole inbox.
 */
export async function loadInbox(api, online = true) {
  if (!online) return { state: 'offline' };
  let all;
  let unread;
  try {
    [all, unread] = await Promise.all([api(`/api/me/inbox?limit=${SHOWN}`), api('/api/me/inbox/unread')]);
  } catch (cut) {
    if (cut && cut.network) return { state: 'offline' };
    throw cut;
  }
  const failed = [all, unread].find((answer) => !answer.ok);
  if (failed) return { state: 'failed', status: failed.status, problem: failed.body };
  return {
    state: 'online',
    items: (all.body && all.body.items) || [],
    more: !!(all.body && all.body.nextCursor),
    unread: Number((unread.body && unread.body.unread) || 0),
  };
}

/** Marks an item read (POST /api/me/inbox/{id}/read); answers the item as the server now has it. */
export async function markRead(api, id) {
  const answer = await api(`/api/me/inbox/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} });
  return answer.ok ? answer.body : null;
}

/** The unread count as the badge writes it: '' for none, '99+' beyond 99 (the badge stays small). */
export function unreadBadge(count) {
  if (!count) return '';
  return count > 99 ? '99+' : String(count);
}

/** Whether an item is still unread. */
export function isUnread(item) {
  return !item.readAt;
}
