// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();

  // A link to a field on another page (the SMARTE check's links to the step to fix) puts the cursor in that field.
  // After a save the server sends the user back to the changed item (#vaerdi-2026K3, #handling-12, #noter):
  // items made focusable for that (tabindex="-1") get the focus, so keyboard and screen reader users
  // continue from what they just changed instead of from the top of the page.
  let linked = null;
  try {
    linked = !summary && window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  } catch {
    // A malformed address fragment must not stop the rest of the page's enhancements.
  }
  if (linked && (/^(INPUT|TEXTAREA|SELECT)$/.test(linked.tagName) || linked.getAttribute('tabindex') === '-1')) {
    linked.focus();
    if (linked.getAttribute('tabindex') === '-1') linked.classList.add('is-saved');
  }
  // A save that returns to the page without a changed item to point at (a new meeting, a closed one, a
  // review) starts the keyboard at its confirmation, not at the top of the page.
  const flash = document.getElementById('flash');
  if (!summary && !linked && flash) flash.focus();

  // Drag and drop onto the file field: the native input still does the work, so keyboard use is unchanged.
  for (const zone of document.querySelectorAll('[data-drop-zone]')) {
    const input = zone.querySelector('input[type=file]');
    if (!input) continue;
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('is-dragover');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('is-dragover'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('is-dragover');
      if (event.dataTransfer && event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    });
  }

  // Phones: every DKFDS table (except the few narrow enough to fit: table--fits) stacks its rows into cards below 768 px (table--responsive-headers),
  // each cell labelled with its column's heading. Tables written for it carry data-title already;
  // the rest get it here. Without this script such tables scroll inside their own box instead.
  for (const table of document.querySelectorAll('main table.table:not(.table--responsive-headers):not(.table--fits)')) {
    const headings = [...table.querySelectorAll('thead th')].map((th) => {
      const hidden = th.querySelector('.sr-only');
      // A heading only screen readers get ("Handlinger" over buttons) is no label to show.
      return hidden && hidden.textContent.trim() === th.textContent.trim() ? '' : th.textContent.trim();
    });
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (!cell.hasAttribute('data-title')) cell.setAttribute('data-title', headings[i] ?? '');
      });
    }
    table.classList.add('table--responsive-headers');
  }

  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }

  // Meeting mode: arrow keys move between agenda items unless the user is typing.
  const prev = document.querySelector('[data-key-nav="prev"]');
  const next = document.querySelector('[data-key-nav="next"]');
  if (prev || next) {
    document.addEventListener('keydown', (event) => {
      const target = event.target;
      const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (typing || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'ArrowRight' && next) window.location.href = next.getAttribute('href');
      if (event.key === 'ArrowLeft' && prev) window.location.href = prev.getAttribute('href');
    });
  }
});
