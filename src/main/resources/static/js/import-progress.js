// Updates an import's progress without a reload; without scripts, a refresh shows the same figures.
(function () {
  var page = document.getElementById('import-progress');
  if (!page || page.getAttribute('data-status') !== 'running') {
    return;
  }
  var url = page.getAttribute('data-progress');
  function show(id, value) {
    var cell = document.getElementById(id);
    if (cell) {
      cell.textContent = Number(value).toLocaleString('en');
    }
  }
  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        show('rows-read', progress.rowsRead);
        show('accepted', progress.accepted);
        show('rejected', progress.rejected);
        if (progress.status === 'running') {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
