"""The chat page's own styles and scripts (``app.py`` passes them to Gradio).

Colours are chosen for contrast of at least 4.5:1 in light and dark mode, measured in the page
(tests/app/test_page.py), including Gradio's 0.8 opacity on message text. The scripts only move
the view and focus, copy and download text the server prepared; they never build markup from
article text."""

from __future__ import annotations

# Gradio's default theme with the colours that fell short of 4.5:1 darkened (``theme.set(**THEME)``):
# white on orange-500 buttons (2.8:1), white on red-500 (3.8:1), the grey of "subdued" text (1.9:1).
THEME = {
    "button_primary_background_fill": "*primary_700",
    "button_primary_background_fill_dark": "*primary_700",
    "button_primary_background_fill_hover": "*primary_800",
    "button_primary_background_fill_hover_dark": "*primary_800",
    "button_cancel_background_fill": "#b91c1c",
    "button_cancel_background_fill_dark": "#b91c1c",
    "button_cancel_background_fill_hover": "#991b1b",
    "button_cancel_background_fill_hover_dark": "#991b1b",
    "body_text_color_subdued": "*neutral_600",
}

CSS = """
mark { background: #fff176; color: #1a1a1a; }
.dark mark { background: #ffe066; color: #111111; }
mark strong { color: inherit; }
.qa-answer { font-size: 1.2em; }
.qa-where { overflow-wrap: anywhere; }
#qa-article .qa-article-empty { padding: 1em; }
#qa-article .qa-article-title { font-weight: 600; }
#qa-article .qa-cite { font-size: .9em; overflow-wrap: anywhere; }
#qa-article .qa-note { color: #9a3412; }
.dark #qa-article .qa-note { color: #fdba74; }
#qa-article .qa-article-body { max-height: 65vh; overflow-y: auto; white-space: pre-wrap; line-height: 1.5;
  border: 1px solid rgba(128, 128, 128, .45); border-radius: 6px; padding: .75em; margin-top: .5em; }
#qa-article .qa-sentence { background: rgba(255, 200, 0, .16); }
#qa-article mark.qa-hl { background: #ffd54a; color: #111111; padding: 0 1px; }
#qa-cites .wrap { max-height: 40vh; overflow-y: auto; }
#qa-docs .qa-docs-table { max-height: 50vh; overflow: auto; }
#qa-docs table { width: 100%; border-collapse: collapse; font-size: .9em; }
#qa-docs caption { text-align: left; font-weight: 600; padding: .25em 0; }
#qa-docs th, #qa-docs td { text-align: left; vertical-align: top; padding: .3em .5em;
  border-bottom: 1px solid rgba(128, 128, 128, .35); }
#qa-docs .qa-file { overflow-wrap: anywhere; }
#qa-docs .qa-num { text-align: right; }
#qa-chat [data-testid=bot]:focus-visible, #qa-chat [data-testid=user]:focus-visible {
  outline: 3px solid #2563eb; outline-offset: 2px; }
footer a, footer button, footer .built-with, footer .show-api, footer .settings {
  color: var(--body-text-color) !important; }
"""

# Runs once when the page loads and then on every change to the page: chat messages become
# reachable by keyboard (Tab; Enter opens the source, as a click does), each named by its text
# rather than by its raw markdown, and a newly opened article shows its quote. The citations and
# passages lists are one Tab stop each, their choices walked with the arrow keys as a radio group's
# are (Gradio names each of its radios apart, so the browser does not).
PAGE_JS = """() => {
  const SEL = '#qa-chat [data-testid=bot], #qa-chat [data-testid=user]';
  const GROUPS = ['#qa-cites', '#qa-passages'];
  const radios = (group) => Array.from(document.querySelectorAll(group + ' input[type=radio]'));
  const name = (el) => {
    const who = el.getAttribute('data-testid') === 'bot' ? 'Reply' : 'Question';
    const text = (el.innerText || '').replace(/\\s+/g, ' ').trim();
    return who + ': ' + (text.length > 400 ? text.slice(0, 400) + ' …' : text);
  };
  let queued = false, shown = null;     // the data-key of the article opening last shown
  const fix = () => {
    queued = false;
    // A new article in the panel: its marked quote (or its top) in view, centred, or its start at
    // the top when the quote is taller than most of the panel.
    const body = document.getElementById('qa-article-body');
    if (body && body.getAttribute('data-key') !== shown) {
      shown = body.getAttribute('data-key');
      const m = document.getElementById('qa-hl');
      if (m) m.scrollIntoView({block: m.getBoundingClientRect().height > 0.8 * body.clientHeight ? 'start' : 'center'});
      else document.getElementById('qa-article').scrollIntoView({block: 'nearest'});
    }
    document.querySelectorAll(SEL).forEach((el) => {
      if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
      if (el.getAttribute('role') !== 'article') el.setAttribute('role', 'article');
      const label = name(el);
      if (el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label);
    });
    // A folded box's title is its button; the arrow icon inside it is decoration, not a second button.
    document.querySelectorAll('#qa-chat .thought-group .title button').forEach((b) => {
      if (!b.inert) b.inert = true;
    });
    // One Tab stop per list: its picked choice, else its first.
    GROUPS.forEach((group) => {
      const all = radios(group);
      const stop = all.find((r) => r.checked) || all[0];
      all.forEach((r) => {
        const t = r === stop ? '0' : '-1';
        if (r.getAttribute('tabindex') !== t) r.setAttribute('tabindex', t);
      });
    });
    // The footer's icons repeat the words next to them.
    document.querySelectorAll('footer img[alt]:not([alt=""])').forEach((img) => img.setAttribute('alt', ''));
  };
  new MutationObserver(() => { if (!queued) { queued = true; requestAnimationFrame(fix); } })
    .observe(document.body, {childList: true, subtree: true, characterData: true, attributeFilter: ['data-key']});
  const STEP = {ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1};
  document.addEventListener('keydown', (e) => {
    const el = e.target;
    if ((e.key === 'Enter' || e.key === ' ') && el instanceof HTMLElement && el.matches(SEL)) {
      e.preventDefault();
      el.click();
      return;
    }
    const group = el instanceof HTMLInputElement && el.type === 'radio' && GROUPS.find((g) => el.closest(g));
    if (group && !(e.altKey || e.ctrlKey || e.metaKey) && (e.key in STEP || e.key === 'Home' || e.key === 'End')) {
      const all = radios(group);
      const at = all.indexOf(el);
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1
        : (at + STEP[e.key] + all.length) % all.length;
      e.preventDefault();
      all.forEach((r) => r.setAttribute('tabindex', r === all[to] ? '0' : '-1'));
      all[to].focus();
      all[to].click();          // picked, as a radio group's arrow keys pick: the article opens at it
    }
  });
  try {
    fix();
  } finally {
    document.documentElement.setAttribute('data-qa-ready', '1');    // the page is wired up (tests wait for it)
  }
}"""

