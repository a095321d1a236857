// Sends one change a workbench page makes to the REST API, then shows the page again. A refusal is shown in the
// error paragraph (the place's own, unless options.error names another), naming the field, which is marked invalid,
// described by the error and focused; options.fields maps the API's field names to the form's where they differ, and
// options.hash is where the page opens again.
window.wbChange = function (place, request, options) {
  var settings = options || {};
  var error = settings.error || place.querySelector('.wb-error');
  error.id = error.id || 'wb-error-' + Math.random().toString(36).slice(2);

  function show(text) {
    error.textContent = text;
    error.hidden = !text;
  }

  function busy(on) {
    place.querySelectorAll('button').forEach(function (button) { button.disabled = on; });
  }

  function mark(field) {
    place.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    var name = field && ((settings.fields || {})[field] || field);
    var input = name && place.querySelector('[name="' + name + '"]');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', error.id);
      input.focus();
    }
  }

  show('');
  busy(true);
  request().then(function (response) {
    if (response.ok) {
      if (settings.hash) {
        window.location.hash = settings.hash;
      }
      window.location.reload();
      return;
    }
    busy(false);
    return response.json().then(function (e) {
      show((e.field ? e.field + ': ' : '') + e.message);
      mark(e.field);
    }, function () {
      show('The change failed (HTTP ' + response.status + ').');
    });
  }).catch(function (e) {
    busy(false);
    show('The change could not be sent: ' + e.message);
  });
};
