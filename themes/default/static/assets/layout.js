/* Handbook: the menu button of narrow screens, and wide tables and code that scroll sideways inside
   the page. Without this file the navigation follows the page on a phone, and wide blocks still
   scroll by touch or mouse. Labels come from the template (data- attributes of this script). */
(function () {
  "use strict";
  var script = document.currentScript;
  var LABELS = {
    code: script && script.getAttribute("data-code-label") || "",
    table: script && script.getAttribute("data-table-label") || ""
  };

  function setupMenu() {
    var button = document.querySelector(".menu-button[aria-controls]");
    var nav = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!button || !nav) return;

    function open(yes, focusButton) {
      button.setAttribute("aria-expanded", yes ? "true" : "false");
      nav.classList.toggle("is-open", yes);
      if (!yes && focusButton) button.focus();
    }

    button.addEventListener("click", function () {
      open(button.getAttribute("aria-expanded") !== "true", false);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
      if (nav.contains(document.activeElement) || document.activeElement === button) {
        e.preventDefault();
        open(false, true);
      }
    });
    // Back to a wide screen (rotation, zoom out): the sidebar shows by itself, so the menu is closed.
    var wide = window.matchMedia("(min-width: 48.01rem)");
    wide.addEventListener("change", function () { if (wide.matches) open(false, false); });
  }

  /* A block wider than the page scrolls inside itself; keyboard users reach it with Tab, and screen
     readers hear what it is (axe: scrollable-region-focusable). Blocks that fit get no tab stop. */
  function scrollers() {
    var main = document.getElementById("main");
    if (!main) return [];
    var out = [];
    main.querySelectorAll("pre, .table-scroll").forEach(function (el) { out.push(el); });
    main.querySelectorAll("table").forEach(function (table) {
      if (table.closest(".table-scroll")) return;
      // The table scrolls in a wrapper, which keeps its table semantics intact.
      var wrap = document.createElement("div");
      wrap.className = "table-scroll";
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
      out.push(wrap);
    });
    return out;
  }

  function labelOf(el) {
    var caption = el.querySelector("caption");
    if (caption && caption.textContent.trim()) return caption.textContent.trim();
    if (el.tagName === "PRE") {
      var title = el.getAttribute("data-title");
      return title ? LABELS.code + ": " + title : LABELS.code;
    }
    return LABELS.table;
  }

  /* Two regions with one name are two landmarks a screen reader cannot tell apart (axe:
     landmark-unique): the second "Code" is "Code 2". */
  function uniqueLabel(label, el) {
    var taken = {};
    document.querySelectorAll("[role=region][aria-label]").forEach(function (other) {
      if (other !== el) taken[other.getAttribute("aria-label")] = true;
    });
    if (!taken[label]) return label;
    for (var n = 2; ; n++) if (!taken[label + " " + n]) return label + " " + n;
  }

  function markScrollable(blocks) {
    blocks.forEach(function (el) {
      var scrolls = el.scrollWidth > el.clientWidth + 1;
      if (scrolls && !el.hasAttribute("tabindex")) {
        // Only what this script adds is taken away again; a template's own attributes stay.
        var added = ["tabindex"];
        el.setAttribute("tabindex", "0");
        if (!el.hasAttribute("role")) { el.setAttribute("role", "region"); added.push("role"); }
        if (!el.hasAttribute("aria-label") && !el.hasAttribute("aria-labelledby")) {
          el.setAttribute("aria-label", uniqueLabel(labelOf(el), el));
          added.push("aria-label");
        }
        el.setAttribute("data-scroll-focus", added.join(" "));
      } else if (!scrolls && el.hasAttribute("data-scroll-focus")) {
        el.getAttribute("data-scroll-focus").split(" ").forEach(function (a) { el.removeAttribute(a); });
        el.removeAttribute("data-scroll-focus");
      }
    });
  }

  function setup() {
    setupMenu();
    markScrollable(scrollers());
    var pending = false;
    window.addEventListener("resize", function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; markScrollable(scrollers()); });
    });
    // Highlighted code, diagrams and open menus change widths after this runs.
    document.addEventListener("handbook:content-changed", function () { markScrollable(scrollers()); });
    // An opened collapsible (<details>) may show a wide block too; "toggle" does not bubble, so capture it.
    document.addEventListener("toggle", function () { markScrollable(scrollers()); }, true);
  }

  window.HandbookLayout = { refresh: function () { markScrollable(scrollers()); } };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
