// The help form, where JavaScript runs: focus goes to the summary of a refused form's errors, and
// its links put the cursor in the field; a file too large or of the wrong kind is refused as soon
// as it is chosen, beside the file field (the server checks it again when the form is sent).
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    summary.addEventListener('click', function (event) {
      if (!event.target.closest) {
        return; // an old browser: the link's own jump to the field still works
      }
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
  if (!(maxBytes > 0) || !input.files) {
    return; // nothing sure to check against: the server checks
  }
  function say(attribute, file) {
    // The page fills the message with "[file]" for the name (no "{0}" is left in it). A function,
    // so that "$&" and the like in a file's name are not read as patterns.
    return message.getAttribute(attribute).replace('[file]', function () { return file.name; });
  }
  input.addEventListener('change', function () {
    var problems = [];
    Array.prototype.forEach.call(input.files, function (file) {
      if (file.size > maxBytes) {
        problems.push(say('data-too-large', file));
      } else if (file.type && types.indexOf(file.type) < 0) {
        problems.push(say('data-type', file));
      }
    });
    message.textContent = problems.join(' ');
    message.hidden = problems.length === 0;
    if (problems.length > 0) {
      input.classList.add('is-invalid');
      input.setAttribute('aria-invalid', 'true');
      input.value = ''; // none of the files chosen goes with the form; the message says so
    } else {
      input.classList.remove('is-invalid');
      input.removeAttribute('aria-invalid');
    }
  });
}());
