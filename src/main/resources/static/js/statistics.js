// Charts of the statistics page (Chart.js from the webjar); the data come from the canvases' data-* attributes,
// so the page needs no inline script (CSP script-src 'self').
(function () {
    'use strict';

    function read(el, name) {
        var value = el.getAttribute('data-' + name);
        return value ? JSON.parse(value) : [];
    }

    function vnNumber(value, decimals) {
        return Number(value).toLocaleString('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    }

    var builders = {
        trend: function (el) {
            return {
                type: 'bar',
                data: {
                    labels: read(el, 'labels'),
                    datasets: [
                        { label: el.dataset.labelReceived, data: read(el, 'received'), backgroundColor: '#0d6efd' },
                        { label: el.dataset.labelResolved, data: read(el, 'resolved'), backgroundColor: '#198754' }
                    ]
                },
                options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
            };
        },
        units: function (el) {
            var fractions = read(el, 'fractions');
            return {
                type: 'bar',
                data: {
                    labels: read(el, 'labels'),
                    datasets: [{ label: el.dataset.label, data: read(el, 'values'), backgroundColor: '#198754' }]
                },
                options: {
                    indexAxis: 'y',
                    scales: {
                        x: { beginAtZero: true, max: 100 },
                        y: {
                            ticks: {
                                // long unit names shortened on the axis; the tooltip gives the whole name
                                callback: function (value) {
                                    var label = this.getLabelForValue(value);
                                    return label.length > 22 ? label.slice(0, 21) + '…' : label;
                                }
                            }
                        }
                    },
                    plugins: {
                        legend: { display: false },
                        tooltip: {
                            callbacks: {
                                title: function (items) {
                                    return items.length ? items[0].label : '';
                                },
                                label: function (ctx) {
                                    return vnNumber(ctx.parsed.x, 2) + '% (' + fractions[ctx.dataIndex] + ')';
                                }
                            }
                        }
                    }
                }
            };
        },
        channels: function (el) {
            return {
                type: 'doughnut',
                data: {
                    labels: [el.dataset.labelOnline, el.dataset.labelDirect, el.dataset.labelPostal],
                    datasets: [{ data: read(el, 'values'), backgroundColor: ['#0d6efd', '#fd7e14', '#6c757d'] }]
                },
                options: { plugins: { legend: { position: 'bottom' } } }
            };
        }
    };

    function draw() {
        if (typeof window.Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(function (el) {
            var build = builders[el.dataset.chart];
            if (!build) {
                return;
            }
            var config = build(el);
            config.options = config.options || {};
            config.options.responsive = true;
            config.options.maintainAspectRatio = false;
            config.options.animation = false;
            config.options.locale = 'vi-VN';
            new window.Chart(el, config);
            el.setAttribute('data-drawn', 'true');
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
