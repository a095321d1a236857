// The quarterly update page: each step goes to the REST API as JSON, with the update's version as last read.
(function () {
  var api = '/rest/golden-thread/1.0/';

  function show(place, text) {
    place.textContent = text;
    place.hidden = !text;
  }

  function failure(response) {
    return response.json().then(function (error) {
      return (error.field ? error.field + ': ' : '') + error.message;
    }, function () {
      return 'The step failed (HTTP ' + response.status + ').';
    });
  }

  function version(kpi, period) {
    return fetch(api + 'kpis/' + encodeURIComponent(kpi) + '/measurements', {headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (rows) {
        var row = rows.filter(function (r) { return r.periodId === period; })[0];
        return row ? row.version : 0;
      });
  }

  function busy(row, on) {
    row.querySelectorAll('button').forEach(function (button) { button.disabled = on; });
  }

  function step(row, body) {
    var error = row.querySelector('.wb-error');
    show(error, '');
    busy(row, true);
    return version(row.dataset.kpi, row.dataset.period).then(function (current) {
      body.version = current;
      return fetch(api + 'kpis/' + encodeURIComponent(row.dataset.kpi) + '/updates/' +
          encodeURIComponent(row.dataset.period) + '/transitions', {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(body)});
    }).then(function (response) {
      if (response.ok) {
        window.location.hash = 'row-' + row.dataset.kpi;
        window.location.reload();
        return;
      }
      busy(row, false);
      return failure(response).then(function (text) { show(error, text); });
    }).catch(function (e) {
      busy(row, false);
      show(error, 'The step could not be sent: ' + e.message);
    });
  }

  document.querySelectorAll('form.wb-step').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {action: form.dataset.action};
      new FormData(form).forEach(function (value, name) { body[name] = value; });
      step(form.closest('tr'), body);
    });
  });

  document.querySelectorAll('button.wb-action').forEach(function (button) {
    button.addEventListener('click', function () {
      step(button.closest('tr'), {action: button.dataset.action});
    });
  });

  var publish = document.getElementById('wb-publish');
  if (publish) {
    publish.addEventListener('click', function () {
      var error = publish.parentElement.querySelector('.wb-error');
      publish.disabled = true;
      fetch(api + 'updates/' + encodeURIComponent(publish.dataset.period) + '/publish', {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'}, body: '{}'
      }).then(function (response) {
        if (response.ok) {
          window.location.reload();
          return;
        }
        publish.disabled = false;
        return failure(response).then(function (text) { show(error, text); });
      }).catch(function (e) {
        publish.disabled = false;
        show(error, 'Publication could not be sent: ' + e.message);
      });
    });
  }
}());
