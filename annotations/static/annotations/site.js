// Every page: on narrow screens the header's links fold behind a Menu button.
(function () {
  "use strict";
  const button = document.querySelector(".menu-toggle");
  if (!button) return;
  button.hidden = false;
  document.documentElement.classList.add("has-menu");
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    document.getElementById("site-menu").classList.toggle("is-open", open);
  });
})();
