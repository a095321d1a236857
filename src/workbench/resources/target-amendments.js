// The KPI page's target amendments: a proposal, an approval or a rejection goes to the REST API as JSON, a decision
// made to the amendment's version as the page showed it, so one decided by someone else since is refused.
(function () {
  var section = document.getElementById('wb-amendments');
  if (!section) {
    return;
  }
  var api = '/rest/golden-thread/1.0/kpis/' + encodeURIComponent(section.dataset.kpi) + '/target-amendments';

  function send(place, path, body) {
    window.wbChange(place, function () {
      return fetch(api + path, {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(body)
      });
    }, {hash: 'amendments'});
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
