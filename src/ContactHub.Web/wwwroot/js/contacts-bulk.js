// The contacts list's bulk actions, made lighter with JavaScript (the forms work without it):
// - "Select all on this page" ticks every row;
// - the action bar stays hidden until a row is ticked, and counts the ticked rows;
// - only the parameter the chosen action takes (a category, a notification type) is shown.
// The results are swapped by htmx while searching, so everything is found again on each change (event delegation).
(() => {
    const rows = () => [...document.querySelectorAll('[data-bulk-row]')];

    function refresh() {
        const bar = document.querySelector('[data-bulk-bar]');
        if (!bar) {
            return;
        }

        const ticked = rows().filter(row => row.checked).length;
        const all = bar.querySelector('input[name="bulkTarget"][value="All"]');
        bar.hidden = ticked === 0 && !(all && all.checked);
        const count = bar.querySelector('[data-bulk-selected-count]');
        if (count) {
            count.textContent = `(${ticked})`;
        }

        const page = document.querySelector('[data-bulk-select-page]');
        if (page) {
            page.checked = ticked > 0 && ticked === rows().length;
            page.indeterminate = ticked > 0 && ticked < rows().length;
        }

        const action = bar.querySelector('#bulkAction');
        for (const parameter of bar.querySelectorAll('[data-bulk-parameter]')) {
            const shown = action && parameter.dataset.bulkParameter.split(' ').includes(action.value);
            parameter.hidden = !shown;
            parameter.querySelector('select').disabled = !shown;
        }
    }

    document.addEventListener('change', event => {
        const target = event.target;
        if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) {
            return;
        }

        if (target.matches('[data-bulk-select-page]')) {
            for (const row of rows()) {
                row.checked = target.checked;
            }
        }

        if (target.closest('[data-bulk-bar]') || target.matches('[data-bulk-row], [data-bulk-select-page]')) {
            refresh();
        }
    });
    document.addEventListener('DOMContentLoaded', refresh);
    document.addEventListener('htmx:afterSettle', refresh);
})();
