// Says so when a part of a staff page could not be saved or loaded (the connection dropped, the
// sign-in ended, the server failed): htmx then changes nothing, and without this the user would
// see nothing happen. What was typed stays in the form.
(function () {
  'use strict';
  var script = document.currentScript;
  var message = script ? script.getAttribute('data-error') : null;
  function tell(event) {
    var target = event.detail && event.detail.target;
    if (!target || !message) {
      return;
    }
    var alert = target.querySelector('.htmx-error');
    if (!alert) {
      alert = document.createElement('p');
      alert.className = 'alert alert-danger htmx-error';
      alert.setAttribute('role', 'alert');
      // Under the part's heading, if it has one, so it reads as that part's message.
      var heading = target.querySelector('h2, h3');
      target.insertBefore(alert, heading && heading.parentNode === target ? heading.nextSibling : target.firstChild);
    }
    alert.textContent = message;
  }
  document.addEventListener('htmx:responseError', tell);
  document.addEventListener('htmx:sendError', tell);
}());
