// The "Create linked action plan" form: posts the plan to the REST API, then returns to the quarterly update.
(function () {
  var form = document.getElementById('wb-plan');
  var error = form.querySelector('.wb-error');
  var button = form.querySelector('button[type=submit]');

  function fail(text) {
    button.disabled = false;
    error.textContent = text;
    error.hidden = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    var data = new FormData(form);
    var milestones = String(data.get('milestones') || '').split('\n').map(function (line) {
      return line.trim();
    }).filter(function (line) { return line; }).map(function (line) {
      var space = line.indexOf(' ');
      return {due: space < 0 ? line : line.substring(0, space), title: space < 0 ? '' : line.substring(space + 1),
        done: false};
    });
    var plan = {kpi: form.dataset.kpi, title: data.get('title'), owner: data.get('owner'), due: data.get('due'),
      progress: Number(data.get('progress') || 0), description: data.get('description'), milestones: milestones};
    fetch('/rest/golden-thread/1.0/action-plans', {
      method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
      body: JSON.stringify(plan)
    }).then(function (response) {
      if (response.ok) {
        window.location.href = '/updates#row-' + encodeURIComponent(form.dataset.kpi);
        return;
      }
      return response.json().then(function (e) {
        fail((e.field ? e.field + ': ' : '') + e.message);
      }, function () {
        fail('The plan could not be created (HTTP ' + response.status + ').');
      });
    }).catch(function (e) {
      fail('The plan could not be sent: ' + e.message);
    });
  });
}());
