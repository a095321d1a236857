// The quarterly update page: each step goes to the REST API as JSON, made to the update's version as the page showed
// it, so a figure changed by someone else since is refused rather than overwritten.
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

  function busy(row, on) {
    row.querySelectorAll('button').forEach(function (button) { button.disabled = on; });
  }

  function step(row, body) {
    var error = row.querySelector('.wb-error');
    show(error, '');
    busy(row, true);
    body.version = Number(row.dataset.version);
    return Promise.resolve().then(function () {
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

  // The quarter's own buttons: publish every signed-off update, close the quarter, reopen it.
  function quarterButton(id, path, what) {
    var button = document.getElementById(id);
    if (!button) {
      return;
    }
    button.addEventListener('click', function () {
      var error = button.parentElement.querySelector('.wb-error');
      var reason = document.getElementById('wb-reopen-reason');
      button.disabled = true;
      fetch(api + path(encodeURIComponent(button.dataset.period)), {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(id === 'wb-reopen' && reason ? {reason: reason.value} : {})
      }).then(function (response) {
        if (response.ok) {
          window.location.reload();
          return;
        }
        button.disabled = false;
        return failure(response).then(function (text) { show(error, text); });
      }).catch(function (e) {
        button.disabled = false;
        show(error, what + ' could not be sent: ' + e.message);
      });
    });
  }

  quarterButton('wb-publish', function (period) { return 'updates/' + period + '/publish'; }, 'Publication');
  quarterButton('wb-close', function (period) { return 'periods/' + period + '/close'; }, 'Closing');
  quarterButton('wb-reopen', function (period) { return 'periods/' + period + '/reopen'; }, 'Reopening');
}());
