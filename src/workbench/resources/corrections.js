// The KPI page's corrections: a restatement, a status override or its removal goes to the REST API with its reason,
// made to the period's version as the page showed it, so a change someone else made since is refused, not overwritten.
(function () {
  var api = '/rest/golden-thread/1.0/kpis/';

  function request(row, change, data) {
    var base = api + encodeURIComponent(row.dataset.kpi) + '/measurements/' + encodeURIComponent(row.dataset.period);
    var version = Number(row.dataset.version);
    var json = {'Content-Type': 'application/json', Accept: 'application/json'};
    if (change === 'restate') {
      return fetch(base + '/restatements', {method: 'POST', headers: json,
        body: JSON.stringify({value: data.get('value'), reason: data.get('reason'), version: version})});
    }
    if (change === 'override') {
      return fetch(base + '/status-override', {method: 'PUT', headers: json,
        body: JSON.stringify({status: data.get('status'), reason: data.get('reason'), version: version})});
    }
    return fetch(base + '/status-override?reason=' + encodeURIComponent(data.get('reason')) + '&version=' + version,
      {method: 'DELETE', headers: {Accept: 'application/json'}});
  }

  document.querySelectorAll('form.wb-correction').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var row = form.closest('tr');
      window.wbChange(form, function () {
        return request(row, form.dataset.change, new FormData(form));
      }, {error: row.querySelector('.wb-error')});
    });
  });
}());
