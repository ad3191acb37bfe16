// A button with data-copy puts that text on the clipboard and says so with its data-copied text.
// Kept out of the page so that the Content-Security-Policy can forbid inline scripts.
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (button) {
        navigator.clipboard.writeText(button.dataset.copy).then(function () {
            button.textContent = button.dataset.copied;
        });
    }
});
