// Search for the static site: reads ?q= and lists the skills and cells of window.skillbotSearchIndex
// (assets/search-index.js) that the server's search would find, in its order. It matches as the server
// does (catalog.SearchTerms): the query's words after NFKC and lower-casing, a run of Chinese, Japanese or
// Korean characters cut into overlapping bigrams of which most must appear, every other word as a
// substring; a skill by its words in every language, a cell by its text in any language. Results are
// built with textContent only, so no catalog text is ever parsed as HTML; each name and text carries the
// language it is written in (lang), as on the server's pages.
(function () {
  "use strict";
  var MAX_QUERY = 200;
  var BIGRAMS_NEEDED = 0.75;
  var wordChar = /[\p{L}\p{Nd}]/u;
  var cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  // Java's Character.isWhitespace, which the server strips the query of (no-break spaces are not among them)
  var edgeSpace = /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+|[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/g;

  var words = function (text) {
    var found = [];
    var word = "";
    Array.from(text.normalize("NFKC").toLowerCase()).forEach(function (c) {
      if (wordChar.test(c)) { word += c; } else if (word) { found.push(word); word = ""; }
    });
    if (word) { found.push(word); }
    return found;
  };

  var term = function (run, cjk) {
    var points = Array.from(run);
    if (!cjk || points.length <= 2) { return { grams: [run], needed: 1 }; }
    var grams = [];
    for (var i = 0; i + 1 < points.length; i++) { grams.push(points[i] + points[i + 1]); }
    return { grams: grams, needed: Math.ceil(grams.length * BIGRAMS_NEEDED) };
  };

  var terms = function (query) {
    var all = [];
    words(query).forEach(function (word) {
      var run = "";
      var cjk = false;
      Array.from(word).forEach(function (c) {
        var isCjk = cjkChar.test(c);
        if (run && isCjk !== cjk) { all.push(term(run, cjk)); run = ""; }
        cjk = isCjk;
        run += c;
      });
      if (run) { all.push(term(run, cjk)); }
    });
    return all;
  };

  var count = function (haystack, gram) {
    var n = 0;
    for (var at = haystack.indexOf(gram); at >= 0; at = haystack.indexOf(gram, at + gram.length)) { n++; }
    return n;
  };

  // occurrences of every term's words or bigrams, or 0 when a term is not met
  var score = function (parts, text) {
    var haystack = text.toLowerCase();
    var total = 0;
    for (var i = 0; i < parts.length; i++) {
      var found = 0;
      for (var j = 0; j < parts[i].grams.length; j++) {
        var n = count(haystack, parts[i].grams[j]);
        found += n > 0 ? 1 : 0;
        total += n;
      }
      if (found < parts[i].needed) { return 0; }
    }
    return total;
  };

  // The hits for a query, best first: {skill, cell (null for the skill itself), text, lang, score}.
  var find = function (index, query) {
    var stripped = query.replace(edgeSpace, "");
    var parts = terms(stripped);
    if (stripped.length > MAX_QUERY || parts.length === 0) { return []; }
    var hits = [];
    index.skills.forEach(function (skill) {
      var about = score(parts, skill.about);
      if (about > 0) { hits.push({ skill: skill, cell: null, text: "", lang: "", score: 1000 + about, rank: -1 }); }
      skill.cells.forEach(function (cell) {
        var texts = [[cell[2], cell[3]]].concat(cell[5] || []);
        for (var i = 0; i < texts.length; i++) {
          var s = i > 0 && texts[i][0] === cell[2] ? 0 : score(parts, texts[i][0]);
          if (s > 0) {
            hits.push({ skill: skill, cell: cell, text: texts[i][0], lang: texts[i][1], score: s, rank: cell[4] });
            return;
          }
        }
      });
    });
    return hits.sort(function (a, b) {
      return b.score - a.score || a.skill.order - b.skill.order || a.rank - b.rank;
    });
  };
  window.skillbotSearch = { find: find };

  var index = window.skillbotSearchIndex;
  var results = document.getElementById("results");
  var input = document.getElementById("q");
  if (!index || !results || !input) { return; }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  if (words(query).length === 0) { return; }
  var list = document.createElement("ol");
  list.className = "hits";
  find(index, query).forEach(function (hit) {
    var skill = hit.skill;
    var item = document.createElement("li");
    item.className = "hit";
    item.setAttribute("data-cell", hit.cell ? hit.cell[0] : "");
    var link = document.createElement("a");
    link.href = hit.cell ? skill.page + "#" + hit.cell[0] : skill.page;
    var name = document.createElement("span");
    name.lang = skill.lang;
    name.textContent = skill.name;
    link.appendChild(name);
    var where = hit.cell ? hit.cell[1] : results.getAttribute("data-skill-hit");
    if (where) { link.appendChild(document.createTextNode(" · " + where)); }
    var snippet = document.createElement("p");
    snippet.textContent = hit.text;
    if (hit.lang) { snippet.lang = hit.lang; }
    item.appendChild(link);
    item.appendChild(snippet);
    list.appendChild(item);
  });
  results.textContent = "";
  if (list.children.length === 0) {
    var none = document.createElement("p");
    none.className = "summary";
    none.textContent = results.getAttribute("data-none");
    results.appendChild(none);
  } else {
    results.appendChild(list);
  }
}());
