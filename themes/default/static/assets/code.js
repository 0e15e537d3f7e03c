/* Handbook: code blocks. Colours code with the vendored highlight.js (loaded by the page when it
   has a ```language block; grammars beyond its common bundle are loaded here when a page uses
   them), numbers and highlights lines that the block asks for (```sh hl_lines="2 3" linenums="1",
   written by the build as data-hl-lines and data-linenums), and adds a copy button that says
   "copied" through the page's live region. Without this file, code is plain and still readable.
   The words come from the template: data- attributes of this script. */
(function () {
  "use strict";
  var script = document.currentScript;
  var assets = script ? script.src.replace(/code\.js([?#].*)?$/, "") : "";
  var T = {
    copy: attr("data-copy"),
    label: attr("data-copy-label"),
    copied: attr("data-copied"),
    failed: attr("data-copy-failed")
  };
  /* Grammars outside highlight.min.js: language or alias to its file, relative to assets/. */
  var EXTRA = {};
  [["vendor/highlight/languages/apache.min.js", "apache apacheconf"],
    ["vendor/highlight/languages/awk.min.js", "awk"],
    ["vendor/highlight/languages/cmake.min.js", "cmake"],
    ["vendor/highlight/languages/dart.min.js", "dart"],
    ["vendor/highlight/languages/dockerfile.min.js", "dockerfile docker"],
    ["vendor/highlight/languages/dos.min.js", "dos bat batch cmd"],
    ["vendor/highlight/languages/elixir.min.js", "elixir ex exs"],
    ["vendor/highlight/languages/erlang.min.js", "erlang erl"],
    ["vendor/highlight/languages/groovy.min.js", "groovy gradle jenkinsfile"],
    ["vendor/highlight/languages/haskell.min.js", "haskell hs"],
    ["vendor/highlight/languages/http.min.js", "http https"],
    ["vendor/highlight/languages/latex.min.js", "latex tex"],
    ["vendor/highlight/languages/nginx.min.js", "nginx nginxconf"],
    ["vendor/highlight/languages/nix.min.js", "nix nixos"],
    ["vendor/highlight/languages/powershell.min.js", "powershell pwsh ps ps1"],
    ["vendor/highlight/languages/properties.min.js", "properties"],
    ["vendor/highlight/languages/protobuf.min.js", "protobuf proto"],
    ["vendor/highlight/languages/scala.min.js", "scala"],
    ["code-hcl.js", "hcl terraform tf hcl2 nomad"]
  ].forEach(function (e) { e[1].split(" ").forEach(function (name) { EXTRA[name] = e[0]; }); });
  /* Names authors write that highlight.js knows by another. */
  var SAME = { gradle: "groovy", jenkinsfile: "groovy", console: "shell", terminal: "shell", text: "plaintext", txt: "plaintext" };

  function attr(name) {
    return script && script.getAttribute(name) || "";
  }

  function languageOf(code) {
    var m = /(?:^|\s)language-(\S+)/.exec(code.className);
    if (!m) return null;
    var lang = m[1].toLowerCase();
    return SAME[lang] && !EXTRA[lang] ? SAME[lang] : lang;
  }

  function blocks() {
    var out = [];
    document.querySelectorAll("main pre > code").forEach(function (code) {
      if (languageOf(code) !== "mermaid") out.push(code);
    });
    return out;
  }

  function loadScript(src) {
    return new Promise(function (resolve) {
      var s = document.createElement("script");
      s.src = assets + src;
      s.onload = s.onerror = function () { resolve(); }; // a grammar that fails leaves its code plain
      document.head.appendChild(s);
    });
  }

  /* "2-4 7" to {2: true, 3: true, 4: true, 7: true}. */
  function lineSet(spec) {
    var set = {};
    (spec || "").split(/\s+/).forEach(function (part) {
      var m = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!m) return;
      for (var i = +m[1], end = Math.min(m[2] ? +m[2] : +m[1], +m[1] + 100000); i <= end; i++) set[i] = true;
    });
    return set;
  }

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /* Cuts highlighted HTML (text and highlight.js's <span> tags) into one element per line, closing
     the spans open at a line's end and opening them again on the next, so a comment that runs over
     three lines is coloured on all three. */
  function intoLines(html, marked, first) {
    var lines = [], open = [], line = "", re = /<span[^>]*>|<\/span>|\n/g, at = 0, m;
    while ((m = re.exec(html)) !== null) {
      line += html.slice(at, m.index);
      at = re.lastIndex;
      if (m[0] === "\n") {
        lines.push(line + "</span>".repeat(open.length));
        line = open.join("");
      } else if (m[0] === "</span>") {
        open.pop();
        line += m[0];
      } else {
        open.push(m[0]);
        line += m[0];
      }
    }
    lines.push(line + html.slice(at));
    return lines.map(function (l, i) {
      var n = i + 1;
      return "<span class=\"code-line" + (marked[n] ? " code-line-marked" : "") + "\"" +
        (first > 0 ? " data-n=\"" + (first + i) + "\"" : "") + ">" + l + "</span>";
    }).join("");
  }

  function colour(code, text) {
    var lang = languageOf(code);
    var hljs = window.hljs;
    var known = hljs && lang && hljs.getLanguage(lang);
    var pre = code.parentElement;
    var marked = lineSet(pre.getAttribute("data-hl-lines"));
    var first = parseInt(pre.getAttribute("data-linenums") || "0", 10) || 0;
    var lined = first > 0 || Object.keys(marked).length > 0;
    if (!known && !lined) return;
    // The block's last newline ends its last line; it starts no line of its own.
    var body = lined ? text.replace(/\n$/, "") : text;
    var html = known ? hljs.highlight(body, { language: lang, ignoreIllegals: true }).value : escapeHtml(body);
    if (lined) {
      html = intoLines(html, marked, first);
      code.classList.add("code-lines");
      if (first > 0) code.classList.add("code-numbered");
    }
    // highlight.js escapes the text it was given; its output is markup of its own spans only.
    code.innerHTML = html;
    if (known) code.classList.add("hljs");
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // Over plain http the clipboard API is missing: the older way still works from a click.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy refused"));
    });
  }

  function addCopyButton(code, text) {
    var pre = code.parentElement;
    var box = document.createElement("div");
    box.className = "code-block";
    pre.parentNode.insertBefore(box, pre);
    box.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = T.copy;
    button.setAttribute("aria-label", T.label);
    var timer = 0;
    button.addEventListener("click", function () {
      copyText(text).then(function () {
        button.textContent = T.copied;
        button.classList.add("is-copied");
        if (window.HandbookScheme) window.HandbookScheme.announce(T.copied);
      }, function () {
        if (window.HandbookScheme) window.HandbookScheme.announce(T.failed);
      });
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        button.textContent = T.copy;
        button.classList.remove("is-copied");
      }, 2000);
    });
    box.appendChild(button);
  }

  function setup() {
    var list = blocks();
    if (!list.length) return;
    var texts = list.map(function (code) { return code.textContent; });
    list.forEach(function (code, i) { addCopyButton(code, texts[i]); });
    var needed = {};
    list.forEach(function (code) {
      var lang = languageOf(code);
      if (lang && EXTRA[lang] && !(window.hljs && window.hljs.getLanguage(lang))) needed[EXTRA[lang]] = true;
    });
    var files = window.hljs ? Object.keys(needed) : [];
    Promise.all(files.map(loadScript)).then(function () {
      list.forEach(function (code, i) { colour(code, texts[i]); });
      document.dispatchEvent(new CustomEvent("handbook:content-changed"));
    });
  }

  window.HandbookCode = { intoLines: intoLines, lineSet: lineSet };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
