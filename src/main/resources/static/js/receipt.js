// The receipt's copy button: copies the tracking number and query code, so the worker can paste
// them into a chat or a note. Without this script (or without a clipboard) the button stays hidden
// and both are plain selectable text.
(function () {
  'use strict';
  var button = document.getElementById('copy-receipt');
  if (!button || !navigator.clipboard) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.getAttribute('data-text')).then(function () {
      button.textContent = button.getAttribute('data-copied');
    });
  });
}());
