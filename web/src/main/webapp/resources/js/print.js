// A button with data-print prints the page (a receipt to keep). Kept out of the page so that the
// Content-Security-Policy can forbid inline scripts.
document.addEventListener('click', function (event) {
    if (event.target.closest('button[data-print]')) {
        window.print();
    }
});
