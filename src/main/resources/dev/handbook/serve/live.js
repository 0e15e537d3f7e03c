(function () {
  'use strict';
  var me = document.currentScript;
  var version = me ? me.getAttribute('data-version') : null;
  var here = location.pathname.replace(/^\//, '');
  if (here === '' || here.endsWith('/')) here += 'index.html';
  try { here = decodeURIComponent(here); } catch (e) { }
  function searchIndex(p) { return p.indexOf('%3$s') === 0; }
  function affected(changed) {
    if (changed === null) return true;
    return changed.some(function (p) { return p === here || !/\.html$/.test(p) && !searchIndex(p); });
  }
  function show(errors, total) {
    var box = document.getElementById('%1$s');
    if (!box) {
      box = document.createElement('div');
      box.id = '%1$s';
      box.setAttribute('role', 'alert');
      document.body.appendChild(box);
    }
    box.textContent = '';
    var h = document.createElement('h2');
    h.textContent = 'The handbook has ' + total + (total === 1 ? ' error' : ' errors');
    var p = document.createElement('p');
    p.textContent = 'This is the last version that built. Fix the files and the page reloads by itself.';
    var ul = document.createElement('ul');
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = e.where;
      li.appendChild(code);
      li.appendChild(document.createTextNode(e.message));
      ul.appendChild(li);
    });
    box.appendChild(h);
    box.appendChild(p);
    box.appendChild(ul);
  }
  function hide() {
    var box = document.getElementById('%1$s');
    if (box) box.parentNode.removeChild(box);
  }
  var events = new EventSource('%2$s');
  events.onopen = function () { document.documentElement.setAttribute('data-live-reload', 'connected'); };
  events.onmessage = function (event) {
    var state = JSON.parse(event.data);
    if (String(state.version) !== version) {
      if (String(state.previous) === version && !affected(state.changed)) {
        version = String(state.version);
        if (state.changed.some(searchIndex) && window.HandbookSearch && HandbookSearch.reset) {
          HandbookSearch.reset();
        }
      } else {
        events.close();
        location.reload();
        return;
      }
    }
    if (state.errors.length) show(state.errors, state.total); else hide();
  };
})();
