// Client-side search for the search page: no library, no server, no third-party request.
// The index is the JSON file the build writes (/search-index.json); its URL comes from the form's
// data-search-index attribute because the site may live under a base path (/ai-news/). It is fetched once, on the
// first focus or query, and turned into a sorted vocabulary of tokens with postings, so a query is a few binary
// searches rather than a scan of every post: fast enough for 10,000 posts.
(function () {
  'use strict';

  var form = document.querySelector('form[data-search-index]');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var lang = document.documentElement.lang || 'en';
  var LIMIT = 50;
  var DELAY = 150;

  // Field weights: a hit in the title counts most, then tags, glossary terms, category, summary, body excerpt and
  // the CJK bigrams of the whole body. Keys are those of Output/SearchIndex.cs.
  var FIELDS = [['t', 10], ['g', 6], ['k', 6], ['c', 5], ['s', 3], ['x', 1], ['b', 1]];

  // Letters and digits form words. Chinese and Japanese put no spaces between words, so a run of their characters
  // is cut into overlapping pairs (训练数据 → 训练 练数 数据) plus its last character, as Output/CjkTokens.cs cuts the
  // bodies: a query's pairs must all be in a post, so 训练 finds exactly the posts that contain it.
  // Accents are folded so "regle" finds "règle".
  var CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
  var TOKEN = new RegExp('[' + CJK + ']+|(?:(?![' + CJK + '])[\\p{L}\\p{N}])+', 'gu');
  var CJK_RUN = new RegExp('^[' + CJK + ']', 'u');

  function tokens(text, query) {
    var found = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(TOKEN) || [];
    var result = [];
    found.forEach(function (token) {
      if (!CJK_RUN.test(token)) { result.push(token); return; }
      var chars = Array.from(token);
      for (var i = 0; i + 1 < chars.length; i++) result.push(chars[i] + chars[i + 1]);
      // A text also keeps its run's last character, so a one-character query finds it; a query needs only its pairs.
      if (!query || chars.length === 1) result.push(chars[chars.length - 1]);
    });
    return result;
  }

  function buildIndex(entries) {
    // token -> flat array of (post index * 16 + weight); posts are visited in order and fields by falling weight,
    // so the first posting of a post for a token already carries its best weight.
    var postings = new Map();
    entries.forEach(function (entry, doc) {
      FIELDS.forEach(function (field) {
        var value = entry[field[0]];
        if (!value) return;
        var list = field[0] === 'b' ? value.split(' ') : tokens(Array.isArray(value) ? value.join(' ') : value);
        list.forEach(function (token) {
          var docs = postings.get(token);
          if (!docs) postings.set(token, docs = []);
          if (docs.length === 0 || docs[docs.length - 1] >> 4 !== doc) docs.push(doc * 16 + field[1]);
        });
      });
    });
    return { entries: entries, postings: postings, vocabulary: Array.from(postings.keys()).sort() };
  }

  function firstAtLeast(sorted, value) {
    var low = 0, high = sorted.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (sorted[mid] < value) low = mid + 1; else high = mid;
    }
    return low;
  }

  // Every query word must match the start of some word of the post (prefix match, so results appear as you type);
  // an exact word counts double. Ties keep the index order, which is newest first.
  function search(index, query) {
    var words = Array.from(new Set(tokens(query, true)));
    if (words.length === 0) return [];
    var scores = null;
    for (var w = 0; w < words.length; w++) {
      var word = words[w], found = new Map(), vocabulary = index.vocabulary;
      for (var i = firstAtLeast(vocabulary, word); i < vocabulary.length && vocabulary[i].startsWith(word); i++) {
        var exact = vocabulary[i] === word ? 2 : 1;
        index.postings.get(vocabulary[i]).forEach(function (posting) {
          var doc = posting >> 4, score = (posting & 15) * exact;
          if ((found.get(doc) || 0) < score) found.set(doc, score);
        });
      }
      if (scores !== null) {
        var both = new Map();
        found.forEach(function (score, doc) { if (scores.has(doc)) both.set(doc, scores.get(doc) + score); });
        found = both;
      }
      scores = found;
      if (scores.size === 0) break;
    }
    return Array.from(scores).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .map(function (pair) { return index.entries[pair[0]]; });
  }

  var loading = null;
  function load() {
    if (!loading) {
      status.textContent = msg('loading', 'Loading the search index…');
      loading = fetch(form.getAttribute('data-search-index'))
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        })
        .then(buildIndex);
      loading.then(function (index) {
        if (!input.value.trim()) status.textContent = msg('ready', 'Type to search {0}.', count(index.entries.length));
      }, function () {
        status.textContent = msg('unavailable', 'Sorry, search is not available right now.');
      });
    }
    return loading;
  }

  function count(n) { return n === 1 ? msg('one', '1 article') : msg('many', '{0} articles', n); }

  // Interface strings come from the page (data-msg-*, in the page's language); English when a theme leaves them out.
  function msg(name, fallback, a, b) {
    var text = form.getAttribute('data-msg-' + name) || fallback;
    return text.replace('{0}', a === undefined ? '' : a).replace('{1}', b === undefined ? '' : b);
  }

  // "24 April 2026", the order the pages use (Rendering/ViewFactory.Date), whatever the browser's locale prefers.
  // One formatter for every result: toLocaleDateString would make a new one per call, a cost paid 50 times a query.
  var monthName = null;
  function formatDate(iso) {
    var date = new Date(iso + 'T00:00:00Z');
    if (isNaN(date)) return iso;
    monthName = monthName || new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    return date.getUTCDate() + ' ' + monthName.format(date) + ' ' + date.getUTCFullYear();
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text; // textContent, never innerHTML: titles and summaries stay plain text
    return node;
  }

  function result(entry) {
    var item = element('li', 'search-result');
    var title = element('a', 'search-result-title', entry.t);
    title.href = entry.u;
    var meta = element('p', 'meta');
    var time = element('time', '', formatDate(entry.d));
    time.dateTime = entry.d;
    meta.appendChild(time);
    if (entry.c) meta.appendChild(document.createTextNode(' · ' + entry.c));
    item.appendChild(title);
    item.appendChild(meta);
    var text = entry.s || entry.x;
    if (text) item.appendChild(element('p', 'summary', text));
    return item;
  }

  function show(query, results) {
    list.replaceChildren.apply(list, results.slice(0, LIMIT).map(result));
    if (!query.trim()) status.textContent = '';
    else if (results.length === 0) status.textContent = msg('none', 'No articles match “{0}”.', query.trim());
    else status.textContent = msg('found', '{0} found for “{1}”', count(results.length), query.trim())
      + (results.length > LIMIT ? msg('first', ', showing the first {0}.', LIMIT) : msg('end', '.'));
  }

  function run() {
    var query = input.value;
    // Keep ?q= in the address, so a results page can be bookmarked, shared or reloaded.
    history.replaceState(null, '', query.trim() ? '?q=' + encodeURIComponent(query.trim()) : location.pathname);
    load().then(function (index) { if (input.value === query) show(query, search(index, query)); }, function () {});
  }

  var timer = 0;
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, DELAY);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });

  // Arrow keys move between the search box and the result links; Tab and Enter work as on any list of links.
  form.parentNode.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (document.activeElement !== input && at < 0) return;
    var next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    if (document.activeElement === input) next = event.key === 'ArrowDown' ? 0 : -2;
    if (next === -1) input.focus();
    else if (next >= 0 && next < links.length) links[next].focus();
    else return;
    event.preventDefault();
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run();
  }
})();
