/* Handbook search. Loads the index the build wrote (search-index/) with script tags, because a page
   opened from file:// may not fetch files; every path is relative, so it works offline and under
   any base path. A query loads the manifest, the term shards of its words, and the pages it shows.
   Written for Handbook rather than vendored: no maintained library loads a split index through
   script tags (see README, "Search"). Tokenising and stemming must match
   dev.handbook.search.Tokenizer and PorterStemmer exactly; SearchParityIT checks both. */
(function () {
  "use strict";

  // ---------------------------------------------------------------------------------------------
  // Terms: the same rules as Tokenizer.java.
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var NOT_ALNUM = /[^\p{L}\p{N}]/gu;
  var NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  var STOP = {};
  ("a an and are as at be but by do for from has have how i if in into is it its of on or our so than " +
    "that the their them then there these they this to was we were what when where which who why will " +
    "with you your").split(" ").forEach(function (w) { STOP[w] = true; });

  function normalise(word) {
    // A word's characters below U+0080 are letters and digits, which need lower-casing only.
    if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
    return word.normalize("NFKD").toLowerCase().replace(NOT_ALNUM, "");
  }

  /* Calls sink(word, start, end, compound) for each normalised word of text, in Tokenizer's order. */
  function words(text, sink) {
    var re = new RegExp(WORD.source, "gu");
    var m, compound = "", parts = 0, lastEnd = -1, cStart = 0;
    while ((m = re.exec(text)) !== null) {
      var w = normalise(m[0]);
      var joined = lastEnd >= 0 && m.index === lastEnd + 1 && text.charAt(lastEnd) === "-";
      if (!joined) {
        if (parts > 1) sink(compound, cStart, lastEnd, true);
        compound = "";
        parts = 0;
      }
      lastEnd = m.index + m[0].length;
      if (w === "") {
        if (parts > 1) sink(compound, cStart, lastEnd, true);
        compound = "";
        parts = 0;
        continue;
      }
      sink(w, m.index, lastEnd, false);
      if (parts === 0) cStart = m.index;
      compound += w;
      parts++;
    }
    if (parts > 1) sink(compound, cStart, lastEnd, true);
  }

  var known = new Map();

  /* The term of a normalised word, or null for a stop word; remembered, since snippets re-read the same words. */
  function term(word) {
    var t = known.get(word);
    if (t !== undefined) return t;
    if (known.size > 100000) known.clear();
    t = termOf(word);
    known.set(word, t);
    return t;
  }

  function termOf(word) {
    if (/^(?:[0-9]|10)$/.test(word)) word = NUMBER_WORDS[+word];
    else if (STOP[word] === true) return null;
    if (word.length > 2 && /^[a-z]+$/.test(word)) return stem(word);
    return word;
  }

  function terms(text) {
    var out = [];
    words(text, function (w) { var t = term(w); if (t !== null) out.push(t); });
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Porter's stemmer, the same port as PorterStemmer.java (Martin Porter's ANSI C reference).
  function stem(word) {
    if (word.length <= 2) return word;
    var b = word.split(""), k = b.length - 1, j = 0;

    function cons(i) {
      var c = b[i];
      if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") return false;
      if (c === "y") return i === 0 || !cons(i - 1);
      return true;
    }
    function m() {
      var n = 0, i = 0;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
      for (;;) {
        for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
        i++;
        n++;
        for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
        i++;
      }
    }
    function vowelInStem() {
      for (var i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }
    function doubleC(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      var c = b[i];
      return c !== "w" && c !== "x" && c !== "y";
    }
    function ends(s) {
      var len = s.length;
      if (len > k + 1) return false;
      for (var i = 0; i < len; i++) if (b[k - len + 1 + i] !== s.charAt(i)) return false;
      j = k - len;
      return true;
    }
    function setTo(s) {
      for (var i = 0; i < s.length; i++) b[j + 1 + i] = s.charAt(i);
      k = j + s.length;
    }
    function r(s) { if (m() > 0) setTo(s); }

    // step 1ab
    if (b[k] === "s") {
      if (ends("sses")) k -= 2;
      else if (ends("ies")) setTo("i");
      else if (k >= 1 && b[k - 1] !== "s") k--;
    }
    if (ends("eed")) {
      if (m() > 0) k--;
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) setTo("ate");
      else if (ends("bl")) setTo("ble");
      else if (ends("iz")) setTo("ize");
      else if (doubleC(k)) {
        k--;
        var ch = b[k];
        if (ch === "l" || ch === "s" || ch === "z") k++;
      } else if (m() === 1 && cvc(k)) setTo("e");
    }
    if (k > 0) {
      // step 1c
      if (ends("y") && vowelInStem()) b[k] = "i";
      // step 2
      if (k >= 1) {
        switch (b[k - 1]) {
          case "a": if (ends("ational")) r("ate"); else if (ends("tional")) r("tion"); break;
          case "c": if (ends("enci")) r("ence"); else if (ends("anci")) r("ance"); break;
          case "e": if (ends("izer")) r("ize"); break;
          case "l":
            if (ends("bli")) r("ble"); else if (ends("alli")) r("al"); else if (ends("entli")) r("ent");
            else if (ends("eli")) r("e"); else if (ends("ousli")) r("ous");
            break;
          case "o": if (ends("ization")) r("ize"); else if (ends("ation")) r("ate"); else if (ends("ator")) r("ate"); break;
          case "s":
            if (ends("alism")) r("al"); else if (ends("iveness")) r("ive"); else if (ends("fulness")) r("ful");
            else if (ends("ousness")) r("ous");
            break;
          case "t": if (ends("aliti")) r("al"); else if (ends("iviti")) r("ive"); else if (ends("biliti")) r("ble"); break;
          case "g": if (ends("logi")) r("log"); break;
        }
      }
      // step 3
      switch (b[k]) {
        case "e": if (ends("icate")) r("ic"); else if (ends("ative")) r(""); else if (ends("alize")) r("al"); break;
        case "i": if (ends("iciti")) r("ic"); break;
        case "l": if (ends("ical")) r("ic"); else if (ends("ful")) r(""); break;
        case "s": if (ends("ness")) r(""); break;
      }
      // step 4
      if (k >= 1) {
        var found = false;
        switch (b[k - 1]) {
          case "a": found = ends("al"); break;
          case "c": found = ends("ance") || ends("ence"); break;
          case "e": found = ends("er"); break;
          case "i": found = ends("ic"); break;
          case "l": found = ends("able") || ends("ible"); break;
          case "n": found = ends("ant") || ends("ement") || ends("ment") || ends("ent"); break;
          case "o": found = ends("ion") && j >= 0 && (b[j] === "s" || b[j] === "t") || ends("ou"); break;
          case "s": found = ends("ism"); break;
          case "t": found = ends("ate") || ends("iti"); break;
          case "u": found = ends("ous"); break;
          case "v": found = ends("ive"); break;
          case "z": found = ends("ize"); break;
        }
        if (found && m() > 1) k = j;
      }
      // step 5
      j = k;
      if (b[k] === "e") {
        var a = m();
        if (a > 1 || a === 1 && !cvc(k - 1)) k--;
      }
      if (b[k] === "l" && doubleC(k) && m() > 1) k--;
    }
    return b.slice(0, k + 1).join("");
  }

  // ---------------------------------------------------------------------------------------------
  // Loading the index: each file is a script calling HandbookSearch.add(name, data).
  var own = Object.prototype.hasOwnProperty;
  var cache = {};
  var pending = {};
  var loaded = [];
  var base = null;
  var root = "";
  /* Results shown at first, and added by each "show more". */
  var PAGE_SIZE = 10;
  var COMPLETIONS = 6;
  var PREFIX_WEIGHT = 0.8;
  /* A hyphenated word's parts written apart ("incident response" for "incident-response"). */
  var PARTS_WEIGHT = 0.8;
  /* Typo tolerance: words this long or longer, at most this many terms one edit away, weighed so. */
  var TYPO_MIN = 5;
  var TYPOS = 3;
  var TYPO_WEIGHT = 0.7;

  function add(name, data) { cache[name] = data; }

  /* Where the index and the site root are, relative to this page, from the search form. */
  function locate() {
    var form = document.querySelector("form.search[data-index]");
    if (!form) throw new Error("this page has no search form");
    root = form.getAttribute("data-root") || "";
    base = form.getAttribute("data-index");
  }

  function load(name) {
    if (base === null) locate();
    if (own.call(cache, name)) return Promise.resolve(cache[name]);
    if (own.call(pending, name)) return pending[name];
    pending[name] = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      // The manifest is always asked for afresh; the rest carry its build digest, so a browser cache
      // never mixes files of two builds. On file:// the query part is ignored.
      s.src = base + name + ".js" + (name === "index" ? "?t=" + Date.now() : "?v=" + (own.call(cache, "index") ? cache.index.build : ""));
      s.async = true;
      s.onload = function () {
        if (own.call(cache, name)) resolve(cache[name]);
        else reject(new Error("search index file " + name + " did not register"));
      };
      s.onerror = function () {
        delete pending[name];
        reject(new Error("cannot load search index file " + name));
      };
      loaded.push(name);
      document.head.appendChild(s);
    });
    return pending[name];
  }

  /* The last item of sorted whose value is not after key; 0 when none is. Same rule as IndexFiles.shardOf. */
  function floorIndex(sorted, key) {
    var lo = 0, hi = sorted.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (sorted[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* Postings packed by IndexFiles.pack: per page the gap to the previous page and the score, each a
     little-endian varint of 5-bit digits (the first 32 DIGITS end a number). Unpacked to
     [page, score, page, score, ...]. */
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charAt(d)] = d;
  var unpacked = {};

  function unpack(packed) {
    var out = new Int32Array(df(packed) * 2), n = 0, doc = 0, v = 0, shift = 0;
    for (var i = 0; i < packed.length; i++) {
      var x = DIGIT[packed.charAt(i)];
      if (x >= 32) { v += (x - 32) * Math.pow(2, shift); shift += 5; continue; }
      v += x * Math.pow(2, shift);
      if (n % 2 === 0) { doc += v; out[n++] = doc; } else { out[n++] = v; }
      v = 0;
      shift = 0;
    }
    return out;
  }

  /* The number of pages in packed postings: two numbers each, and each number ends with one digit below 32. */
  function df(packed) {
    var ends = 0;
    for (var i = 0; i < packed.length; i++) if (DIGIT[packed.charAt(i)] < 32) ends++;
    return ends / 2;
  }

  /* Files of pages (d/N.js) hold the JSON of PAGES_PER_FILE neighbouring pages, deflated and in
     base64 (IndexFiles.deflated): page text is most of the index and compresses to a third, and
     a page opened from file:// cannot have the browser decompress a file, so inflate is here.
     Decoded once per file, kept by name. */
  var pageFiles = {};

  function page(manifest, id) {
    var name = "d/" + Math.floor(id / manifest.per);
    if (own.call(pageFiles, name)) return Promise.resolve(pageFiles[name][id % manifest.per]);
    return load(name).then(function (packed) {
      if (!own.call(pageFiles, name)) pageFiles[name] = JSON.parse(ascii(inflate(base64(packed))));
      return pageFiles[name][id % manifest.per];
    });
  }

  function base64(text) {
    var raw = atob(text), out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }

  function ascii(bytes) {
    var parts = [];
    for (var i = 0; i < bytes.length; i += 8192) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)));
    return parts.join("");
  }

  /* Raw deflate (RFC 1951): stored, fixed and dynamic Huffman blocks, each code found by one table
     look-up of the next bits. */
  var LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577];
  var DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  var fixed = null;

  /* A canonical Huffman code from its code lengths, as a table indexed by the next `max` bits of
     the stream (codes are read from their first bit up, so each code fills every entry whose low
     bits are its bits reversed): symbol << 4 | code length, 0 where no code starts so. */
  function huffman(lengths, n) {
    var count = new Uint16Array(16), next = new Uint16Array(16), max = 0, i;
    for (i = 0; i < n; i++) { count[lengths[i]]++; if (lengths[i] > max) max = lengths[i]; }
    count[0] = 0;
    for (i = 1, next[0] = 0; i < 16; i++) next[i] = (next[i - 1] + count[i - 1]) << 1;
    var t = new Uint32Array(1 << max);
    for (var sym = 0; sym < n; sym++) {
      var len = lengths[sym];
      if (!len) continue;
      var code = next[len]++, rev = 0;
      for (i = 0; i < len; i++) rev = rev << 1 | (code >> i & 1);
      for (i = rev; i < t.length; i += 1 << len) t[i] = sym << 4 | len;
    }
    return { t: t, max: max };
  }

  function inflate(input) {
    var out = new Uint8Array(input.length * 4 + 1024), n = 0, pos = 0, buf = 0, cnt = 0;
    function need(k) {
      while (cnt < k) {
        // A code may be peeked past the last byte; a stream that uses bits it does not have is cut short.
        if (pos > input.length + 4) throw new Error("search index file is cut short");
        buf |= (pos < input.length ? input[pos] : 0) << cnt;
        pos++;
        cnt += 8;
      }
    }
    function bits(k) {
      need(k);
      var v = buf & ((1 << k) - 1);
      buf >>>= k;
      cnt -= k;
      return v;
    }
    function room(k) {
      if (n + k <= out.length) return;
      var bigger = new Uint8Array(Math.max(out.length * 2, n + k));
      bigger.set(out.subarray(0, n));
      out = bigger;
    }
    function decode(h) {
      need(h.max);
      var e = h.t[buf & ((1 << h.max) - 1)];
      if (!e) throw new Error("search index file is garbled");
      buf >>>= e & 15;
      cnt -= e & 15;
      return e >> 4;
    }
    function codes(lit, dist) {
      for (;;) {
        var sym = decode(lit);
        if (sym < 256) { room(1); out[n++] = sym; continue; }
        if (sym === 256) return;
        sym -= 257;
        var len = LBASE[sym] + bits(LEXT[sym]);
        var d = decode(dist), back = DBASE[d] + bits(DEXT[d]);
        if (back > n) throw new Error("search index file is garbled");
        room(len);
        for (var i = 0; i < len; i++, n++) out[n] = out[n - back];
      }
    }
    function dynamic() {
      var nlen = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4, lengths = new Uint8Array(320), i;
      for (i = 0; i < ncode; i++) lengths[ORDER[i]] = bits(3);
      var lencode = huffman(lengths, 19);
      lengths = new Uint8Array(320);
      for (i = 0; i < nlen + ndist;) {
        var sym = decode(lencode), rep = 0, val = 0;
        if (sym < 16) { lengths[i++] = sym; continue; }
        if (sym === 16) { val = lengths[i - 1]; rep = 3 + bits(2); }
        else if (sym === 17) rep = 3 + bits(3);
        else rep = 11 + bits(7);
        while (rep--) lengths[i++] = val;
      }
      codes(huffman(lengths, nlen), huffman(lengths.subarray(nlen), ndist));
    }
    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        // Stored: from the next byte boundary, which the bits still held (fewer than 8) end at.
        pos -= cnt >> 3;
        buf = 0;
        cnt = 0;
        var len = input[pos] | input[pos + 1] << 8;
        pos += 4;
        room(len);
        out.set(input.subarray(pos, pos + len), n);
        n += len;
        pos += len;
      } else if (type === 1) {
        if (fixed === null) {
          var l = new Uint8Array(288), i;
          for (i = 0; i < 288; i++) l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
          fixed = [huffman(l, 288), huffman(new Uint8Array(30).fill(5), 30)];
        }
        codes(fixed[0], fixed[1]);
      } else if (type === 2) {
        dynamic();
      } else {
        throw new Error("search index file is garbled");
      }
    } while (!last);
    return out.subarray(0, n);
  }

  function postingsOf(manifest, t) {
    if (own.call(unpacked, t)) return Promise.resolve(unpacked[t]);
    if (manifest.shards.length === 0) return Promise.resolve(null);
    return load("t/" + floorIndex(manifest.shards, t)).then(function (shard) {
      var p = own.call(shard, t) ? unpack(shard[t]) : null;
      unpacked[t] = p;
      return p;
    });
  }

  /* The most frequent terms starting with prefix: from the manifest when they span many shards,
     else from the one or two shards that hold them all. */
  function completions(manifest, prefix) {
    if (own.call(manifest.complete, prefix)) return Promise.resolve(manifest.complete[prefix]);
    if (manifest.shards.length === 0) return Promise.resolve([]);
    var lo = floorIndex(manifest.shards, prefix), hi = floorIndex(manifest.shards, prefix + "\uffff");
    var names = [];
    for (var i = lo; i <= hi && i <= lo + 1; i++) names.push("t/" + i);
    return Promise.all(names.map(load)).then(function (shards) {
      var found = [];
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (t) {
          if (t.lastIndexOf(prefix, 0) === 0) found.push([t, df(shard[t])]);
        });
      });
      found.sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0); });
      return found.slice(0, COMPLETIONS).map(function (f) { return f[0]; });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Queries.

  /* The query's words, each hyphenated word ("on-call") as one item that keeps its parts. */
  function items(q) {
    var out = [];
    words(q, function (w, start, end, compound) {
      if (!compound) { out.push({ w: w, start: start, end: end, parts: null }); return; }
      var parts = [];
      while (out.length && !out[out.length - 1].parts && out[out.length - 1].start >= start) parts.unshift(out.pop().w);
      out.push({ w: w, start: start, end: end, parts: parts });
    });
    return out;
  }

  /* The query's groups: one per word, each a list of alternatives with weights; an alternative is a
     term, or a list of terms a page must all have. A hyphenated word is one group: its parts are
     not words of their own, so "on-call" never finds "their call". It matches the word written
     with or without hyphens ("on-call", "oncall"), and its parts as separate words ("on call")
     when every part is a term: "incident-response" finds "incident response", but "on" is a stop
     word, so "on-call" cannot claim "call" alone. The word being typed (no space after it yet)
     also matches the most frequent terms it starts. Words in "quotes" must all match and appear
     in that order. */
  function parse(q) {
    var quoted = q.split("\"");
    var phrases = [];
    for (var i = 1; i < quoted.length; i += 2) if (quoted[i].trim()) phrases.push(quoted[i]);
    var groups = [], seen = {}, prefix = null, prefixParts = null;
    var typing = /[\p{L}\p{N}\p{M}]$/u.test(q) && quoted.length % 2 === 1;
    items(q).forEach(function (x) {
      if (typing && x.end === q.length) {
        prefix = x.w;
        prefixParts = x.parts;
        return;
      }
      var g = group(x);
      if (g === null || own.call(seen, g.key)) return;
      seen[g.key] = true;
      groups.push(g);
    });
    phrases.forEach(function (p) {
      terms(p).forEach(function (t) {
        groups.forEach(function (g) { if (g.alts[0][0] === t) g.required = true; });
      });
    });
    return { groups: groups, prefix: prefix, prefixParts: prefixParts, phrases: phrases };
  }

  function group(x) {
    var t = term(x.w);
    if (t === null) return null;
    var alts = [[t, 1]];
    if (x.parts) {
      var parts = x.parts.map(term);
      if (parts.every(function (p) { return p !== null; })) alts.push([parts, PARTS_WEIGHT]);
    }
    return { alts: alts, required: false, key: t, word: x.parts ? null : x.w };
  }

  function prefixGroup(manifest, prefix) {
    var exact = term(prefix);
    var keys = [prefix];
    if (exact !== null && exact !== prefix && /^[a-z]+$/.test(prefix)) keys.push(exact);
    return Promise.all(keys.map(function (k) { return completions(manifest, k); })).then(function (lists) {
      var alts = [], seen = {};
      // One or two letters say little about the word to come: complete them to fewer terms.
      var most = Math.min(COMPLETIONS, prefix.length + 2);
      if (exact !== null) { alts.push([exact, 1]); seen[exact] = true; }
      lists.forEach(function (list) {
        list.forEach(function (t) {
          if (!own.call(seen, t) && alts.length < most + 1) { seen[t] = true; alts.push([t, PREFIX_WEIGHT]); }
        });
      });
      return alts.length ? { alts: alts, required: false, prefix: true, key: "", word: prefix, completed: lists } : null;
    });
  }

  /* The groups of the word being typed. A hyphenated one ("on-ca") is first completed as a whole
     ("oncall"); when nothing starts so, its parts count as the words they are ("incident-resp" is
     "incident" and "resp…"). */
  function typedGroups(manifest, q) {
    if (q.prefix === null) return Promise.resolve([]);
    return prefixGroup(manifest, q.prefix).then(function (g) {
      var found = g && g.completed.some(function (l) { return l.length > 0; });
      if (!q.prefixParts || found) return g ? [g] : [];
      var out = [];
      q.prefixParts.slice(0, -1).forEach(function (w) {
        var pg = group({ w: w, parts: null });
        if (pg !== null) out.push(pg);
      });
      q.prefix = q.prefixParts[q.prefixParts.length - 1];
      return prefixGroup(manifest, q.prefix).then(function (lg) { return lg ? out.concat([lg]) : out; });
    });
  }

  /* Typo tolerance: a word of five letters or more that no page has also matches the terms one
     edit away (a letter left out, added, changed, or two swapped: "incdent" finds "incident"),
     keeping its first letter, as search engines' fuzzy queries do by default. This keeps the terms
     to look up within the index shards of that letter. */
  function addTypos(manifest, groups) {
    return Promise.all(groups.map(function (g) {
      if (!g.word || g.word.length < TYPO_MIN || !/^[a-z]+$/.test(g.word)) return null;
      return Promise.all(g.alts.map(function (a) { return typeof a[0] === "string" ? postingsOf(manifest, a[0]) : null; }))
        .then(function (ps) {
          if (ps.some(function (p) { return p && p.length; })) return null;
          return typoTerms(manifest, g.word).then(function (found) {
            found.forEach(function (t) { g.alts.push([t, TYPO_WEIGHT]); });
          });
        });
    }));
  }

  function edits(word) {
    var out = {}, a = "abcdefghijklmnopqrstuvwxyz", n = word.length, i, c;
    for (i = 1; i < n; i++) out[word.slice(0, i) + word.slice(i + 1)] = true;
    for (i = 1; i < n - 1; i++) out[word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)] = true;
    for (i = 1; i <= n; i++) {
      for (c = 0; c < 26; c++) {
        if (i < n) out[word.slice(0, i) + a[c] + word.slice(i + 1)] = true;
        out[word.slice(0, i) + a[c] + word.slice(i)] = true;
      }
    }
    delete out[word];
    return Object.keys(out);
  }

  /* The index's terms of the words one edit away from word, most frequent first, at most TYPOS. */
  function typoTerms(manifest, word) {
    var wanted = {}, own0 = term(word);
    edits(word).forEach(function (v) {
      var t = term(v);
      if (t !== null && t !== own0) wanted[t] = true;
    });
    var list = Object.keys(wanted);
    if (!list.length || !manifest.shards.length) return Promise.resolve([]);
    var names = {};
    list.forEach(function (t) { names["t/" + floorIndex(manifest.shards, t)] = true; });
    return Promise.all(Object.keys(names).map(load)).then(function () {
      var found = [];
      list.forEach(function (t) {
        var shard = cache["t/" + floorIndex(manifest.shards, t)];
        if (shard && own.call(shard, t)) found.push([t, df(shard[t])]);
      });
      found.sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : 1); });
      return found.slice(0, TYPOS).map(function (f) { return f[0]; });
    });
  }

  /* The postings of an alternative: a term's own, or for a list of terms the pages that have them
     all, each with the mean of its scores. */
  function altPostings(manifest, a) {
    if (typeof a[0] === "string") return postingsOf(manifest, a[0]);
    return Promise.all(a[0].map(function (t) { return postingsOf(manifest, t); })).then(function (lists) {
      if (lists.some(function (p) { return !p; })) return null;
      var sum = new Map(), hits = new Map();
      lists.forEach(function (p) {
        for (var i = 0; i < p.length; i += 2) {
          sum.set(p[i], (sum.get(p[i]) || 0) + p[i + 1]);
          hits.set(p[i], (hits.get(p[i]) || 0) + 1);
        }
      });
      var docs = [];
      hits.forEach(function (n, doc) { if (n === lists.length) docs.push(doc); });
      docs.sort(function (x, y) { return x - y; });
      var out = new Int32Array(docs.length * 2);
      docs.forEach(function (doc, i) { out[2 * i] = doc; out[2 * i + 1] = Math.round(sum.get(doc) / lists.length); });
      return out;
    });
  }

  /* Scores every page: per group the best of its alternatives, summed, times the share of groups
     matched, so pages matching every word come first. Returns the best `limit` as [page, score],
     and how many pages matched in all. */
  function rank(manifest, groups, limit) {
    var jobs = [];
    groups.forEach(function (g) { g.alts.forEach(function (a) { jobs.push(altPostings(manifest, a)); }); });
    return Promise.all(jobs).then(function (lists) {
      var n = manifest.docs, score = new Float64Array(n), matched = new Uint8Array(n), required = new Uint8Array(n);
      var best = new Float64Array(n), touched = [], seen = new Uint8Array(n), k = 0, needed = 0;
      groups.forEach(function (g) {
        var docsOfGroup = [];
        g.alts.forEach(function (a) {
          var p = lists[k++];
          if (!p) return;
          for (var i = 0; i < p.length; i += 2) {
            var doc = p[i], s = p[i + 1] * a[1];
            if (best[doc] === 0) docsOfGroup.push(doc);
            if (s > best[doc]) best[doc] = s;
          }
        });
        if (g.required) needed++;
        docsOfGroup.forEach(function (doc) {
          if (!seen[doc]) { seen[doc] = 1; touched.push(doc); }
          score[doc] += best[doc];
          matched[doc]++;
          if (g.required) required[doc]++;
          best[doc] = 0;
        });
      });
      var total = groups.length, out = [];
      touched.forEach(function (doc) {
        if (required[doc] === needed) out.push([doc, score[doc] * matched[doc] / total]);
      });
      var count = out.length;
      out.sort(function (x, y) { return y[1] - x[1] || x[0] - y[0]; });
      return { top: out.slice(0, limit), total: count };
    });
  }

  function docs(manifest, ids) {
    return Promise.all(ids.map(function (id) { return page(manifest, id); }));
  }

  /* For a normalised word of a shown text, the query groups it matches (an empty list for none). */
  function matcher(q) {
    var byTerm = {};
    q.groups.forEach(function (g, i) {
      g.alts.forEach(function (a) {
        (typeof a[0] === "string" ? [a[0]] : a[0]).forEach(function (t) {
          (own.call(byTerm, t) ? byTerm[t] : (byTerm[t] = [])).push(i);
        });
      });
    });
    var last = q.groups.length - 1;
    var p = q.prefix, pStem = p !== null && /^[a-z]+$/.test(p) ? term(p) : null;
    return function (w) {
      var t = term(w);
      var gs = t !== null && own.call(byTerm, t) ? byTerm[t].slice() : [];
      if (p !== null && gs.indexOf(last) < 0 && (w.lastIndexOf(p, 0) === 0 ||
          pStem !== null && t !== null && t.lastIndexOf(pStem, 0) === 0)) gs.push(last);
      return gs;
    };
  }

  /* The matched words of a text, in order. A hyphenated word that matches ("on-call" for the query
     on-call) is one hit over its whole span, taking in hits of its parts. */
  function hitsOf(text, match) {
    var out = [];
    words(text, function (w, start, end, compound) {
      var gs = match(w);
      if (!gs.length) return;
      if (compound) {
        while (out.length && out[out.length - 1].start >= start) gs = gs.concat(out.pop().gs);
      }
      out.push({ start: start, end: end, gs: gs });
    });
    return out;
  }

  /* How many query groups the hits cover. */
  function distinct(list) {
    var seen = {}, n = 0;
    list.forEach(function (h) {
      h.gs.forEach(function (g) { if (!own.call(seen, g)) { seen[g] = true; n++; } });
    });
    return n;
  }

  function phraseOk(doc, phrases) {
    if (!phrases.length) return true;
    var texts = [doc[1], doc[3]];
    doc[4].forEach(function (b) { texts.push(b[1], b[2]); });
    var norm = function (s) { var ws = []; words(s, function (w, a, b, c) { if (!c) ws.push(w); }); return " " + ws.join(" ") + " "; };
    var all = texts.map(norm);
    return phrases.every(function (p) {
      var needle = norm(p);
      return needle.trim() === "" || all.some(function (t) { return t.indexOf(needle) >= 0; });
    });
  }

  /* The result for one page: where to link (the heading whose block matches best, unless the title
     already matches every word), and a snippet around the densest run of hits. */
  function present(doc, q, match, groupsCount) {
    var memo = new Map();
    var hits = function (text, m) {
      var h = memo.get(text);
      if (h === undefined) { h = hitsOf(text, m); memo.set(text, h); }
      return h;
    };
    var titleHits = distinct(hits(doc[1], match));
    var best = -1, bestScore = 0;
    doc[4].forEach(function (b, i) {
      // Words found in the heading itself count most: it is the most precise place to land.
      var s = 10 * distinct(hits(b[1], match)) + distinct(hits(b[2], match));
      if (s > bestScore) { best = i; bestScore = s; }
    });
    var block = best >= 0 ? doc[4][best] : null;
    var anchor = block && block[0] && titleHits < groupsCount ? block[0] : "";
    var text = block && distinct(hits(block[2], match)) > 0 ? block[2] : doc[3] || (block ? block[2] : "");
    if (!text && doc[4].length) text = doc[4][0][2];
    return {
      href: root + doc[0] + (anchor ? "#" + encodeURIComponent(anchor) : ""),
      title: doc[1],
      path: doc[2].concat(anchor ? [block[1]] : []),
      snippet: snippet(text, hits(text, match))
    };
  }

  var SNIPPET = 160;

  function snippet(text, hs) {
    var start = 0;
    if (hs.length) {
      var bestCount = -1;
      hs.forEach(function (h) {
        var inside = hs.filter(function (x) { return x.start >= h.start && x.end <= h.start + SNIPPET; });
        var n = distinct(inside);
        if (n > bestCount) { bestCount = n; start = h.start; }
      });
      start = Math.max(0, start - 40);
      if (start > 0) {
        var space = text.indexOf(" ", start);
        start = space >= 0 && space < start + 20 ? space + 1 : start;
      }
    }
    var end = Math.min(text.length, start + SNIPPET);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut > start + SNIPPET / 2) end = cut;
    }
    var parts = [];
    var pos = start;
    hs.forEach(function (h) {
      if (h.start < start || h.end > end) return;
      if (h.start > pos) parts.push([text.slice(pos, h.start), false]);
      parts.push([text.slice(h.start, h.end), true]);
      pos = h.end;
    });
    if (pos < end) parts.push([text.slice(pos, end), false]);
    if (start > 0) parts.unshift(["… ", false]);
    if (end < text.length) parts.push([" …", false]);
    return parts;
  }

  /* Runs a query: resolves to {results, total, more, phases}, or to null when stale() says a newer
     query replaced it before its pages were loaded. {@code limit} is how many results to present
     (PAGE_SIZE unless given); {@code more} says whether more pages match. partial(r), when given,
     receives the first results as soon as their pages are loaded, in rank order, before the last
     page arrives. */
  function search(query, stale, partial, limit) {
    var phases = { start: performance.now() };
    var want = limit > 0 ? limit : PAGE_SIZE;
    return load("index").then(function (manifest) {
      var q = parse(query);
      return typedGroups(manifest, q).then(function (typed) {
        if (typed.length) q.groups = q.groups.concat(typed); // the prefix group is always last: matcher relies on it
        else q.prefix = null;
        return addTypos(manifest, q.groups);
      }).then(function () {
        phases.terms = performance.now();
        if (!q.groups.length) return { results: [], total: 0, more: false, phases: phases };
        // Phrases are checked in the pages' text, so candidates beyond those shown are loaded too.
        var candidates = q.phrases.length ? want + 20 : want;
        return rank(manifest, q.groups, candidates).then(function (ranked) {
          if (stale && stale()) return null;
          phases.rank = performance.now();
          var match = matcher(q);
          var ids = ranked.top.map(function (r) { return r[0]; });
          if (q.phrases.length) {
            return docs(manifest, ids).then(function (ds) {
              var passing = ds.filter(function (d) { return phraseOk(d, q.phrases); });
              phases.pages = phases.snippets = performance.now();
              return {
                results: passing.slice(0, want).map(function (d) { return present(d, q, match, q.groups.length); }),
                total: passing.length, more: passing.length > want || ranked.total > ids.length, phases: phases
              };
            });
          }
          var more = ranked.total > ids.length;
          return inOrder(manifest, ids, function (d) { return present(d, q, match, q.groups.length); }, function (results) {
            if (!partial || (stale && stale())) return;
            if (!phases.first) phases.first = performance.now();
            partial({ results: results, total: ranked.total, more: more, phases: phases });
          }).then(function (results) {
            phases.pages = phases.snippets = performance.now();
            return { results: results, total: ranked.total, more: more, phases: phases };
          });
        });
      });
    });
  }

  /* Loads pages ids, presents each, and reports the longest loaded run from the first while the
     rest still load; resolves to them all. */
  function inOrder(manifest, ids, each, progress) {
    if (!ids.length) return Promise.resolve([]);
    var got = new Array(ids.length), ready = 0;
    return new Promise(function (resolve, reject) {
      ids.forEach(function (id, i) {
        page(manifest, id).then(function (d) {
          got[i] = each(d);
          var before = ready;
          while (ready < ids.length && got[ready]) ready++;
          if (ready === ids.length) resolve(got);
          else if (ready > before) progress(got.slice(0, ready));
        }, reject);
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The search box: an ARIA combobox with a listbox of results.
  /* Forgets the index files loaded, so the next query reads the index afresh: handbook serve calls it
     when it has made a new index while the page stayed open. */
  function reset() {
    cache = {};
    pending = {};
    unpacked = {};
    pageFiles = {};
  }

  var HS = window.HandbookSearch = {
    add: add, terms: terms, words: function (t) { var o = []; words(t, function (w) { o.push(w); }); return o; },
    stem: stem, unpack: function (p) { return Array.from(unpack(p)); }, search: search, loaded: loaded, timings: [],
    inflate: function (b64) { return ascii(inflate(base64(b64))); },
    reset: reset
  };

  /* The box's words, from the template (data- attributes of the form); {n}, {shown} and {q} are filled in. */
  function wording(form) {
    return function (name, values) {
      var text = form.getAttribute("data-" + name) || "";
      return text.replace(/\{(\w+)\}/g, function (m, key) { return own.call(values || {}, key) ? values[key] : m; });
    };
  }

  function setup() {
    var form = document.querySelector("form.search[data-index]");
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!form || !input || !list || !status) return;
    var panel = document.getElementById("search-panel") || list;
    var count = document.getElementById("search-count");
    var say = wording(form);
    locate();
    input.disabled = false;
    var note = document.getElementById("search-note");
    if (note) note.textContent = say("note");
    // shown counts the options, the "show more" one included; limit is how many results to show.
    var active = -1, seq = 0, shown = 0, limit = PAGE_SIZE, current = "";

    function option(i) { return document.getElementById("search-result-" + i); }

    function setActive(i) {
      var old = option(active);
      if (old) old.setAttribute("aria-selected", "false");
      active = i;
      var el = option(i);
      if (el) {
        el.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", el.id);
        el.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function isOpen() {
      return !panel.hidden;
    }

    function open(yes) {
      panel.hidden = !yes;
      input.setAttribute("aria-expanded", yes ? "true" : "false");
      if (!yes) setActive(-1);
    }

    function resultOption(res, i) {
      // The link itself is the option: an option holding a link is a control inside a control (axe:
      // nested-interactive), which screen readers announce badly.
      var li = document.createElement("li");
      li.setAttribute("role", "none");
      var a = document.createElement("a");
      a.id = "search-result-" + i;
      a.setAttribute("role", "option");
      a.setAttribute("aria-selected", "false");
      a.href = res.href;
      a.tabIndex = -1;
      var t = document.createElement("span");
      t.className = "search-result-title";
      t.textContent = res.title;
      a.appendChild(t);
      if (res.path.length) {
        var p = document.createElement("span");
        p.className = "search-result-path";
        p.textContent = res.path.join(" › ");
        a.appendChild(p);
      }
      var s = document.createElement("span");
      s.className = "search-result-snippet";
      res.snippet.forEach(function (part) {
        if (part[1]) {
          var mk = document.createElement("mark");
          mk.textContent = part[0];
          s.appendChild(mk);
        } else {
          s.appendChild(document.createTextNode(part[0]));
        }
      });
      a.appendChild(s);
      li.appendChild(a);
      return li;
    }

    function countText(r) {
      return r.total === 1 ? say("count-one", { n: 1 }) : say("count-many", { n: r.total });
    }

    /* Shows results; complete is false while later results are still loading. */
    function render(query, r, complete, keep) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      r.results.forEach(function (res, i) { list.appendChild(resultOption(res, i)); });
      shown = r.results.length;
      if (complete && r.more) {
        // An option of the list, so arrows and Enter reach it without leaving the box.
        var more = document.createElement("li");
        more.id = "search-result-" + shown;
        more.className = "search-more";
        more.setAttribute("role", "option");
        more.setAttribute("aria-selected", "false");
        more.textContent = say("more", { n: Math.max(r.total - shown, 1) });
        list.appendChild(more);
        shown++;
      }
      if (keep >= 0 && keep < shown) setActive(keep);
      if (count) count.textContent = r.results.length ? countText(r) : "";
      if (!complete) {
        open(true);
        return;
      }
      if (!r.results.length) {
        var none = document.createElement("li");
        none.className = "search-empty";
        none.textContent = say("none", { q: query.trim() });
        list.appendChild(none);
      }
      status.textContent = !r.results.length ? say("no-results")
        : r.more ? say("showing", { n: r.total, shown: r.results.length }) : countText(r);
      list.setAttribute("data-query", query);
      open(true);
    }

    function run(query, started, keep) {
      var mine = ++seq;
      if (query !== current) limit = PAGE_SIZE;
      current = query;
      if (!query.trim()) {
        list.textContent = "";
        status.textContent = "";
        if (count) count.textContent = "";
        list.setAttribute("data-query", "");
        open(false);
        return;
      }
      var first = null;
      var stale = function () { return mine !== seq; };
      var hold = keep >= 0 ? keep : active;
      search(query, stale, function (partial) {
        if (stale()) return;
        render(query, partial, false, hold);
        if (first === null) first = performance.now();
      }, limit).then(function (r) {
        if (mine !== seq || r === null) return;
        render(query, r, true, hold);
        // For bench/search-bench.sh: keystroke to the first results on screen and to all of them.
        var p = r.phases || {}, end = performance.now();
        HS.timings.push({ query: query, ms: (first === null ? end : first) - started, all: end - started,
          terms: p.terms - p.start, rank: p.rank - p.terms, pages: p.pages - p.rank });
      }, function (e) {
        if (mine !== seq) return;
        status.textContent = say("failed", { q: e.message });
        list.setAttribute("data-query", query);
      });
    }

    /* The next results, with the first of them chosen, so arrows go on from where the list grew. */
    function showMore() {
      var next = limit;
      limit += PAGE_SIZE;
      run(current, performance.now(), next);
    }

    function follow(el) {
      if (el.classList.contains("search-more")) {
        showMore();
        return;
      }
      var href = el.href;
      open(false);
      window.location.href = href;
    }

    input.addEventListener("focus", function () {
      load("index").catch(function () { /* reported when a query runs */ });
      if (input.value.trim() && list.childNodes.length) open(true);
    });
    input.addEventListener("input", function (e) { run(input.value, e.timeStamp || performance.now(), -1); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!shown) return;
        e.preventDefault();
        if (!isOpen()) open(true);
        var d = e.key === "ArrowDown" ? 1 : -1;
        setActive(active < 0 ? (d > 0 ? 0 : shown - 1) : (active + d + shown) % shown);
      } else if (e.key === "Enter") {
        var el = option(active >= 0 ? active : 0);
        if (el && isOpen()) {
          e.preventDefault();
          follow(el);
        }
      } else if (e.key === "Escape") {
        e.preventDefault();
        if (isOpen()) open(false);
        else { input.value = ""; run("", 0, -1); }
      }
    });
    panel.addEventListener("mousedown", function (e) { e.preventDefault(); });
    list.addEventListener("click", function (e) {
      var more = e.target.closest(".search-more");
      if (more) showMore();
      else if (e.target.closest("a")) open(false);
    });
    input.addEventListener("blur", function () { open(false); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
