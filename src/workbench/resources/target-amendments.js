// The KPI page's target amendments: a proposal, an approval or a rejection goes to the REST API as JSON, a decision
// made to the amendment's version as the page showed it, so one decided by someone else since is refused.
(function () {
  var section = document.getElementById('wb-amendments');
  if (!section) {
    return;
  }
  var api = '/rest/golden-thread/1.0/kpis/' + encodeURIComponent(section.dataset.kpi) + '/target-amendments';

  function show(place, text) {
    place.textContent = text;
    place.hidden = !text;
  }

  function busy(place, on) {
    place.querySelectorAll('button').forEach(function (button) { button.disabled = on; });
  }

  // Marks the field the refusal names, if the place has it, so it is announced with the error.
  function mark(place, field, error) {
    place.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    var input = field && place.querySelector('[name="' + field + '"]');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      input.focus();
    }
  }

  function send(place, path, body) {
    var error = place.querySelector('.wb-error');
    error.id = error.id || 'wb-error-' + Math.random().toString(36).slice(2);
    show(error, '');
    busy(place, true);
    fetch(api + path, {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        window.location.hash = 'amendments';
        window.location.reload();
        return;
      }
      busy(place, false);
      return response.json().then(function (e) {
        show(error, (e.field ? e.field + ': ' : '') + e.message);
        mark(place, e.field, error);
      }, function () {
        show(error, 'The change failed (HTTP ' + response.status + ').');
      });
    }).catch(function (e) {
      busy(place, false);
      show(error, 'The change could not be sent: ' + e.message);
    });
  }

  var propose = document.getElementById('wb-amend');
  if (propose) {
    propose.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {};
      new FormData(propose).forEach(function (value, name) { body[name] = value; });
      send(propose, '', body);
    });
  }

  section.querySelectorAll('tr[data-id]').forEach(function (row) {
    var path = '/' + encodeURIComponent(row.dataset.id);
    var version = Number(row.dataset.version);
    var approve = row.querySelector('button.wb-approve');
    if (approve) {
      approve.addEventListener('click', function () {
        send(row, path + '/approve', {version: version});
      });
    }
    var reject = row.querySelector('form.wb-reject');
    if (reject) {
      reject.addEventListener('submit', function (event) {
        event.preventDefault();
        send(row, path + '/reject', {version: version, reason: new FormData(reject).get('reason')});
      });
    }
  });
}());
