// Follow categories and tags, and show "For you" on the front page. The choice lives in this browser's localStorage
// only: no cookie, no server, nothing is sent. Without JavaScript (or with nothing followed) pages stay as built.
(function () {
  "use strict";
  var KEY = "newsgen.follows";
  var storage;
  try { storage = window.localStorage; storage.getItem(KEY); } catch (e) { return; }

  var dialog = document.getElementById("prefs");
  // Each language has its own index (/zh/follow-index.json: its tags, its posts, its dates) and its own words.
  var indexUrl = dialog && dialog.getAttribute("data-follow-index");
  var followedNote = (dialog && dialog.getAttribute("data-followed-note")) || " (followed)";
  var indexPromise = null;

  function load() {
    try {
      var list = JSON.parse(storage.getItem(KEY) || "[]");
      return Array.isArray(list) ? list.filter(function (k) { return typeof k === "string"; }) : [];
    } catch (e) { return []; }
  }
  function save(list) { try { storage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* storage full or blocked */ } }
  function isFollowed(key) { return load().indexOf(key) >= 0; }
  function toggle(key) {
    var list = load();
    var at = list.indexOf(key);
    if (at >= 0) list.splice(at, 1); else list.push(key);
    save(list);
    refresh();
  }
  // Work a reader cannot see at once waits for idle time, so loading a page has no long task of ours (Lighthouse
  // counts any over 50 ms on a slow phone); where requestIdleCallback is missing (Safari), a timer with a small budget.
  function idle(work) {
    if (window.requestIdleCallback) { window.requestIdleCallback(work, { timeout: 1000 }); return; }
    setTimeout(function () {
      var end = Date.now() + 8;
      work({ timeRemaining: function () { return Math.max(0, end - Date.now()); } });
    }, 1);
  }

  function index() {
    if (!indexPromise) {
      indexPromise = fetch(indexUrl).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      indexPromise.catch(function () { indexPromise = null; });
    }
    return indexPromise;
  }

  // Tag links end in /tags/<slug>/; their key is tag:<slug>, as in the follow index.
  function tagKey(link) {
    var match = /\/tags\/([^\/?#]+)\/$/.exec(link.getAttribute("href") || "");
    if (!match) return null;
    try { return "tag:" + decodeURIComponent(match[1]); } catch (e) { return "tag:" + match[1]; }
  }

  // Marks one tag link as followed or not (a star, and words for screen readers).
  function markTag(link, followed) {
    var key = tagKey(link);
    var on = key !== null && followed.indexOf(key) >= 0;
    link.classList.toggle("is-followed", on);
    var note = link.querySelector(".followed-note");
    if (on && !note) {
      note = document.createElement("span");
      note.className = "visually-hidden followed-note";
      note.textContent = followedNote;
      link.appendChild(note);
    } else if (!on && note) {
      note.remove();
    }
  }

  // Each refresh starts a new pass; a pass still waiting for idle time stops when a newer one has begun.
  var pass = 0;
  function markTags(later) {
    var followed = load(), links = document.querySelectorAll("a.tag"), at = 0, mine = ++pass;
    if (!later) { while (at < links.length) markTag(links[at++], followed); return; }
    // In slices: at least a few links each, more while the browser says it has time, so no task grows long.
    (function slice(deadline) {
      if (mine !== pass) return;
      var done = 0;
      while (at < links.length && (done++ < 20 || deadline.timeRemaining() > 2)) markTag(links[at++], followed);
      if (at < links.length) idle(slice);
    })({ timeRemaining: function () { return 0; } });
  }

  function syncButtons() {
    document.querySelectorAll("[data-follow]").forEach(function (button) {
      button.setAttribute("aria-pressed", isFollowed(button.getAttribute("data-follow")) ? "true" : "false");
      button.hidden = false;
    });
  }

  function renderForYou() {
    var section = document.getElementById("for-you");
    if (!section) return;
    var followed = load();
    if (followed.length === 0) { section.hidden = true; return; }
    index().then(function (data) {
      var list = section.querySelector(".for-you-list");
      var template = document.getElementById("for-you-card");
      var posts = data.posts.filter(function (p) { return p.k.some(function (k) { return followed.indexOf(k) >= 0; }); }).slice(0, 4);
      list.replaceChildren();
      posts.forEach(function (post) {
        var card = template.content.firstElementChild.cloneNode(true);
        var why = post.k.filter(function (k) { return followed.indexOf(k) >= 0; })
          .map(function (k) { return data.topics[k] ? data.topics[k].n : k; });
        card.querySelector("[data-slot=why]").textContent = why.join(", ");
        var link = card.querySelector("[data-slot=link]");
        link.textContent = post.t;
        link.setAttribute("href", post.u);
        var summary = card.querySelector("[data-slot=summary]");
        if (post.s) summary.textContent = post.s; else summary.remove();
        card.querySelector("[data-slot=author]").textContent = post.a;
        card.querySelector("[data-slot=date]").textContent = post.d;
        card.querySelector("[data-slot=reading]").textContent = post.r;
        list.appendChild(card);
      });
      section.querySelector(".for-you-empty").hidden = posts.length > 0;
      section.hidden = false;
    }).catch(function () { section.hidden = true; });
  }

  function fillPanel() {
    return index().then(function (data) {
      dialog.querySelectorAll("[data-prefs-list]").forEach(function (list) {
        var kind = list.getAttribute("data-prefs-list") + ":";
        list.replaceChildren();
        Object.keys(data.topics).filter(function (k) { return k.indexOf(kind) === 0; })
          .sort(function (a, b) { return data.topics[a].n.localeCompare(data.topics[b].n); })
          .forEach(function (key) {
            var item = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.className = "follow-chip";
            button.setAttribute("data-follow", key);
            button.textContent = data.topics[key].n;
            item.appendChild(button);
            list.appendChild(item);
          });
      });
      syncButtons();
    });
  }

  // After a click or another tab's change, at once: the reader is looking at the result.
  function refresh() { syncButtons(); markTags(false); renderForYou(); }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var button = target && target.closest("[data-follow]");
    if (button) { toggle(button.getAttribute("data-follow")); return; }
    if (target && target.closest("[data-prefs-open]") && dialog) {
      fillPanel().then(function () { if (!dialog.open) dialog.showModal(); }, function () { /* index unreachable */ });
      return;
    }
    if (target && target.closest("[data-prefs-close]") && dialog) dialog.close();
  });

  // Another tab changed the choice: follow it here too.
  window.addEventListener("storage", function (event) { if (event.key === KEY) refresh(); });

  // On load, the buttons at once (a follow button shown later would push the page down as it appears); followed tags
  // and "For you" in idle time: without a followed topic there is nothing to show, and the index is never fetched.
  document.querySelectorAll(".prefs-item").forEach(function (item) { item.hidden = false; });
  syncButtons();
  if (load().length > 0) { markTags(true); idle(renderForYou); }
})();
