// intake review page: progressive enhancement only; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Forms marked data-once: disable their buttons after the first submit, so a double click sends one request.
  // (The server is the real guard: a second submit finds the item closed and changes nothing.)
  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function () {
      // Disabled after the browser has built the form data, so the clicked button's name/value still goes along.
      window.setTimeout(function () {
        form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      }, 0);
    });
  });
  // Filter forms apply as soon as a select changes.
  document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
    select.addEventListener("change", function () { select.form.requestSubmit(); });
  });
});
