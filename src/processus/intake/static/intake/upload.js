// Upload progress: a progressive enhancement; without it the form posts as usual.
(function () {
  var form = document.querySelector("form[data-upload]");
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var bar = form.querySelector(".upload-progress");
  var progress = bar.querySelector("progress");
  var status = bar.querySelector("[data-upload-status]");
  var button = form.querySelector("button[type=submit]");

  function showPage(html) {
    // An answer that is not a redirect (a refusal, a form error): shown as a post would.
    var page = new DOMParser().parseFromString(html, "text/html");
    document.title = page.title;
    document.body.replaceWith(page.body);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", form.action);
    request.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) { return; }
      progress.max = e.total;
      progress.value = e.loaded;
      status.textContent = Math.floor((100 * e.loaded) / e.total) + " %";
    });
    request.upload.addEventListener("load", function () {
      progress.removeAttribute("value");  // indeterminate while the server reads
      status.textContent = form.dataset.reading;
    });
    request.addEventListener("load", function () {
      if (request.status < 400 && request.responseURL && request.responseURL !== form.action) {
        window.location.assign(request.responseURL);
      } else {
        showPage(request.responseText);
      }
    });
    request.addEventListener("error", function () {
      status.textContent = form.dataset.failed;
      button.disabled = false;
    });
    button.disabled = true;
    bar.hidden = false;
    progress.value = 0;
    request.send(new FormData(form));
  });
})();
