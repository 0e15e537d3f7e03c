/* Handbook: the 404 page at any depth. A static host serves 404.html for any missing path, such as
   /roles/old-page/ or /a/b/c/d, where the page's links (written relative to the site root) lead
   nowhere and its styles and scripts do not load. The page asks for this file at several depths;
   the first copy found runs, knows the site root from its own address, and points the page's
   links, styles and scripts there. With base_url in handbook.yml the page needs none of this. */
(function () {
  "use strict";
  if (window.HandbookRoot) return; // a copy found at a shallower depth of a nested site: one is enough
  var me = document.currentScript;
  if (!me) return;
  var root = me.src.replace(/assets\/404\.js([?#].*)?$/, "");
  window.HandbookRoot = root;
  var here = new URL(".", window.location.href).href;
  if (root === here) return; // the page sits at the root: everything loaded already

  function relative(value) {
    return value && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value);
  }

  function fix(el, name) {
    var value = el.getAttribute(name);
    if (relative(value)) el.setAttribute(name, new URL(value, root).href);
  }

  document.querySelectorAll("a[href], link[href], img[src], form[data-root], form[data-index]").forEach(function (el) {
    if (el.hasAttribute("href")) fix(el, "href");
    if (el.hasAttribute("src")) fix(el, "src");
    if (el.hasAttribute("data-root")) el.setAttribute("data-root", root + el.getAttribute("data-root"));
    if (el.hasAttribute("data-index")) el.setAttribute("data-index", root + el.getAttribute("data-index"));
  });
  // The theme's scripts failed where they were looked for: load them from the root, in order.
  document.querySelectorAll("script[src]").forEach(function (old) {
    var src = old.getAttribute("src");
    if (!relative(src) || /(^|\/)404\.js$/.test(src)) return;
    var s = document.createElement("script");
    for (var i = 0; i < old.attributes.length; i++) s.setAttribute(old.attributes[i].name, old.attributes[i].value);
    s.src = new URL(src, root).href;
    s.async = false;
    old.parentNode.replaceChild(s, old);
  });
})();
