// Enables Golden Thread on the project the page planned for, then shows the page again.
(function () {
  var form = document.getElementById('gt-enable');
  if (!form) {
    return;
  }
  var error = form.querySelector('.gt-error');
  var button = form.querySelector('button[type=submit]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    error.hidden = true;
    fetch(window.location.pathname, {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify({project: form.dataset.project})
    }).then(function (response) {
      if (response.ok) {
        window.location.search = '?project=' + encodeURIComponent(form.dataset.project);
        return;
      }
      button.disabled = false;
      return response.json().then(function (e) {
        error.textContent = e.message || 'Nothing was changed: a conflict needs resolving first.';
        error.hidden = false;
      }, function () {
        error.textContent = 'Golden Thread could not be enabled (HTTP ' + response.status + ').';
        error.hidden = false;
      });
    }).catch(function (e) {
      button.disabled = false;
      error.textContent = 'The request could not be sent: ' + e.message;
      error.hidden = false;
    });
  });
}());

// Creates or updates the KPI issues, then says how it went.
(function () {
  var form = document.getElementById('gt-kpi-issues');
  if (!form) {
    return;
  }
  var result = form.querySelector('.gt-result');
  var button = form.querySelector('button[type=submit]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    result.textContent = 'Working…';
    fetch(window.location.pathname, {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify({action: 'kpi-issues'})
    }).then(function (response) {
      return response.json().then(function (outcome) {
        button.disabled = false;
        result.textContent = response.ok
          ? 'Created ' + outcome.created + ', updated ' + outcome.updated
            + (outcome.problems.length ? '. Not done: ' + outcome.problems.join('; ') : '.')
          : (outcome.message || 'The KPI issues could not be made (HTTP ' + response.status + ').');
      });
    }).catch(function (e) {
      button.disabled = false;
      result.textContent = 'The request could not be sent: ' + e.message;
    });
  });
}());
