// The local console's page. Every string from an order or an email is set with textContent (never
// parsed as HTML); the server's CSP allows this script and nothing inline.

const STATUSES = ['RECEIVED', 'PROCESSING', 'INVOICED', 'NOTIFIED'];
const ALL_STATUSES = [...STATUSES, 'CANCELLED', 'FAILED'];
const orders = new Map();
let selectedId = new URLSearchParams(location.search).get('order');
let depth = { waiting: 0, inFlight: 0 };

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
};
const time = (iso) => (iso ? new Date(iso).toISOString().slice(11, 23) : '');
const dateTime = (iso) => (iso ? new Date(iso).toISOString().replace('T', ' ').slice(0, 23) : '');

async function api(path, init) {
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `${response.status}`);
  return body;
}
const post = (path) => api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

function statusBadge(status) {
  return el('span', { class: `status status-${status.toLowerCase()}`, text: status });
}

/** RECEIVED → … → NOTIFIED as steps, each with the time it was reached. */
function timelineCells(order) {
  const reached = new Map(order.timeline.filter((e) => ALL_STATUSES.includes(e.what)).map((e) => [e.what, e.at]));
  const steps = order.status === 'CANCELLED' || order.status === 'FAILED' ? [...STATUSES.filter((s) => reached.has(s)), order.status] : STATUSES;
  return el(
    'ol',
    { class: 'steps' },
    ...steps.map((status) =>
      el('li', { class: reached.has(status) ? `done step-${status.toLowerCase()}` : 'todo', title: reached.get(status) ?? 'not yet' }, el('span', { text: status }), el('time', { text: time(reached.get(status)) })),
    ),
  );
}

function renderOrders() {
  const body = $('orders').tBodies[0];
  const sorted = [...orders.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.orderId.localeCompare(a.orderId));
  body.replaceChildren(
    ...sorted.map((order) => {
      const row = el(
        'tr',
        { 'data-order-id': order.orderId, 'data-status': order.status, class: order.orderId === selectedId ? 'selected' : '' },
        el('td', { class: 'order-id', text: order.orderId }),
        el('td', { text: order.customer.name }),
        el('td', { class: 'money', text: order.total }),
        el('td', {}, statusBadge(order.status)),
        el('td', {}, timelineCells(order)),
      );
      row.addEventListener('click', () => select(order.orderId));
      return row;
    }),
  );
  $('no-orders').hidden = orders.size > 0;
  const failed = sorted.filter((o) => o.status === 'FAILED');
  $('failed-count').textContent = String(failed.length);
  $('failed-orders').replaceChildren(
    ...failed.map((o) => el('li', {}, el('span', { class: 'order-id', text: o.orderId }), ' ', el('span', { class: 'reason', text: o.failureReason ?? '' }))),
  );
  $('dlq-depth').textContent = `${depth.waiting} waiting${depth.inFlight ? `, ${depth.inFlight} in flight` : ''}`;
}

