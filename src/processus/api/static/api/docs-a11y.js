/* Repairs to Swagger UI's own markup that neither its settings nor CSS can reach, found by
   axe-core (tests/e2e/test_api_docs_a11y.py). A separate file, so the CSP needs no exception.
   Swagger UI renders (and re-renders) after this runs: an observer repairs what appears. */
"use strict";

(() => {
  const repair = (root) => {
    // A parameter's list of allowed values has no label (select-name): name it after the
    // parameter its row documents.
    for (const select of root.querySelectorAll("tr[data-param-name] select:not([aria-label])")) {
      select.setAttribute("aria-label", select.closest("tr").dataset.paramName);
    }
    // The path in an operation's header is a link inside the header's button
    // (nested-interactive): plain text, as the button opens the operation and deep
    // linking still writes it into the address.
    for (const link of root.querySelectorAll(".opblock-summary-control a[href]")) {
      link.removeAttribute("href");
    }
    // An example longer than its box (400px high) scrolls: the keyboard must reach it
    // (scrollable-region-focusable).
    for (const box of root.querySelectorAll(".highlight-code > .microlight:not([tabindex])")) {
      box.setAttribute("tabindex", "0");
    }
    // The dialogs' close button is an icon alone (button-name).
    for (const button of root.querySelectorAll(".close-modal:not([aria-label])")) {
      button.setAttribute("aria-label", "Close");
    }
  };
  const root = document.getElementById("swagger-ui");
  if (root) {
    repair(root);
    new MutationObserver(() => repair(root)).observe(root, { childList: true, subtree: true });
  }
})();
