// Keyboard use of the reception form (no inline script: the CSP forbids it).
// In the procedure search box, Enter or ArrowDown picks / moves into the matches instead of submitting the form;
// in the matches, arrows move and Enter picks (a button). Picking focuses the first checklist box.
(function () {
  function matches() {
    return Array.prototype.slice.call(document.querySelectorAll('#procedure-matches .procedure-match'));
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (target.id === 'procedure-search') {
      var list = matches();
      if (event.key === 'Enter') {
        event.preventDefault();
        if (list.length > 0) { list[0].click(); }
      } else if (event.key === 'ArrowDown' && list.length > 0) {
        event.preventDefault();
        list[0].focus();
      }
    } else if (target.classList && target.classList.contains('procedure-match')) {
      var items = matches();
      var index = items.indexOf(target);
      if (event.key === 'ArrowDown' && index < items.length - 1) { event.preventDefault(); items[index + 1].focus(); }
      if (event.key === 'ArrowUp') {
        event.preventDefault();
        if (index > 0) { items[index - 1].focus(); } else { document.getElementById('procedure-search').focus(); }
      }
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'procedure-panel') {
      var box = document.querySelector('#procedure-panel input[type=checkbox]');
      var matchesBox = document.getElementById('procedure-matches');
      if (matchesBox) { matchesBox.innerHTML = ''; }
      if (box) { box.focus(); } else { var name = document.getElementById('idNumber'); if (name) { name.focus(); } }
    }
  });
  // The recall by ID number (on change, i.e. on Tab) replaces the applicant fields with what the applicant gave last
  // time. What the clerk typed while it was on its way (the name, right after the Tab) must survive that swap.
  var beforeRecall = null;
  function applicantValues() {
    var values = {};
    document.querySelectorAll('#applicant-fields input[id]').forEach(function (input) { values[input.id] = input.value; });
    return values;
  }
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'idNumber') { beforeRecall = applicantValues(); }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (!beforeRecall || !event.detail.target || event.detail.target.id !== 'applicant-fields') { return; }
    var typed = beforeRecall;
    beforeRecall = null;
    Object.keys(typed).forEach(function (id) {
      var old = event.detail.target.querySelector('#' + id); // the replaced fields, out of the page now
      var field = document.getElementById(id);
      if (old && field && old.value !== typed[id]) {
        field.value = old.value;
        if (field === document.activeElement && field.setSelectionRange) {
          try { field.setSelectionRange(old.selectionStart, old.selectionEnd); } catch (e) { /* not a text field */ }
        }
      }
    });
  });
  // the appointment depends on the channel (online filed out of hours counts from the next opening)
  document.addEventListener('change', function (event) {
    if (event.target.name === 'channel') {
      var code = document.querySelector('#procedure-panel input[name=procedureCode]');
      if (code && window.htmx) {
        window.htmx.ajax('GET', '/dossiers/new/procedure?procedureCode=' + encodeURIComponent(code.value)
          + '&channel=' + encodeURIComponent(event.target.value), '#procedure-panel');
      }
    }
  });
})();