async function renderDetail() {
  const order = orders.get(selectedId);
  $('detail').hidden = !order;
  $('detail-empty').hidden = Boolean(order);
  if (!order) return;
  const { order: view, emails, invoice } = await api(`/api/orders/${encodeURIComponent(order.orderId)}`);
  if (view.orderId !== selectedId) return;
  $('detail-id').textContent = view.orderId;
  $('detail-customer').textContent = `${view.customer.name} <${view.customer.email}> · ${view.total} · ${view.lines} line${view.lines === 1 ? '' : 's'}`;
  $('detail-status').replaceWith(Object.assign(statusBadge(view.status), { id: 'detail-status' }));
  $('detail-timeline').replaceChildren(...view.timeline.map((e) => el('li', {}, el('time', { text: dateTime(e.at) }), ' ', el('span', { text: e.what }))));

  const facts = [];
  const fact = (term, value) => value && facts.push(el('dt', { text: term }), el('dd', { text: value }));
  fact('Invoice', invoice ? `${invoice.invoiceNumber} · ${invoice.objectKey}${invoice.pdfStored ? '' : ' (not stored yet)'}` : '');
  const n = view.notification;
  if (n) {
    fact('Email', [n.notifiedAt && `sent ${dateTime(n.notifiedAt)}`, n.resends && `resent ${n.resends}×`, n.resendRequestedAt && 'resend requested'].filter(Boolean).join(' · '));
    fact('Failed attempts', n.failedAttempts ? String(n.failedAttempts) : '');
    fact('Last error', n.lastError ?? '');
  }
  fact('Failure', view.failureReason ?? '');
  fact('Redrives', view.redrives ? String(view.redrives) : '');
  $('detail-facts').replaceChildren(...facts);
  $('resend').disabled = !(view.status === 'INVOICED' || view.status === 'NOTIFIED');

  const frame = $('invoice-pdf');
  const pdfUrl = invoice?.pdfStored ? view.pdfUrl : undefined;
  if (pdfUrl && frame.getAttribute('src') !== pdfUrl) {
    // `data-loaded` says the viewer has the document (for people and tests alike).
    frame.removeAttribute('data-loaded');
    frame.addEventListener('load', () => frame.setAttribute('data-loaded', pdfUrl), { once: true });
    frame.setAttribute('src', pdfUrl);
  }
  frame.hidden = !pdfUrl;
  $('invoice-none').hidden = Boolean(pdfUrl);

  void renderTrace(view.orderId, view.status).catch(showError);

  $('emails-none').hidden = emails.length > 0;
  // Emails already shown keep their frames: a redraw would reload every one of them.
  const shown = new Map([...$('emails').children].map((li) => [li.dataset.emailId, li]));
  $('emails').replaceChildren(
    ...emails.map(
      (email) =>
        shown.get(email.id) ??
        el(
          'li',
          { 'data-email-id': email.id },
          el('p', { class: 'email-head' }, el('strong', { text: email.subject }), ' ', el('span', { text: `to ${email.to.join(', ')} · ${dateTime(email.date)}` })),
          el('iframe', { class: 'email-body', title: `Email: ${email.subject}`, sandbox: '', src: email.htmlUrl }),
        ),
    ),
  );
}

/**
 * The order's traces from the stack's span file: one row per span, indented under its parent, with
 * a bar for when it ran. The email's span ends a moment after NOTIFIED is stored, so while an
 * order shown as NOTIFIED has no notifier span yet, the trace is fetched again shortly.
 */
async function renderTrace(orderId, status, attempt = 0) {
  const { traces } = await api(`/api/orders/${encodeURIComponent(orderId)}/trace`);
  if (orderId !== selectedId) return;
  const rows = traces.flatMap((trace) => {
    const end = Math.max(...trace.map((span) => span.offsetMs + span.durationMs), 1);
    return trace.map((span) => {
      const bar = el('span', { class: `bar bar-${span.service}` });
      // CSSOM, not a style attribute: the CSP allows no inline style.
      bar.style.marginLeft = `${(span.offsetMs / end) * 100}%`;
      bar.style.width = `${Math.max((span.durationMs / end) * 100, 0.5)}%`;
      return el(
        'tr',
        { 'data-span-id': span.spanId, 'data-trace-id': span.traceId, class: span.status === 'ERROR' ? 'span-error' : '' },
        el('td', { class: `span-name depth-${Math.min(span.depth, 4)}`, text: span.name }),
        el('td', { text: span.service }),
        el('td', { text: `+${span.offsetMs} ms` }),
        el('td', { text: `${span.durationMs.toFixed(1)} ms` }),
        el('td', { class: 'span-bar' }, bar),
      );
    });
  });
  $('trace').querySelector('tbody').replaceChildren(...rows);
  $('trace').hidden = rows.length === 0;
  $('trace-none').hidden = rows.length > 0;
  const emailed = traces.some((trace) => trace.some((span) => span.service === 'notifier'));
  if (status === 'NOTIFIED' && !emailed && attempt < 20) setTimeout(() => void renderTrace(orderId, status, attempt + 1).catch(showError), 250);
}

function select(orderId) {
  selectedId = orderId;
  history.replaceState(null, '', `?order=${encodeURIComponent(orderId)}`);
  renderOrders();
  void renderDetail().catch(showError);
}

function logActivity(orderId, at, text) {
  $('activity').prepend(el('li', {}, el('time', { text: time(at) }), ' ', el('span', { class: 'order-id', text: orderId }), ' ', el('span', { text })));
  while ($('activity').children.length > 100) $('activity').lastChild.remove();
}

/**
 * Logs what happened to an order since the page last saw it, from the order's own timeline: a
 * poll may come after two steps (PROCESSING, then INVOICED and NOTIFIED), and each is shown.
 */
