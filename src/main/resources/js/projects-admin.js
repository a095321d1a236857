// Enables Golden Thread on the project the page planned for, then shows the page again.
(function () {
  var form = document.getElementById('gt-enable');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.GoldenThread.submitJson(form, window.location.pathname, {project: form.dataset.project}, function () {
      window.location.search = '?project=' + encodeURIComponent(form.dataset.project);
    }, 'Nothing was changed: a conflict needs resolving first.');
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
