// Sends the action plan to Golden Thread's REST API, then goes back to the update issue.
(function () {
  var form = document.getElementById('gt-action-plan');
  if (!form) {
    return;
  }
  var error = form.querySelector('.gt-error');
  var button = form.querySelector('button[type=submit]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    error.hidden = true;
    fetch(form.dataset.api, {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify({
        kpi: form.dataset.kpi, title: form.elements.title.value, owner: form.elements.owner.value,
        due: form.elements.due.value, description: form.elements.description.value
      })
    }).then(function (response) {
      if (response.status === 201) {
        window.location.assign(form.dataset.back);
        return;
      }
      button.disabled = false;
      return response.json().then(function (e) {
        error.textContent = (e.field ? e.field + ': ' : '') + (e.message || 'The plan was not created.');
        error.hidden = false;
      }, function () {
        error.textContent = 'The plan was not created (HTTP ' + response.status + ').';
        error.hidden = false;
      });
    }).catch(function (e) {
      button.disabled = false;
      error.textContent = 'The request could not be sent: ' + e.message;
      error.hidden = false;
    });
  });
}());
