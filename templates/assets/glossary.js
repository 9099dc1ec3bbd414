// Glossary popovers: a linked term shows its short definition on hover, on keyboard focus and on a first tap.
// One shared tooltip element serves every link; the link points at it with aria-describedby while it is shown.
// Without this script every term is still a plain link to its glossary page.
(() => {
  const links = document.querySelectorAll('a.glossary-term[data-short]');
  if (links.length === 0) return;

  const popover = document.createElement('div');
  popover.id = 'glossary-popover';
  popover.className = 'glossary-popover';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  document.body.appendChild(popover);

  let current = null;
  let hideTimer = 0;
  let tapShowsFirst = false;

  const show = (link) => {
    clearTimeout(hideTimer);
    if (current && current !== link) current.removeAttribute('aria-describedby');
    current = link;
    popover.textContent = link.dataset.short;
    popover.hidden = false;
    link.setAttribute('aria-describedby', popover.id);
    place(link);
  };

  const hide = () => {
    clearTimeout(hideTimer);
    popover.hidden = true;
    if (current) current.removeAttribute('aria-describedby');
    current = null;
  };

  // A short delay lets the pointer travel from the link onto the popover (WCAG 1.4.13: content on hover is hoverable).
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 200);
  };

  const place = (link) => {
    const box = link.getClientRects()[0] || link.getBoundingClientRect(); // the first line of a wrapped link
    const page = document.documentElement;
    const left = Math.min(box.left, page.clientWidth - popover.offsetWidth - 8);
    popover.style.left = `${Math.max(8, left) + window.scrollX}px`;
    popover.style.top = `${box.bottom + window.scrollY + 6}px`;
  };

  for (const link of links) {
    link.addEventListener('mouseenter', () => show(link));
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', hideSoon);
    // On touch screens there is no hover: the first tap shows the definition, a second tap follows the link.
    // Decided on pointerdown, before the emulated mouse and focus events have shown the popover already.
    link.addEventListener('pointerdown', (event) => {
      tapShowsFirst = event.pointerType === 'touch' && (current !== link || popover.hidden);
    });
    link.addEventListener('click', (event) => {
      if (!tapShowsFirst) return;
      tapShowsFirst = false;
      event.preventDefault();
      show(link);
    });
  }

  popover.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  popover.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !popover.hidden) hide(); // dismissible without moving focus (WCAG 1.4.13)
  });
  document.addEventListener('pointerdown', (event) => {
    if (!popover.hidden && !event.target.closest('a.glossary-term, .glossary-popover')) hide();
  });
  window.addEventListener('resize', () => { if (current) place(current); });
})();
