/* Handbook: the reader's colour scheme. Loaded without defer in <head>, so the scheme is set before
   the first paint (no flash of the wrong one). The dark palette is dark.css, linked with the media
   query (prefers-color-scheme: dark): without JavaScript it follows the system; here a choice kept
   in localStorage forces it on ("all") or off ("not all"). The toggle button in the header cycles
   system, light, dark; its labels come from the template. */
(function () {
  "use strict";
  var KEY = "handbook-scheme";
  var SCHEMES = ["system", "light", "dark"];
  var root = document.documentElement;
  root.classList.add("js");

  function stored() {
    try {
      var s = window.localStorage.getItem(KEY);
      return SCHEMES.indexOf(s) >= 0 ? s : "system";
    } catch (e) {
      return "system"; // storage refused (privacy settings): follow the system
    }
  }

  function apply(scheme) {
    var dark = document.getElementById("dark-scheme");
    if (dark) {
      dark.media = scheme === "dark" ? "all" : scheme === "light" ? "not all" : "(prefers-color-scheme: dark)";
    }
    root.setAttribute("data-scheme", scheme);
    var button = document.querySelector(".scheme-toggle");
    if (button) {
      var label = button.getAttribute("data-label-" + scheme) || scheme;
      button.setAttribute("aria-label", label);
      button.setAttribute("title", label);
    }
  }

  /* Whether the page shows the dark palette now: for diagrams and other scripts that draw. */
  function isDark() {
    var dark = document.getElementById("dark-scheme");
    return !!dark && window.matchMedia(dark.media).matches;
  }

  /* Says text through the page's live region (#announcer); other scripts use it as HandbookScheme.announce. */
  function announce(text) {
    var live = document.getElementById("announcer");
    if (!live) return;
    live.textContent = "";
    // A fresh text node after a tick, so the same message twice is announced twice.
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function choose(scheme) {
    try {
      if (scheme === "system") window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, scheme);
    } catch (e) {
      // not kept, but applied to this page
    }
    apply(scheme);
    document.dispatchEvent(new CustomEvent("handbook:scheme", { detail: { dark: isDark() } }));
  }

  function setup() {
    var button = document.querySelector(".scheme-toggle");
    apply(stored());
    if (!button) return;
    button.addEventListener("click", function () {
      var next = SCHEMES[(SCHEMES.indexOf(stored()) + 1) % SCHEMES.length];
      choose(next);
      announce(button.getAttribute("aria-label"));
    });
  }

  apply(stored());
  window.HandbookScheme = { isDark: isDark, choose: choose, announce: announce };
  // Another tab changed the scheme: follow it.
  window.addEventListener("storage", function (e) {
    if (e.key === KEY) {
      apply(stored());
      document.dispatchEvent(new CustomEvent("handbook:scheme", { detail: { dark: isDark() } }));
    }
  });
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () {
    document.dispatchEvent(new CustomEvent("handbook:scheme", { detail: { dark: isDark() } }));
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
