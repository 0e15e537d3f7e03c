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
})();
