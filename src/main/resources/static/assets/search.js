// Search for the static site: reads ?q= and shows what the server's search page shows for it, from
// window.skillbotSearchIndex (assets/search-index.js) and the page's own sentences (the data- attributes of
// #results, the server's words in the page's language): the skill the query names, the skills its words name, or
// "did you mean" candidates (catalog.SkillMatcher's and command.SearchNaming's rules), the skills and cells it
// finds in the server's order (catalog.CatalogSearch), each with the server's snippet, at most the server's number
// of hits, and the same summary ("nothing mentions", "and N more", "too long"). It matches as the server does (catalog.SearchTerms): the query's words after NFKC
// and lower-casing, a run of Chinese, Japanese or Korean characters cut into overlapping bigrams of which most
// must appear, every other word as a substring; a skill by its words in every language, a cell by its text in any
// language. Results are built with textContent only, so no catalog text is ever parsed as HTML; each name and
// text carries the language it is written in (lang), as on the server's pages.
(function () {
  "use strict";
  var BIGRAMS_NEEDED = 0.75;
  var SHORTEST_WORD = 2;
  var SNIPPET_RADIUS = 70;
  var TYPO_CANDIDATES = 64;
  var RANKED_BEYOND_ALLOWED = 2;
  // catalog.SkillMatcher: a candidate further off than the edits counted shares a quarter of the query's trigrams, 3 or more
  var SHARED_SHARE = 4;
  var FEWEST_SHARED = 3;
  var wordChar = /[\p{L}\p{Nd}]/u;
  var cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  // Java's Character.isWhitespace, which the server strips the query of (no-break spaces are not among them)
  var javaSpace = /[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/;
  var edgeSpace = /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+|[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]+$/g;
  // web.QueryText: what HTML does not allow in a page's text (controls, noncharacters, half a surrogate pair) is a space
  var notInHtml = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;
  // web.Echo: the reader's text without direction controls, isolated when it holds right-to-left letters
  var directionControl = /[\u202A-\u202E\u2066-\u2069]/g;
  var rightToLeft = /[\u200F\u061C]|(?=\p{L})[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

  var strip = function (text) { return text.replace(edgeSpace, ""); };
  var cleaned = function (query) { return strip(query.replace(notInHtml, " ")); };

  var echo = function (text) {
    var echoed = text.replace(directionControl, "");
    return rightToLeft.test(echoed) ? "\u2068" + echoed + "\u2069" : echoed;
  };

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

  // catalog.SearchTerms: a word of one letter or digit is not searched for, a CJK character is
  var terms = function (query) {
    var all = [];
    var add = function (run, cjk) { if (cjk || Array.from(run).length >= SHORTEST_WORD) { all.push(term(run, cjk)); } };
    words(query).forEach(function (word) {
      var run = "";
      var cjk = false;
      Array.from(word).forEach(function (c) {
        var isCjk = cjkChar.test(c);
        if (run && isCjk !== cjk) { add(run, cjk); run = ""; }
        cjk = isCjk;
        run += c;
      });
      if (run) { add(run, cjk); }
    });
    return all;
  };

  var tooShort = function (query) { return words(query).length > 0 && terms(query).length === 0; };

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

  var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

  // catalog.CatalogSearch.snippet: the text around the first word, widened to whole words and whole characters
  var snippet = function (text, word) {
    var at = text.toLowerCase().indexOf(word);
    if (at < 0 || text.length <= 2 * SNIPPET_RADIUS) { return text; }
    var inWord = function (c) { return !javaSpace.test(c) && !cjkChar.test(c); };
    var from = Math.max(0, at - SNIPPET_RADIUS);
    var to = Math.min(text.length, at + word.length + SNIPPET_RADIUS);
    while (from > 0 && inWord(text.charAt(from - 1)) && !cjkChar.test(text.charAt(from))) { from--; }
    while (to < text.length && inWord(text.charAt(to)) && !cjkChar.test(text.charAt(to - 1))) { to++; }
    // card.TextCut: whole characters as a reader sees them (grapheme clusters)
    from = from > 0 && from < text.length ? graphemes.segment(text).containing(from).index : from;
    if (to > 0 && to < text.length) {
      var last = graphemes.segment(text).containing(to - 1);
      to = last.index + last.segment.length;
    }
    return (from > 0 ? "…" : "") + strip(text.substring(from, to)) + (to < text.length ? "…" : "");
  };

  // catalog.CatalogSearch.Filter: a cell's level (by its rank) and role among those of the filter, or any
  var accepts = function (index, filter, cell) {
    var level = index.levelOrder[cell[4]];
    var role = cell[0].substring(level.length + 1);
    return (filter.levels.length === 0 || filter.levels.indexOf(level) >= 0)
      && (filter.roles.length === 0 || filter.roles.indexOf(role) >= 0);
  };

  // All hits for a query, best first: {skill, cell (null for the skill itself), text, lang, score}; with a filter
  // ({levels, roles}: ids) only the cells at them, and with no words every cell there.
  var find = function (index, query, filter) {
    var parts = terms(cleaned(query));
    var filtered = filter && (filter.levels.length > 0 || filter.roles.length > 0);
    if (parts.length === 0 && !filtered) { return []; }
    var first = parts.length > 0 ? parts[0].grams[0] : "";
    var hits = [];
    index.skills.forEach(function (skill) {
      if (filtered) {
        skill.cells.forEach(function (cell) {
          if (!accepts(index, filter, cell)) { return; }
          if (parts.length === 0) {
            hits.push({ skill: skill, cell: cell, text: snippet(cell[2], ""), lang: cell[3], score: 1, rank: cell[4] });
          } else {
            cellHit(skill, cell, parts, first, hits);
          }
        });
        return;
      }
      var about = score(parts, skill.about);
      if (about > 0) {
        hits.push({ skill: skill, cell: null, text: skill.summary, lang: skill.summaryLang, score: 1000 + about, rank: -1 });
      }
      skill.cells.forEach(function (cell) { cellHit(skill, cell, parts, first, hits); });
    });
    return hits.sort(function (a, b) {
      return b.score - a.score || a.skill.order - b.skill.order || a.rank - b.rank;
    });
  };

  var cellHit = function (skill, cell, parts, first, hits) {
    var texts = [[cell[2], cell[3]]].concat(cell[5] || []);
    for (var i = 0; i < texts.length; i++) {
      var s = i > 0 && texts[i][0] === cell[2] ? 0 : score(parts, texts[i][0]);
      if (s > 0) {
        hits.push({ skill: skill, cell: cell, text: snippet(texts[i][0], first), lang: texts[i][1], score: s, rank: cell[4] });
        return;
      }
    }
  };

  // catalog.Keys.compact: lower-cased letters and digits only
  var compact = function (text) {
    var ascii = !/[^\u0000-\u007f]/.test(text);
    var key = "";
    Array.from(ascii ? text.toLowerCase() : text.normalize("NFKC").toLowerCase()).forEach(function (c) {
      if (ascii ? /[a-z0-9]/.test(c) : wordChar.test(c)) { key += c; }
    });
    return key;
  };

  // catalog.SkillKeyIndex: skills by exact key, sorted prefix keys, and trigram postings of the exact keys
  var keyIndex = function (index) {
    if (index.keyed) { return index.keyed; }
    var exact = new Map();
    var keys = [];
    var keySkills = [];
    var entries = [];
    index.skills.forEach(function (skill, s) {
      skill.keys.forEach(function (key) {
        if (!exact.has(key)) { exact.set(key, s); }
        keys.push(key);
        keySkills.push(s);
        entries.push([key, s]);
      });
      skill.suffixes.forEach(function (key) { entries.push([key, s]); });
    });
    entries.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; }); // stable, by UTF-16 units
    var prefixes = [];
    entries.forEach(function (entry) {
      var last = prefixes[prefixes.length - 1];
      if (last && last.key === entry[0]) { last.skills.push(entry[1]); } else { prefixes.push({ key: entry[0], skills: [entry[1]] }); }
    });
    var postings = new Map();
    keys.forEach(function (key, k) {
      trigrams(key).forEach(function (gram) {
        var list = postings.get(gram);
        if (!list) { list = []; postings.set(gram, list); }
        if (list[list.length - 1] !== k) { list.push(k); }
      });
    });
    index.keyed = { exact: exact, keys: keys, keySkills: keySkills, prefixes: prefixes, postings: postings };
    return index.keyed;
  };

  var trigrams = function (key) {
    var padded = "^" + key + "$";
    var grams = [];
    for (var i = 0; i < Math.max(1, key.length); i++) { grams.push(key.length === 0 ? "^$" : padded.substr(i, 3)); }
    return grams;
  };

  var prefixMatches = function (keyed, key, limit) {
    if (key.length < 2) { return []; }
    var low = 0;
    var high = keyed.prefixes.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (keyed.prefixes[mid].key < key) { low = mid + 1; } else { high = mid; }
    }
    var found = [];
    for (var k = low; k < keyed.prefixes.length && keyed.prefixes[k].key.startsWith(key) && found.length < limit; k++) {
      var skills = keyed.prefixes[k].skills;
      for (var i = 0; i < skills.length && found.length < limit; i++) {
        if (found.indexOf(skills[i]) < 0) { found.push(skills[i]); }
      }
    }
    return found.sort(function (a, b) { return a - b; });
  };

  // catalog.EditDistance: optimal string alignment, to the whole key and to its closest prefix, capped at limit + 1
  var distances = function (query, key, limit) {
    var beyond = limit + 1;
    var rows = [];
    for (var i = 0; i <= query.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= key.length; j++) {
        if (i === 0) { rows[0].push(j); continue; }
        var best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
          rows[i - 1][j - 1] + (query.charAt(i - 1) === key.charAt(j - 1) ? 0 : 1));
        if (i > 1 && j > 1 && query.charAt(i - 1) === key.charAt(j - 2) && query.charAt(i - 2) === key.charAt(j - 1)) {
          best = Math.min(best, rows[i - 2][j - 2] + 1);
        }
        rows[i].push(best);
      }
    }
    var last = rows[query.length];
    return { whole: Math.min(last[key.length], beyond), prefix: Math.min.apply(null, last.concat([beyond])) };
  };

  var byRank = function (a, b) { return a.cost - b.cost || b.shared - a.shared || a.skill - b.skill; };

  // catalog.TrigramIndex.closest: the keys sharing the most trigrams, ranked by edits, each skill once
  var closest = function (keyed, key, editLimit) {
    var shared = new Map();
    var hits = [];
    var maxShared = 0;
    trigrams(key).filter(function (gram, i, all) { return all.indexOf(gram) === i; }).forEach(function (gram) {
      (keyed.postings.get(gram) || []).forEach(function (k) {
        var n = (shared.get(k) || 0) + 1;
        shared.set(k, n);
        if (n === 1) { hits.push(k); }
        maxShared = Math.max(maxShared, n);
      });
    });
    var best = new Map();
    topByShared(hits, shared, maxShared).forEach(function (k) {
      var d = distances(key, keyed.keys[k], editLimit);
      var candidate = { skill: keyed.keySkills[k], cost: Math.min(d.whole, d.prefix + 0.5), shared: shared.get(k) };
      var kept = best.get(candidate.skill);
      if (!kept || byRank(candidate, kept) < 0) { best.set(candidate.skill, candidate); }
    });
    return Array.from(best.values()).sort(byRank);
  };

  var topByShared = function (hits, shared, maxShared) {
    if (hits.length <= TYPO_CANDIDATES) { return hits; }
    var keysWithCount = new Array(maxShared + 1).fill(0);
    hits.forEach(function (k) { keysWithCount[shared.get(k)]++; });
    var threshold = maxShared;
    var taken = keysWithCount[maxShared];
    while (threshold > 1 && taken + keysWithCount[threshold - 1] <= TYPO_CANDIDATES) {
      threshold--;
      taken += keysWithCount[threshold];
    }
    var top = hits.filter(function (k) { return shared.get(k) >= threshold; }).slice(0, TYPO_CANDIDATES);
    hits.forEach(function (k) {
      if (top.length < TYPO_CANDIDATES && shared.get(k) === threshold - 1) { top.push(k); }
    });
    return top;
  };

  var allowedTypos = function (length) { return length <= 4 ? 1 : length <= 9 ? 2 : 3; };

  // catalog.SkillMatcher.match: {named: a skill's position or -1, kind, candidates: positions}
  var match = function (index, query) {
    var key = compact(query);
    var keyed = keyIndex(index);
    if (key === "") { return { named: -1, kind: "none", candidates: [] }; }
    if (keyed.exact.has(key)) { return { named: keyed.exact.get(key), kind: "exact", candidates: [] }; }
    var byPrefix = prefixMatches(keyed, key, 10);
    if (byPrefix.length === 1) { return { named: byPrefix[0], kind: "prefix", candidates: [] }; }
    var close = closest(keyed, key, allowedTypos(key.length) + RANKED_BEYOND_ALLOWED);
    if (byPrefix.length === 0 && close.length > 0) {
      var acceptable = close[0].cost <= allowedTypos(key.length);
      var unique = close.length === 1 || close[1].cost > close[0].cost;
      if (acceptable && unique) { return { named: close[0].skill, kind: "typo", candidates: [] }; }
    }
    var candidates = byPrefix.slice();
    var distinct = trigrams(key).filter(function (gram, i, all) { return all.indexOf(gram) === i; }).length;
    var shared = Math.max(FEWEST_SHARED, Math.ceil(distinct / SHARED_SHARE));
    close.filter(function (scored) {
      return scored.cost <= allowedTypos(key.length) + RANKED_BEYOND_ALLOWED || scored.shared >= shared;
    }).slice(0, 5).forEach(function (scored) {
      if (candidates.indexOf(scored.skill) < 0) { candidates.push(scored.skill); }
    });
    return { named: -1, kind: "none", candidates: candidates.slice(0, 5) };
  };

  // Java's Pattern.split by command.CommandParser.SPACES ((?U)\s+) of the stripped text: no trailing empty words
  var spaces = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/;
  var typedWords = function (text) {
    var parts = strip(text).split(spaces);
    if (parts.length === 1) { return parts; }
    while (parts.length > 0 && parts[parts.length - 1] === "") { parts.pop(); }
    return parts;
  };

  // command.SkillsNamed.in: the skills named by runs of words, when every other word is a word of their names or a
  // word that asks for nothing; none when the whole is a name or a prefix
  var skillsNamed = function (index, query, matched) {
    if (matched.kind === "exact" || matched.kind === "prefix") { return []; }
    var typed = typedWords(query);
    if (typed.length < 2 || typed.length > 8) { return []; }
    var keyed = keyIndex(index);
    var named = [];
    var loose = [];
    for (var start = 0; start < typed.length;) {
      var width = typed.length - start;
      for (; width > 0; width--) {
        var key = compact(typed.slice(start, start + width).join(" "));
        if (keyed.exact.has(key)) {
          if (named.indexOf(keyed.exact.get(key)) < 0) { named.push(keyed.exact.get(key)); }
          break;
        }
      }
      if (width === 0) {
        if (index.fillers.indexOf(compact(typed[start])) < 0) { loose.push(compact(typed[start])); }
        width = 1;
      }
      start += width;
    }
    var allRead = named.length > 0 && loose.every(function (word) {
      return named.some(function (s) { return index.skills[s].nameWords.indexOf(word) >= 0; });
    });
    return allRead ? named : [];
  };

  var namedIn = function (index, query, matched) {
    var several = skillsNamed(index, query, matched);
    if (several.length > 0) { return { named: several, candidates: [] }; }
    return matched.named >= 0 ? { named: [matched.named], candidates: [] } : null;
  };

  // command.SearchNaming.of: {named: positions (one, or several to choose from), candidates: positions}
  var reading = function (index, query) {
    var matched = match(index, query);
    var whole = namedIn(index, query, matched);
    if (whole) { return whole; }
    var typed = typedWords(query);
    var rest = typed.filter(function (word) {
      var key = compact(word);
      return index.levelsAndRoles.indexOf(key) < 0
        || index.skills.some(function (skill) { return skill.nameWords.indexOf(key) >= 0; });
    });
    if (rest.length < typed.length && rest.length > 0) {
      var withoutLevels = namedIn(index, rest.join(" "), match(index, rest.join(" ")));
      if (withoutLevels) { return withoutLevels; }
    }
    return { named: [], candidates: matched.candidates };
  };

  // command.WordsApart.apart: a compare word typed against a level (senior..lead) and Chinese typed against a
  // Latin letter or digit (gitops高级) are words of their own, as the chat reads a command's words
  var han = /\p{Script=Han}/u;
  var latin = /\p{Script=Latin}/u;
  var latinOrDigit = function (c) { return c < "\u0080" ? /[A-Za-z0-9]/.test(c) : latin.test(c); };
  var apart = function (text) {
    var spaced = text.replace(/\.\./g, " .. ").replace(/->/g, " -> ").replace(/\u2192/g, " \u2192 ");
    var out = "";
    var previous = null;
    Array.from(spaced).forEach(function (c) {
      if (previous !== null && (han.test(previous) && latinOrDigit(c) || latinOrDigit(previous) && han.test(c))) {
        out += " ";
      }
      out += c;
      previous = c;
    });
    return out;
  };

  // command.JunkWords: HTML tags, mentions as Slack and Discord send them and character references are dropped
  // before words are made, and words of punctuation only are no typo of a name
  var markup = /<\/?[A-Za-z][^<>]*>|<[@#!][^<>]*>|&#?[A-Za-z0-9]+;/g;
  var holdLetters = function (words) { return compact(words) !== ""; };

  // command.SearchReading.of: what reading() names, read past every level or role word when nothing else names a
  // skill; the levels and roles the words read past name (which filter the hits of words that name no skill), other
  // skills a role word names on its own, and the words the full text is searched for (the query without them)
  var searchReading = function (index, typedQuery) {
    var query = strip(apart(strip(typedQuery.replace(markup, " "))));
    var typed = typedWords(query);
    var keys = levelAndRoleMaps(index);
    var isLevelOrRole = function (word) { return index.levelsAndRoles.indexOf(compact(word)) >= 0; };
    var levelsAndRoles = function (words) {
      var found = { levels: [], roles: [] };
      words.forEach(function (word) {
        var key = compact(word);
        var kind = keys.levels.has(key) ? "levels" : "roles";
        var named = keys[kind].get(key);
        if (named && found[kind].every(function (other) { return other.id !== named.id; })) { found[kind].push(named); }
      });
      return found;
    };
    // "did you mean": the skills closest to the words searched for (whole: to the whole query)
    var unnamed = function (whole) {
      var filters = typed.filter(isLevelOrRole);
      var found = levelsAndRoles(filters);
      if (filters.length === typed.length && (found.levels.length === 0 || found.roles.length === 0)) {
        // only levels or only roles ("platform", "sre", "senior"): searched for as text, as the server does
        return { named: [], alternatives: [], candidates: whole, levels: [], roles: [], fullText: query };
      }
      var fullText = typed.filter(function (word) { return filters.indexOf(word) < 0; }).join(" ");
      var candidates = !holdLetters(fullText) ? [] : fullText === query ? whole : match(index, fullText).candidates;
      return {
        named: [], alternatives: [], candidates: candidates, levels: found.levels, roles: found.roles,
        fullText: fullText
      };
    };
    if (typed.length > 0 && typed.every(isLevelOrRole) && match(index, query).kind !== "exact") {
      return unnamed([]); // "senior", "lead", "sre lead": levels and roles, unless a name is just that
    }
    var read = reading(index, query);
    if (read.named.length === 0) {
      var rest = typed.filter(function (word) { return !isLevelOrRole(word); });
      var withoutRoles = rest.length === typed.length ? read : reading(index, rest.join(" "));
      if (withoutRoles.named.length === 0) { return unnamed(read.candidates); }
      read = withoutRoles;
    }
    var nameWords = [];
    read.named.forEach(function (s) { nameWords = nameWords.concat(index.skills[s].nameWords); });
    var readPast = typed.filter(function (word) {
      return isLevelOrRole(word) && nameWords.indexOf(compact(word)) < 0;
    });
    var found = levelsAndRoles(readPast);
    var alternatives = [];
    var roleWords = readPast.filter(function (word) { return !keys.levels.has(compact(word)); });
    roleWords.map(compact).forEach(function (key, i, all) {
      var alone = all.indexOf(key) === i ? match(index, key).named : -1;
      if (alone >= 0 && index.skills[alone].nameWords.indexOf(key) >= 0 && read.named.indexOf(alone) < 0
          && alternatives.indexOf(alone) < 0 && alternatives.length < 5) {
        alternatives.push(alone);
      }
    });
    return {
      named: read.named, alternatives: alternatives, candidates: [], levels: found.levels, roles: found.roles,
      fullText: typed.filter(function (word) { return readPast.indexOf(word) < 0; }).join(" ")
    };
  };

  // command.SearchReading.filter: the levels' and roles' ids that filter the hits of words that name no skill
  var filterOf = function (read) {
    if (read.named.length > 0) { return null; }
    var ids = function (named) { return named.map(function (one) { return one.id; }); };
    return { levels: ids(read.levels), roles: ids(read.roles) };
  };

  // command.SearchReading.filterLabel: Senior · DevOps Engineer
  var filterLabel = function (read) {
    var names = function (named) { return named.map(function (one) { return one.name; }).join(", "); };
    return [names(read.levels), names(read.roles)].filter(function (part) { return part !== ""; }).join(" \u00B7 ");
  };

  var levelAndRoleMaps = function (index) {
    if (!index.levelAndRoleMaps) {
      var byKey = function (rows) {
        return new Map(rows.map(function (row) { return [row[0], { id: row[1], name: row[2] }]; }));
      };
      index.levelAndRoleMaps = { levels: byKey(index.levels), roles: byKey(index.roles) };
    }
    return index.levelAndRoleMaps;
  };

  var element = function (tag, className, text, lang) {
    var made = document.createElement(tag);
    if (className) { made.className = className; }
    if (text) { made.textContent = text; }
    if (lang) { made.lang = lang; }
    return made;
  };

  var skillLink = function (skill) {
    var link = element("a", "", skill.name, skill.lang);
    link.href = skill.page;
    return link;
  };

  // a skill the words name (web.PageBuilders.namedHit), linked to the level (and role, when the skill includes it)
  // they name (web.SiteLinks.level), to the comparison of two neighbouring levels (web.SiteLinks.compare; of two
  // others to the lower level), or to the role's cell of the lowest level (web.SiteLinks.skill)
  var namedSkill = function (into, index, skill, read) {
    var link = skillLink(skill);
    into.appendChild(link);
    var role = read.roles.length > 0 && skill.roles.indexOf(read.roles[0].id) >= 0 ? read.roles[0] : null;
    var where;
    var levels = read.levels.slice(0, 2).sort(function (a, b) {
      return index.levelOrder.indexOf(a.id) - index.levelOrder.indexOf(b.id);
    });
    var anchor = function (level) { return role ? level.id + "-" + role.id : "level-" + level.id; };
    if (levels.length === 0) {
      if (!role) { return; }
      link.href = skill.page + "#" + index.levelOrder[0] + "-" + role.id;
      where = role.name;
    } else if (levels.length === 1) {
      link.href = skill.page + "#" + anchor(levels[0]);
      where = levels[0].name + (role ? " \u00B7 " + role.name : "");
    } else {
      var neighbours = index.levelOrder.indexOf(levels[1].id) === index.levelOrder.indexOf(levels[0].id) + 1;
      var id = skill.page.substring("skills/".length, skill.page.length - ".html".length);
      link.href = neighbours ? "compare/" + id + "." + levels[0].id + "." + levels[1].id + ".html#compare"
        : skill.page + "#" + anchor(levels[0]);
      where = levels[0].name + " \u2192 " + levels[1].name + (role ? " \u00B7 " + role.name : "");
    }
    into.appendChild(document.createTextNode(" "));
    into.appendChild(element("span", "where", "\u00B7 " + where));
  };

  // a sentence of the page with {0} and {1} filled in (split and join: the reader's text is never a pattern)
  var sentence = function (results, name, values) {
    var text = results.getAttribute("data-" + name) || "";
    values.forEach(function (value, i) { text = text.split("{" + i + "}").join(value); });
    return text;
  };

  // what MessageFormat makes of a count: digits grouped by threes with commas, in English and in Chinese
  var grouped = function (n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); };

  // What the server's search page shows for the query: the heading, the search box and #results.
  var show = function (index, query, results, input, heading) {
    var stripped = cleaned(query);
    var maxQuery = Number(results.getAttribute("data-max-query"));
    var limit = Number(results.getAttribute("data-limit"));
    var summary = "";
    results.textContent = "";
    input.value = stripped.length > maxQuery ? "" : stripped;
    heading.textContent = stripped === "" || stripped.length > maxQuery
      ? sentence(results, "heading", []) : sentence(results, "title", [echo(stripped)]);
    if (stripped === "") {
      summary = sentence(results, "empty", []);
    } else if (stripped.length > maxQuery) {
      summary = sentence(results, "too-long", [grouped(stripped.length), grouped(maxQuery)]);
    } else {
      var read = searchReading(index, stripped);
      if (read.named.length === 1) {
        var named = element("p", "named", sentence(results, "named", []) + " ");
        namedSkill(named, index, index.skills[read.named[0]], read);
        results.appendChild(named);
      } else if (read.named.length > 1) {
        results.appendChild(element("p", "several", sentence(results, "several", [])));
        results.appendChild(skillList(index, read.named, "named-skills", read));
      }
      if (read.alternatives.length > 0) {
        results.appendChild(element("p", "alternatives", sentence(results, "alternatives", [])));
        results.appendChild(skillList(index, read.alternatives, "alternatives"));
      }
      if (read.candidates.length > 0) {
        results.appendChild(element("p", "did-you-mean", sentence(results, "did-you-mean", [])));
        results.appendChild(skillList(index, read.candidates, "candidates"));
      }
      var filter = filterOf(read);
      if (filter && (filter.levels.length > 0 || filter.roles.length > 0)) {
        results.appendChild(element("p", "filtered", sentence(results, "filtered", [filterLabel(read)])));
      }
      // command.SearchReading.hits: a named skill's own hit is shown above, as named, and words all too short
      // ("senior a") find nothing, even with a filter
      var hits = (tooShort(read.fullText) ? [] : find(index, read.fullText, filter)).filter(function (hit) {
        return hit.cell || read.named.indexOf(index.skills.indexOf(hit.skill)) < 0;
      });
      if (hits.length > 0) { results.appendChild(hitList(hits.slice(0, limit), results)); }
      // a query that names a skill is answered by it, even when no text mentions the words (a typo, an alias)
      var unmatched = strip(read.fullText) === "" ? stripped : read.fullText;
      var nothing = tooShort(read.fullText) ? "too-short" : "none";
      summary = hits.length === 0 ? (read.named.length > 0 ? "" : sentence(results, nothing, [echo(unmatched)]))
        : hits.length > limit ? sentence(results, "more", [grouped(hits.length - limit)]) : "";
    }
    if (summary) { results.appendChild(element("p", "summary", summary)); }
  };

  var skillList = function (index, positions, className, read) {
    var list = element("ul", className);
    positions.forEach(function (s) {
      var item = element("li");
      if (read) { namedSkill(item, index, index.skills[s], read); } else { item.appendChild(skillLink(index.skills[s])); }
      list.appendChild(item);
    });
    return list;
  };

  var hitList = function (hits, results) {
    var list = element("ol", "hits");
    hits.forEach(function (hit) {
      var item = element("li", "hit");
      item.setAttribute("data-cell", hit.cell ? hit.cell[0] : "");
      var link = element("a");
      link.href = hit.cell ? hit.skill.page + "#" + hit.cell[0] : hit.skill.page;
      link.appendChild(element("span", "", hit.skill.name, hit.skill.lang));
      link.appendChild(document.createTextNode(" · "));
      link.appendChild(element("span", "where", hit.cell ? hit.cell[1] : sentence(results, "skill-hit", [])));
      item.appendChild(link);
      item.appendChild(element("p", "", hit.text, hit.lang));
      list.appendChild(item);
    });
    return list;
  };

  // An address whose query is no text (invalid UTF-8 such as %ED%A0%80, a broken % escape) is not searched: the
  // server cannot read any of its parameters and says so on its search page; URLSearchParams would search "\uFFFD".
  var showUnreadable = function (results, input, heading) {
    results.textContent = "";
    input.value = "";
    heading.textContent = sentence(results, "heading", []);
    results.appendChild(element("p", "summary", sentence(results, "unreadable", [])));
  };

  var readable = function (search) {
    return search.replace(/^\?/, "").split("&").every(function (pair) {
      try { decodeURIComponent(pair.replace(/\+/g, " ")); return true; } catch (e) { return false; }
    });
  };

  window.skillbotSearch = { find: find, match: match, reading: searchReading, show: show, snippet: snippet };

  var index = window.skillbotSearchIndex;
  var results = document.getElementById("results");
  var input = document.getElementById("q");
  var heading = document.querySelector("main h1");
  if (!index || !results || !input || !heading) { return; }
  if (!readable(window.location.search)) { showUnreadable(results, input, heading); return; }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query !== null) { show(index, query, results, input, heading); }
}());