# A question asked: the box is emptied at once, in the page, for the next one (the question goes to the
# server as typed and waits its turn there: app.py ``on_typed``); emptied by the server's reply instead, a
# question typed while the request was on its way was wiped. What the box shows is taken when the page's
# state has not caught up with the typing yet (a question sent empty now and then).
TAKE_QUESTION_JS = """(question) => {
  const box = document.querySelector('#qa-question textarea');
  const typed = (question && question.trim()) ? question : (box ? box.value : '');  // Enter pressed before
  if (box && box.value === typed) {                                                // the box's value reached
    box.value = '';                                                                // the page's state
    box.dispatchEvent(new Event('input', {bubbles: true}));
  }
  return [typed];
}"""

# After a reply: the question asked at the top of the chat and the top of its reply under it (the
# reply's top, when the question takes more than a third of the chat), on screen, wherever the user
# had scrolled. Gets the chat's value, so it waits until that many questions are drawn. Once the
# user acts (scrolls, clicks, taps or types), no pass moves the view any more: a late pass used to pull
# the page back to the reply after the user had moved on (an open dropdown's options were left off
# screen, out of reach).
REPLY_IN_VIEW_JS = """(value) => {
  const asked = Array.isArray(value) ? value.filter((m) => m && m.role === 'user').length : 0;
  const ACTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'];
  let acted = false, tries = 0, left = null, coming = 2;  // left: [box, scrollTop] as the first pass left them
  const act = () => { acted = true; };
  ACTS.forEach((t) => window.addEventListener(t, act, {capture: true, passive: true}));
  const over = () => { if (--coming === 0) ACTS.forEach((t) => window.removeEventListener(t, act, true)); };
  const bring = () => {         // false while the question is not drawn yet
    const chat = document.getElementById('qa-chat');
    const rows = chat ? Array.from(chat.querySelectorAll('.message-row')) : [];
    const users = rows.filter((r) => r.classList.contains('user-row'));
    if (users.length < asked || users.length === 0) return false;
    const last = users[users.length - 1];
    const reply = rows[rows.indexOf(last) + 1] || last;
    let box = reply.parentElement;
    while (box && box !== document.body) {
      const s = getComputedStyle(box);
      if (/(auto|scroll)/.test(s.overflowY) && box.scrollHeight > box.clientHeight) break;
      box = box.parentElement;
    }
    const room = box && box !== document.body ? box.clientHeight : window.innerHeight;
    const target = last.getBoundingClientRect().height <= room / 3 ? last : reply;   // the question, then its reply
    if (box && box !== document.body) {
      if (left && (left[0] !== box || Math.abs(left[1] - box.scrollTop) > 1)) return true;  // the user scrolled since
      // the chat's floating "Chat" label covers the top of the box: the reply starts below it
      const label = chat.querySelector('[data-testid="block-label"]');
      const boxTop = box.getBoundingClientRect().top;
      const cover = label ? Math.max(0, Math.min(60, label.getBoundingClientRect().bottom - boxTop)) : 0;
      box.scrollTop += target.getBoundingClientRect().top - boxTop - 6 - cover;
      left = [box, box.scrollTop];
    }
    const top = target.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight - 160) window.scrollBy(0, top - 12);
    return true;
  };
  const first = () => {
    if (!acted && !bring() && tries++ < 60) setTimeout(first, 50);
    else over();
  };
  setTimeout(first, 0);
  setTimeout(() => { if (left && !acted) bring(); over(); }, 400);   // again once late layout has settled
  return [];
}"""

COPY_JS = """async (text) => {
  if (!text) return [];
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const t = document.createElement('textarea');
    t.value = text;
    t.setAttribute('readonly', '');
    t.style.position = 'fixed';
    t.style.left = '-9999px';
    document.body.appendChild(t);
    t.select();
    try { document.execCommand('copy'); } finally { t.remove(); }
  }
  return [];
}"""

DOWNLOAD_JS = """(text) => {
  if (!text) return [];
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
  const now = new Date(), two = (n) => String(n).padStart(2, '0');    // local time: "conversation-2024-03-05-1430.md"
  a.download = `conversation-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-` +
               `${two(now.getHours())}${two(now.getMinutes())}.md`;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  return [];
}"""
