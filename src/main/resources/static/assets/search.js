// Search for the static site: reads ?q=, looks the words up in window.skillbotSearchIndex
// (assets/search-index.js) and lists the skills and cells that mention every word. Results are
// built with textContent only, so no catalog text is ever parsed as HTML; each name and text carries the
// language it is written in (lang), as on the server's pages.
(function () {
  "use strict";
  var index = window.skillbotSearchIndex;
  var results = document.getElementById("results");
  var input = document.getElementById("q");
  if (!index || !results || !input) { return; }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var words = query.toLowerCase().split(/\s+/).filter(function (word) { return word.length > 0; });
  if (words.length === 0) { return; }
  var all = function (text) {
    var haystack = text.toLowerCase();
    return words.every(function (word) { return haystack.indexOf(word) >= 0; });
  };
  var list = document.createElement("ol");
  list.className = "hits";
  var add = function (href, skill, where, text, textLang, cell) {
    var item = document.createElement("li");
    item.className = "hit";
    item.setAttribute("data-cell", cell);
    var link = document.createElement("a");
    link.href = href;
    var name = document.createElement("span");
    name.lang = skill.lang;
    name.textContent = skill.name;
    link.appendChild(name);
    if (where) { link.appendChild(document.createTextNode(" · " + where)); }
    var snippet = document.createElement("p");
    snippet.textContent = text;
    if (textLang) { snippet.lang = textLang; }
    item.appendChild(link);
    item.appendChild(snippet);
    list.appendChild(item);
  };
  index.skills.forEach(function (skill) {
    if (all(skill.about)) { add(skill.page, skill, results.getAttribute("data-skill-hit"), "", "", ""); }
    skill.cells.forEach(function (cell) {
      if (all(cell[2])) { add(skill.page + "#" + cell[0], skill, cell[1], cell[2], cell[3], cell[0]); }
    });
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
