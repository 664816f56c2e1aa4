// "Tick all" for the link review tables: a progressive enhancement, the forms work without it.
document.querySelectorAll("table.link-review").forEach(function (table) {
  var boxes = table.querySelectorAll("input[name=links]");
  var cell = table.querySelector("thead th");
  if (!boxes.length || !cell) { return; }
  var all = document.createElement("input");
  all.type = "checkbox";
  all.id = "tick-all-links";
  all.setAttribute("aria-label", table.dataset.tickAll || "Tick all");
  all.addEventListener("change", function () {
    boxes.forEach(function (box) { box.checked = all.checked; });
  });
  cell.appendChild(all);
});
