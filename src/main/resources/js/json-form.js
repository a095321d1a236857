// Sends a form's change to Golden Thread as JSON. A refusal shows in the form's alert, naming the field, and the field
// it names takes the focus.
window.GoldenThread = window.GoldenThread || {};
window.GoldenThread.submitJson = function (form, url, body, succeeded, refusedText) {
  var error = form.querySelector('.gt-error');
  var button = form.querySelector('button[type=submit]');
  button.disabled = true;
  error.hidden = true;

  function fail(field, text) {
    button.disabled = false;
    error.textContent = (field ? field + ': ' : '') + text;
    error.hidden = false;
    var input = field && form.elements[field];
    if (input && input.focus) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  fetch(url, {
    method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
    body: JSON.stringify(body)
  }).then(function (response) {
    if (response.ok) {
      succeeded(response);
      return;
    }
    return response.json().then(function (e) {
      fail(e.field, e.message || refusedText);
    }, function () {
      fail(null, refusedText + ' (HTTP ' + response.status + ')');
    });
  }).catch(function (e) {
    fail(null, 'The request could not be sent: ' + e.message);
  });
};
