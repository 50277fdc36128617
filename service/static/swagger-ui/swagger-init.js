// Starts Swagger UI from a static file so the page needs no inline script (strict CSP).
window.addEventListener("load", function () {
  var el = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: el.dataset.specUrl, dom_id: "#swagger-ui", deepLinking: true, displayOperationId: true });
});
