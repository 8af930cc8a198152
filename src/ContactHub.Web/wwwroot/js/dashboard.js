// Draws the dashboard's charts (Chart.js, vendored) from the tables the page renders: each table[data-chart] is the
// figure, the chart only a picture of it. The canvas is hidden from assistive technology, which reads the table;
// without JavaScript the tables alone show every figure. No animation: the figures are there at once, and nothing moves.
document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') {
        return;
    }

    const style = getComputedStyle(document.body);
    Chart.defaults.color = style.color;
    Chart.defaults.font.family = style.fontFamily;

    for (const table of document.querySelectorAll('table[data-chart]')) {
        const series = [...table.tHead.rows[0].cells].slice(1).map(cell => cell.textContent.trim());
        const rows = [...table.tBodies[0].rows];
        if (rows.length === 0) {
            continue;
        }

        const labels = rows.map(row => row.cells[0].textContent.trim());
        const datasets = series.map((label, i) => ({ label, data: rows.map(row => Number(row.cells[i + 1].dataset.value)) }));
        const kind = table.dataset.chart;
        const holder = document.createElement('div');
        holder.className = 'chart';
        const canvas = document.createElement('canvas');
        canvas.setAttribute('aria-hidden', 'true');
        holder.append(canvas);
        table.closest('.figure').querySelector('h2').after(holder);
        new Chart(canvas, {
            type: kind === 'stacked' ? 'bar' : kind,
            data: { labels, datasets },
            options: {
                maintainAspectRatio: false,
                animation: false,
                indexAxis: kind === 'stacked' ? 'y' : 'x',
                scales: kind === 'doughnut' ? {} : { x: { stacked: kind === 'stacked' }, y: { stacked: kind === 'stacked', beginAtZero: true } },
                plugins: { legend: { display: kind !== 'bar' } },
            },
        });
    }
});