function logChanges(known, order) {
  const seen = new Set((known?.timeline ?? []).map((e) => `${e.what}@${e.at}`));
  let previous = known?.status;
  for (const entry of order.timeline.filter((e) => !seen.has(`${e.what}@${e.at}`))) {
    if (ALL_STATUSES.includes(entry.what)) {
      logActivity(order.orderId, entry.at, previous ? `${previous} → ${entry.what}` : `new order, ${entry.what}`);
      previous = entry.what;
    } else {
      logActivity(order.orderId, entry.at, entry.what);
    }
  }
  // A status whose time was kept from before (a redrive reopens at RECEIVED or PROCESSING).
  if (previous !== order.status) logActivity(order.orderId, order.updatedAt, `${previous} → ${order.status}`);
  const failures = order.notification?.failedAttempts ?? 0;
  if (failures > (known?.notification?.failedAttempts ?? 0)) logActivity(order.orderId, order.updatedAt, `email failed: ${order.notification.lastError ?? ''}`);
}

/** Applies an order from the feed if it is newer than what the page has; logs what changed. */
function apply(order) {
  const known = orders.get(order.orderId);
  if (known && known.updatedAt >= order.updatedAt) return;
  orders.set(order.orderId, order);
  logChanges(known, order);
  renderOrders();
  if (order.orderId === selectedId) void renderDetail().catch(showError);
}

/** What an event says besides its type: the invoice or credit note number, the status it left. */
function eventSummary(event) {
  const data = event.data ?? {};
  const number = data.invoiceNumber ?? data.creditNoteNumber;
  return [number, data.previousStatus ? `from ${data.previousStatus}` : undefined, data.failureReason].filter(Boolean).join(', ');
}

/** Shows an order event from the topic, newest first. */
function logEvent(event) {
  $('no-events').hidden = true;
  $('events').prepend(
    el(
      'li',
      { 'data-event-type': event.eventType, 'data-order-id': event.orderId },
      el('time', { text: time(event.occurredAt) }),
      ' ',
      el('strong', { text: event.eventType }),
      ' ',
      el('span', { class: 'order-id', text: event.orderId }),
      ' ',
      el('span', { text: eventSummary(event) }),
    ),
  );
  while ($('events').children.length > 200) $('events').lastChild.remove();
}

function showError(error) {
  $('action-result').textContent = `Error: ${error.message}`;
}

function connect() {
  const feed = new EventSource('/api/feed');
  feed.addEventListener('open', () => ($('connection').textContent = 'live'));
  feed.addEventListener('error', () => ($('connection').textContent = 'reconnecting…'));
  feed.addEventListener('snapshot', (event) => {
    const snapshot = JSON.parse(event.data);
    depth = snapshot.depth;
    for (const order of snapshot.orders) {
      const known = orders.get(order.orderId);
      if (!known || known.updatedAt < order.updatedAt) orders.set(order.orderId, order);
    }
    renderOrders();
    if (selectedId && orders.has(selectedId)) void renderDetail().catch(showError);
  });
  feed.addEventListener('order', (event) => apply(JSON.parse(event.data).order));
  feed.addEventListener('event', (event) => logEvent(JSON.parse(event.data).event));
  feed.addEventListener('dead-letters', (event) => {
    depth = JSON.parse(event.data).depth;
    renderOrders();
  });
}

async function runAction(button, resultId, action, describe) {
  button.disabled = true;
  $(resultId).textContent = 'working…';
  try {
    $(resultId).textContent = describe(await action());
  } catch (error) {
    $(resultId).textContent = `Error: ${error.message}`;
  } finally {
    button.disabled = false;
  }
}

$('redrive').addEventListener('click', () =>
  runAction($('redrive'), 'action-result', () => post('/api/dead-letters/redrive'), (r) => `Redrive: ${r.movedFromQueue} moved from the queue, ${r.reopened.length} FAILED order(s) reopened.`),
);
$('replay').addEventListener('click', () =>
  runAction($('replay'), 'action-result', () => post('/api/notifications/replay'), (r) => `Replay: ${r.replayed.length} failed email(s) of ${r.invoiced} INVOICED order(s) tried again.`),
);
$('resend').addEventListener('click', () =>
  runAction($('resend'), 'resend-result', () => post(`/api/orders/${encodeURIComponent(selectedId)}/resend`), (r) => (r.action === 'resend-requested' ? 'Resend requested.' : 'Notification triggered again.')),
);

connect();
