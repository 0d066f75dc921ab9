/*
 * Suggestions while typing in a search box, as an ARIA 1.2 combobox with a list box.
 * Progressive: a box marked data-autocomplete="<url>" works as a plain search box without this script.
 * Event delegation, so that boxes replaced by htmx keep working.
 */
(function () {
  'use strict';
  var timer = null;
  var counter = 0;

  function setUp(input) {
    if (input.dataset.acReady) { return; }
    input.dataset.acReady = '1';
    var id = input.id + '-suggestions';
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.dataset.labelList || '');
    list.hidden = true;
    input.parentNode.appendChild(list);
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.id = input.id + '-suggestions-status';
    input.parentNode.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
  }

  function parts(input) {
    return {
      list: document.getElementById(input.id + '-suggestions'),
      status: document.getElementById(input.id + '-suggestions-status')
    };
  }

  function close(input) {
    var p = parts(input);
    if (!p.list) { return; }
    p.list.hidden = true;
    p.list.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function render(input, items) {
    var p = parts(input);
    p.list.textContent = '';
    items.forEach(function (item, index) {
      var option = document.createElement('li');
      option.id = input.id + '-option-' + (++counter);
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.url = item.url;
      var label = document.createElement('span');
      label.textContent = item.label;
      var kind = document.createElement('span');
      kind.className = 'suggestions__kind';
      kind.textContent = input.dataset['kind' + item.kind.charAt(0).toUpperCase() + item.kind.slice(1)] || item.kind;
      option.appendChild(label);
      option.appendChild(kind);
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
        window.location.assign(item.url);
      });
      p.list.appendChild(option);
    });
    var open = items.length > 0;
    p.list.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    p.status.textContent = (input.dataset.labelCount || '{0}').replace('{0}', String(items.length));
  }

  function fetchSuggestions(input) {
    var value = input.value.trim();
    if (value.length < 2) { close(input); return; }
    var url = input.dataset.autocomplete + '?q=' + encodeURIComponent(value);
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) { if (input.value.trim() === value) { render(input, items); } })
      .catch(function () { close(input); });
  }

  function move(input, step) {
    var p = parts(input);
    if (!p.list || p.list.hidden) { return false; }
    var options = Array.prototype.slice.call(p.list.querySelectorAll('[role="option"]'));
    if (options.length === 0) { return false; }
    var current = options.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
    var next = (current + step + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute('aria-selected', i === next ? 'true' : 'false'); });
    input.setAttribute('aria-activedescendant', options[next].id);
    return true;
  }

  document.addEventListener('focusin', function (event) {
    if (event.target.matches && event.target.matches('input[data-autocomplete]')) { setUp(event.target); }
  });

  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[data-autocomplete]')) { return; }
    setUp(input);
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { fetchSuggestions(input); }, 150);
  });

  document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[data-autocomplete]')) { return; }
    if (event.key === 'ArrowDown' && move(input, 1)) { event.preventDefault(); }
    else if (event.key === 'ArrowUp' && move(input, -1)) { event.preventDefault(); }
    else if (event.key === 'Escape') { close(input); }
    else if (event.key === 'Enter') {
      var active = input.getAttribute('aria-activedescendant');
      var option = active && document.getElementById(active);
      if (option) { event.preventDefault(); window.location.assign(option.dataset.url); }
    }
  });

  document.addEventListener('focusout', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[data-autocomplete]')) {
      window.setTimeout(function () { close(input); }, 100);
    }
  });
}());
