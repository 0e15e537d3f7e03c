/* Handbook: content tabs (=== "Label" in Markdown). Without this file every panel shows under a
   heading with its label; with it, each set becomes an ARIA tab list: arrow keys, Home and End move
   between tabs, and a link to something inside a hidden panel opens that panel. Loaded only by pages
   that have tabs. */
(function () {
  "use strict";
  var sets = document.querySelectorAll(".tabbed-set");
  for (var i = 0; i < sets.length; i++) setUp(sets[i], i + 1);
  window.addEventListener("hashchange", showTarget);
  showTarget();

  function setUp(set, n) {
    var panels = [];
    for (var c = set.firstElementChild; c; c = c.nextElementSibling) {
      var label = c.firstElementChild;
      if (c.classList.contains("tabbed-panel") && label && label.classList.contains("tabbed-label")) panels.push(c);
    }
    if (!panels.length) return;
    var list = document.createElement("div");
    list.className = "tabbed-tabs";
    list.setAttribute("role", "tablist");
    var tabs = panels.map(function (panel, k) {
      var label = panel.firstElementChild;
      var tab = document.createElement("button");
      tab.type = "button";
      tab.id = "__tabbed_" + n + "_" + (k + 1);
      tab.setAttribute("role", "tab");
      for (var x = label.firstChild; x; x = x.nextSibling) tab.appendChild(x.cloneNode(true));
      if (!panel.id) panel.id = tab.id + "_panel";
      tab.setAttribute("aria-controls", panel.id);
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      panel.tabIndex = 0;
      label.hidden = true; // the tab says it now
      list.appendChild(tab);
      return tab;
    });
    set.insertBefore(list, set.firstChild);
    set.classList.add("tabbed-ready");
    var first = panels.findIndex(function (p) { return p.classList.contains("tabbed-selected"); });
    select(tabs, panels, Math.max(first, 0));
    list.addEventListener("click", function (e) {
      var k = tabs.indexOf(e.target.closest("[role=tab]"));
      if (k >= 0) select(tabs, panels, k);
    });
    list.addEventListener("keydown", function (e) {
      var k = tabs.indexOf(document.activeElement);
      if (k < 0) return;
      var to = { ArrowRight: k + 1, ArrowLeft: k - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      to = (to + tabs.length) % tabs.length;
      select(tabs, panels, to);
      tabs[to].focus();
    });
    set.tabbed = { tabs: tabs, panels: panels };
  }

  function select(tabs, panels, k) {
    for (var j = 0; j < tabs.length; j++) {
      var on = j === k;
      tabs[j].setAttribute("aria-selected", on ? "true" : "false");
      tabs[j].tabIndex = on ? 0 : -1;
      panels[j].hidden = !on;
    }
    // A panel just shown may hold a block too wide for the page, which layout.js makes focusable.
    document.dispatchEvent(new CustomEvent("handbook:content-changed"));
  }

  /** Opens the panels around the element the address points at (#id), so following a link shows it. */
  function showTarget() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    var target = id && document.getElementById(id);
    if (!target) return;
    var opened = false;
    for (var el = target.closest(".tabbed-panel"); el; el = el.parentElement.closest(".tabbed-panel")) {
      var set = el.parentElement;
      if (!set.tabbed || !el.hidden) continue;
      select(set.tabbed.tabs, set.tabbed.panels, set.tabbed.panels.indexOf(el));
      opened = true;
    }
    if (opened) target.scrollIntoView();
  }
})();
