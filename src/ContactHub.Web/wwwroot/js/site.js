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
