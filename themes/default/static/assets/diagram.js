/* Handbook: ```mermaid blocks drawn as diagrams by the vendored mermaid library, which this script
   loads only on pages that have such a block (the template includes this script only there). A
   diagram is drawn in the page's colour scheme and drawn again when the reader switches it. One
   that cannot be drawn keeps its source on screen, with a message saying so, never a blank; and
   without JavaScript the source shows as code. The words come from the template: data- attributes. */
(function () {
  "use strict";
  var script = document.currentScript;
  var T = {
    library: attr("data-library"),
    label: attr("data-label"),
    source: attr("data-source"),
    failed: attr("data-failed")
  };
  var diagrams = [];
  var count = 0;

  function attr(name) {
    return script && script.getAttribute(name) || "";
  }

  function load() {
    if (window.mermaid) return Promise.resolve(window.mermaid);
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = T.library;
      s.onload = function () {
        if (window.mermaid) resolve(window.mermaid);
        else reject(new Error("the diagram library did not start"));
      };
      s.onerror = function () { reject(new Error("the diagram library could not be loaded")); };
      document.head.appendChild(s);
    });
  }

  function dark() {
    return window.HandbookScheme ? window.HandbookScheme.isDark() : window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  /* Shows the source with a message above it: the block the author wrote, and why it is not a picture. */
  function fail(d, error) {
    if (d.figure) {
      d.figure.parentNode.replaceChild(d.pre, d.figure);
      d.figure = null;
    }
    if (d.message) return;
    var p = document.createElement("p");
    p.className = "diagram-error";
    p.textContent = T.failed + " ";
    var detail = document.createElement("span");
    detail.className = "diagram-error-detail";
    detail.textContent = (error && error.message ? error.message : String(error)).split("\n")[0];
    p.appendChild(detail);
    d.pre.parentNode.insertBefore(p, d.pre);
    d.message = p;
  }

  /* mermaid's picture as a node of this page. Its <style> element and style attributes would be
     refused under a Content-Security-Policy without 'unsafe-inline' (handbook serve sends one),
     leaving black shapes: the styles are applied through the CSS object model instead, which such
     a policy allows. The markup is mermaid's own, cleaned by it (securityLevel "strict"), and read
     in an inert document that runs nothing. */
  function adopt(markup, d) {
    var inert = document.implementation.createHTMLDocument("");
    inert.body.innerHTML = markup;
    var svg = inert.querySelector("svg");
    if (!svg) throw new Error("the diagram library drew nothing");
    var css = [];
    svg.querySelectorAll("style").forEach(function (el) { css.push(el.textContent); el.parentNode.removeChild(el); });
    var styles = [];
    [svg].concat(Array.prototype.slice.call(svg.querySelectorAll("[style]"))).forEach(function (el) {
      if (!el.hasAttribute("style")) return;
      el.setAttribute("data-diagram-style", String(styles.length));
      styles.push(el.getAttribute("style"));
      el.removeAttribute("style");
    });
    var node = document.importNode(svg, true);
    [node].concat(Array.prototype.slice.call(node.querySelectorAll("[data-diagram-style]"))).forEach(function (el) {
      if (!el.hasAttribute("data-diagram-style")) return;
      el.style.cssText = styles[+el.getAttribute("data-diagram-style")];
      el.removeAttribute("data-diagram-style");
    });
    sheet(d, css.join("\n"));
    return node;
  }

  /* The diagram's own rules (scoped by mermaid to its svg's id), replacing those of its last drawing. */
  function sheet(d, css) {
    if ("adoptedStyleSheets" in document && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var s = d.sheet || new CSSStyleSheet();
      s.replaceSync(css);
      if (!d.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.concat([s]);
      d.sheet = s;
      return;
    }
    var el = d.sheet || document.createElement("style"); // older browsers: a <style> element
    el.textContent = css;
    if (!d.sheet) document.head.appendChild(el);
    d.sheet = el;
  }

  function draw(mermaid, d) {
    var id = "diagram-" + (++count);
    return mermaid.render(id, d.source).then(function (result) {
      var figure = document.createElement("figure");
      figure.className = "diagram";
      var svg = adopt(result.svg, d);
      figure.appendChild(svg);
      if (svg && !svg.getAttribute("aria-labelledby") && !svg.getAttribute("aria-label")) {
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", T.label);
      }
      // The source stays reachable: for screen readers, for copying, and for the curious.
      var more = document.createElement("details");
      more.className = "diagram-source";
      var summary = document.createElement("summary");
      summary.textContent = T.source;
      more.appendChild(summary);
      var pre = document.createElement("pre");
      pre.setAttribute("data-title", T.source); // names the block if it scrolls (layout.js)
      var code = document.createElement("code");
      code.textContent = d.source;
      pre.appendChild(code);
      more.appendChild(pre);
      figure.appendChild(more);
      var current = d.figure || d.pre;
      current.parentNode.replaceChild(figure, current);
      d.figure = figure;
      if (result.bindFunctions) result.bindFunctions(figure);
    }).catch(function (error) {
      // mermaid leaves its error picture in a scratch element; it is not the reader's.
      var scratch = document.getElementById("d" + id);
      if (scratch) scratch.parentNode.removeChild(scratch);
      fail(d, error);
    });
  }

  function drawAll(mermaid) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme: dark() ? "dark" : "neutral",
      // mermaid's dark edge labels (#ccc on #585858) fall short of 4.5:1; a darker ground passes.
      themeVariables: dark() ? { edgeLabelBackground: "#333333" } : {},
      fontFamily: getComputedStyle(document.body).fontFamily
    });
    var chain = Promise.resolve();
    diagrams.forEach(function (d) {
      if (!d.message) chain = chain.then(function () { return draw(mermaid, d); });
    });
    return chain.then(function () {
      document.dispatchEvent(new CustomEvent("handbook:content-changed"));
    });
  }

  function setup() {
    document.querySelectorAll("main pre > code.language-mermaid").forEach(function (code) {
      diagrams.push({ pre: code.parentElement, source: code.textContent, figure: null, message: null, sheet: null });
    });
    if (!diagrams.length) return;
    load().then(function (mermaid) {
      var drawing = drawAll(mermaid);
      document.addEventListener("handbook:scheme", function () {
        drawing = drawing.then(function () { return drawAll(mermaid); });
      });
    }, function (error) {
      diagrams.forEach(function (d) { fail(d, error); });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
