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
      window.wbChange(form, function () { return send(form); }, {fields: {text: 'note'}});
    });
  });
}());
