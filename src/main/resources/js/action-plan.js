// Sends the action plan to Golden Thread's REST API, then goes back to the update issue.
(function () {
  var form = document.getElementById('gt-action-plan');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.GoldenThread.submitJson(form, form.dataset.api, {
      kpi: form.dataset.kpi, title: form.elements.title.value, owner: form.elements.owner.value,
      due: form.elements.due.value, description: form.elements.description.value
    }, function () {
      window.location.assign(form.dataset.back);
    }, 'The plan was not created.');
  });
}());
