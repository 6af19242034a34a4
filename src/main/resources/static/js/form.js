// The help form, where JavaScript runs: focus goes to the summary of a refused form's errors, and
// its links put the cursor in the field; a file too large or of the wrong kind is refused as soon
// as it is chosen, beside the file field (the server checks it again when the form is sent).
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (field) {
        event.preventDefault();
        field.scrollIntoView({ block: 'center' });
        field.focus();
      }
    });
  }

  var input = document.getElementById('files');
  var message = document.getElementById('files-check');
  if (!input || !message) {
    return;
  }
  var maxBytes = Number(input.getAttribute('data-max-bytes'));
  var types = (input.getAttribute('accept') || '').split(',');
  input.addEventListener('change', function () {
    var problems = [];
    Array.prototype.forEach.call(input.files, function (file) {
      if (file.size > maxBytes) {
        problems.push(message.getAttribute('data-too-large').replace('{0}', file.name));
      } else if (file.type && types.indexOf(file.type) < 0) {
        problems.push(message.getAttribute('data-type').replace('{0}', file.name));
      }
    });
    message.textContent = problems.join(' ');
    message.hidden = problems.length === 0;
    input.classList.toggle('is-invalid', problems.length > 0);
    input.setAttribute('aria-invalid', problems.length > 0 ? 'true' : 'false');
    if (problems.length > 0) {
      input.value = '';
    }
  });
}());
