/* Handbook: small progressive enhancements. Every page reads fine without this file. */
(function () {
  "use strict";
  // "/" focuses the search box, as on most documentation sites.
  document.addEventListener("keydown", function (e) {
    var input = document.getElementById("search-input");
    if (e.key === "/" && input && !input.disabled && document.activeElement !== input &&
        !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      input.focus();
    }
  });

  function each(selector, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }

  /* The words of an element's data-NAME attribute, with {key} filled in from values. */
  function words(el, name, values) {
    return (el.getAttribute("data-" + name) || "").replace(/\{(\w+)\}/g, function (m, k) {
      return values[k] === undefined ? m : String(values[k]);
    });
  }

  function storage() {
    try {
      var s = window.localStorage;
      s.setItem("handbook:probe", "1");
      s.removeItem("handbook:probe");
      return s;
    } catch (e) {
      return null; // private mode or storage turned off: ticks then last until the page is left
    }
  }

  /* Runbooks: the steps' boxes keep their ticks in this browser, per page and per version of the
     runbook (data-checklist is a digest of its text), with a count, a reset and a copy as a Markdown
     checklist to paste into an incident channel. The bar and its words are the template's. */
  function checklist() {
    var lists = document.querySelectorAll(".prose .checklist");
    if (!lists.length) return;
    var boxes = document.querySelectorAll(".prose .step-check");
    var key = "handbook:checklist:" + location.pathname + ":" + lists[0].getAttribute("data-checklist");
    var store = storage();
    var saved = null;
    try { saved = store && JSON.parse(store.getItem(key) || "null"); } catch (e) { saved = null; }
    if (saved && saved.length !== undefined) each(".prose .step-check", function (b) { b.checked = saved.indexOf(b.id) >= 0; });

    var prose = lists[0].closest(".prose");
    var bar = document.querySelector(".checklist-bar");   // a layout without one still keeps the ticks

    function update() {
      if (!bar) return;
      var done = document.querySelectorAll(".prose .step-check:checked").length;
      bar.querySelector(".checklist-count").textContent = words(bar, "count", { done: done, n: boxes.length });
    }
    function save() {
      var ticked = [];
      each(".prose .step-check:checked", function (b) { ticked.push(b.id); });
      if (store) store.setItem(key, JSON.stringify(ticked));
      update();
    }
    prose.addEventListener("change", function (e) {
      if (e.target.classList && e.target.classList.contains("step-check")) save();
    });
    if (!bar) return;
    var status = bar.querySelector(".checklist-status");
    bar.hidden = false;
    bar.querySelector(".checklist-reset").addEventListener("click", function () {
      if (!window.confirm(words(bar, "confirm", {}))) return;
      each(".prose .step-check", function (b) { b.checked = false; });
      if (store) store.removeItem(key);
      update();
      status.textContent = words(bar, "reset-done", {});
    });
    bar.querySelector(".checklist-copy").addEventListener("click", function () {
      copy(markdown(prose), function (ok) {
        status.textContent = ok ? words(bar, "copied", { n: boxes.length }) : words(bar, "copy-failed", {});
      });
    });
    update();
  }

  /* The runbook's title, then each heading that has steps under it, then its steps as "- [x] ...". */
  function markdown(prose) {
    var h1 = document.querySelector("main h1");
    var lines = ["## " + (h1 ? h1.textContent.trim() : document.title), ""];
    var heading = null;
    var walker = document.createTreeWalker(prose, NodeFilter.SHOW_ELEMENT);
    for (var el = walker.nextNode(); el; el = walker.nextNode()) {
      if (/^H[2-4]$/.test(el.tagName)) {
        heading = el.textContent.trim();
      } else if (el.classList.contains("checklist-step")) {
        if (heading !== null) {
          if (lines[lines.length - 1] !== "") lines.push("");
          lines.push("### " + heading, "");
          heading = null;
        }
        var depth = 0;
        for (var p = el.parentNode.parentNode; p && p !== prose; p = p.parentNode) {
          if (p.classList && p.classList.contains("checklist")) depth++;
        }
        var box = el.querySelector(".step-check");
        var label = el.querySelector(".step-text");
        var text = (label ? label.textContent : el.textContent).replace(/\s+/g, " ").trim();
        lines.push(new Array(depth + 1).join("  ") + "- [" + (box && box.checked ? "x" : " ") + "] " + text);
      }
    }
    return lines.join("\n") + "\n";
  }

  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  /* The responsibility matrix: "show the part of" one role keeps its column and the activities it
     has a part in (?role=slug in the address chooses one too). */
  function matrixFilter() {
    var select = document.querySelector("[data-matrix-filter]");
    if (!select) return;
    var form = select.form;
    var status = form.querySelector(".matrix-status");
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    function apply() {
      var role = select.value;
      var name = role ? select.options[select.selectedIndex].text : "";
      var shown = 0;
      each(".raci-matrix [data-role]", function (c) {
        c.classList.toggle("is-filtered", !!role && c.getAttribute("data-role") !== role);
        c.classList.toggle("is-chosen", !!role && c.tagName === "TD" && c.getAttribute("data-role") === role);
      });
      each(".raci-matrix tbody tr", function (tr) {
        var cell = role ? tr.querySelector('[data-role="' + role + '"]') : null;
        var hide = !!role && (!cell || cell.textContent.trim() === "");
        tr.classList.toggle("is-filtered", hide);
        if (!hide) shown++;
      });
      each(".raci-cards > li", function (li) {
        var mine = role ? li.querySelectorAll('[data-role="' + role + '"]') : [];
        li.classList.toggle("is-filtered", !!role && mine.length === 0);
        each("[data-role]", function (a) { a.classList.toggle("is-chosen", !!role && a.getAttribute("data-role") === role); }, li);
      });
      status.textContent = role ? words(form, "showing", { n: shown, role: name }) : "";
    }
    select.addEventListener("change", apply);
    var asked = (new URLSearchParams(location.search).get("role") || "").replace(/[^a-z0-9_-]/gi, "");
    if (asked && select.querySelector('option[value="' + asked + '"]')) {
      select.value = asked;
      apply();
    }
  }

  checklist();
  matrixFilter();
})();
