// Keyboard paths of the back office (no build step, no dependencies).
//
// ↓ in a search box marked data-first-result="<selector>" focuses the first result it found: the results sit below
// a form of filters, and tabbing past every filter to the first one took 33 key presses. Without JavaScript the
// search still works; only this shortcut is missing.
document.addEventListener('keydown', event => {
    const box = event.target instanceof Element ? event.target.closest('[data-first-result]') : null;
    if (!box || event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
    }

    const first = document.querySelector(box.dataset.firstResult);
    if (first) {
        event.preventDefault();
        first.focus();
    }
});

// A button with data-confirm="question" submits only when the operator agrees. Handlers live here, never inline:
// the Content-Security-Policy runs no inline script.
document.addEventListener('click', event => {
    const button = event.target instanceof Element ? event.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.dataset.confirm)) {
        event.preventDefault();
    }
});
