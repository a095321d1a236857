// The definition form: sends only the cells that changed, with the reason, made to the version the page showed.
(function () {
  var form = document.getElementById('wb-definition');
  var error = form.querySelector('.wb-error');
  var button = form.querySelector('button[type=submit]');
  var columns = ['title', 'definition', 'rationale', 'calculation', 'data_source', 'unit', 'decimals', 'polarity'];
  var shown = {};
  columns.forEach(function (name) { shown[name] = form.elements[name].value; });

  function fail(field, text) {
    button.disabled = false;
    error.textContent = (field ? field + ': ' : '') + text;
    error.hidden = false;
    var input = field && form.elements[field];
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    error.hidden = true;
    var fields = {};
    columns.forEach(function (name) {
      if (form.elements[name].value !== shown[name]) {
        fields[name] = form.elements[name].value;
      }
    });
    var change = {version: Number(form.dataset.version), reason: form.elements.reason.value, fields: fields};
    fetch('/rest/golden-thread/1.0/kpis/' + encodeURIComponent(form.dataset.kpi), {
      method: 'PUT', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(change)
    }).then(function (response) {
      if (response.ok) {
        window.location.reload();
        return;
      }
      return response.json().then(function (e) {
        fail(e.field, e.message);
      }, function () {
        fail(null, 'The definition could not be saved (HTTP ' + response.status + ').');
      });
    }).catch(function (e) {
      fail(null, 'The definition could not be sent: ' + e.message);
    });
  });
}());
