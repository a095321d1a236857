// The trend graph's notes: adds one, or removes one with its reason, through the REST API.
(function () {
  var api = '/rest/golden-thread/1.0/kpis/';

  function send(form) {
    var data = new FormData(form);
    var base = api + encodeURIComponent(form.dataset.kpi) + '/chart-notes';
    if (form.id === 'wb-add-note') {
      return fetch(base, {method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify({kind: data.get('kind'), period: data.get('period'), note: data.get('note')})});
    }
    return fetch(base + '/' + encodeURIComponent(form.dataset.kind) + '/' + encodeURIComponent(form.dataset.period)
      + '?reason=' + encodeURIComponent(data.get('reason')), {method: 'DELETE', headers: {Accept: 'application/json'}});
  }

  document.querySelectorAll('form.wb-chart-note').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var error = form.querySelector('.wb-error');
      var button = form.querySelector('button[type=submit]');
      error.hidden = true;
      button.disabled = true;
      send(form).then(function (response) {
        if (response.ok) {
          window.location.reload();
          return;
        }
        button.disabled = false;
        return response.json().then(function (e) {
          error.textContent = (e.field ? e.field + ': ' : '') + e.message;
          error.hidden = false;
          var input = e.field && form.querySelector('[name="' + (e.field === 'text' ? 'note' : e.field) + '"]');
          if (input) {
            input.setAttribute('aria-invalid', 'true');
            input.focus();
          }
        }, function () {
          error.textContent = 'The note could not be saved (HTTP ' + response.status + ').';
          error.hidden = false;
        });
      }).catch(function (e) {
        button.disabled = false;
        error.textContent = 'The note could not be sent: ' + e.message;
        error.hidden = false;
      });
    });
  });
}());
