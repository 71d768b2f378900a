// Ticks checklist items without reloading the page. Without JavaScript the same forms post and reload.
(function () {
  'use strict';
  var list = document.querySelector('.checklist');
  if (!list || !window.fetch || !window.FormData) {
    return;
  }

  function updateProgress() {
    var items = list.querySelectorAll('li');
    var done = list.querySelectorAll('li.done').length;
    var progress = document.querySelector('#checklist progress');
    var text = document.querySelector('#checklist .progress-text');
    if (progress) {
      progress.value = done;
    }
    if (text) {
      text.textContent = done + ' of ' + items.length + ' done';
    }
  }

  list.addEventListener('submit', function (event) {
    var form = event.target;
    var item = form.closest('li');
    var button = form.querySelector('button');
    var doneField = form.querySelector('input[name="done"]');
    event.preventDefault();
    button.disabled = true;
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        var nowDone = doneField.value === 'true';
        item.classList.toggle('done', nowDone);
        doneField.value = nowDone ? 'false' : 'true';
        button.textContent = nowDone ? '\u2611 Done' : '\u2610 Mark done';
        button.setAttribute('aria-pressed', nowDone ? 'true' : 'false');
        updateProgress();
      })
      .catch(function () {
        // fall back to the plain form post
        form.submit();
      })
      .finally(function () {
        button.disabled = false;
        button.focus();
      });
  });
})();
