// The definition form: sends only the cells that changed, with the reason, made to the version the page showed.
(function () {
  var form = document.getElementById('wb-definition');
  var columns = ['title', 'definition', 'rationale', 'calculation', 'data_source', 'unit', 'decimals', 'polarity'];
  var shown = {};
  columns.forEach(function (name) { shown[name] = form.elements[name].value; });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var fields = {};
    columns.forEach(function (name) {
      if (form.elements[name].value !== shown[name]) {
        fields[name] = form.elements[name].value;
      }
    });
    var change = {version: Number(form.dataset.version), reason: form.elements.reason.value, fields: fields};
    window.wbChange(form, function () {
      return fetch('/rest/golden-thread/1.0/kpis/' + encodeURIComponent(form.dataset.kpi), {
        method: 'PUT', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(change)
      });
    });
  });
}());
