// Reader page: turn a text selection into offsets of the stored text, build the
// attribution chain, and show the claims behind a highlight. Offsets count code
// points, as the server does, so characters outside the BMP do not shift them.
//
// The page decides, this file follows: the words shown in the idle editor come from
// <template id="editor-idle">, and only a user who may annotate gets `data-new-claim-url`
// on .reader (without it, selecting words starts nothing). Sections by job, then one
// delegated listener per event type at the end ("Wiring").
(function () {
  "use strict";

  const reader = () => document.querySelector(".reader");
  const textRoot = () => document.getElementById("doc-text");

  // --- Selection: the selected words as offsets of the stored text ---------------------

  const countPoints = (s) => Array.from(s).length;
  const paragraphs = (root) => Array.from(root.querySelectorAll(":scope > p"));

  function paragraphOf(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest("#doc-text > p") : null;
  }

  function offsetIn(paragraph, container, offset) {
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    range.setEnd(container, offset);
    return Number(paragraph.dataset.start) + countPoints(range.toString());
  }

  // The selection as {start, end, quote} in the stored text, trimmed of whitespace.
  function selectedSpan() {
    const selection = window.getSelection();
    const root = textRoot();
    if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const startParagraph = paragraphOf(range.startContainer);
    const endParagraph = paragraphOf(range.endContainer);
    if (!startParagraph || !endParagraph) return null;
    let start = offsetIn(startParagraph, range.startContainer, range.startOffset);
    let end = offsetIn(endParagraph, range.endContainer, range.endOffset);
    const text = Array.from(paragraphs(root).map((p) => p.textContent).join("\n"));
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) return null;
    ({ start, end } = snapToGraphemes(text, start, end));
    return { start, end, quote: text.slice(start, end).join("") };
  }

  // Grapheme clusters: widen [start, end) (code point offsets into the array of code points
  // `points`) to whole user-perceived characters, so a selection never splits an accent from
  // its letter, an emoji sequence or a flag (the server refuses such a span). Intl.Segmenter
  // follows the same Unicode rules (UAX #29) as the server's `regex` \X. Only the lines
  // holding the span are segmented; browsers without Intl.Segmenter keep the offsets.
  function snapToGraphemes(points, start, end) {
    if (typeof Intl === "undefined" || typeof Intl.Segmenter !== "function") return { start, end };
    let from = start;
    while (from > 0 && points[from - 1] !== "\n") from--;
    let to = end;
    while (to < points.length && points[to] !== "\n") to++;
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    let offset = from;
    let snappedStart = start;
    let snappedEnd = end;
    for (const { segment } of segmenter.segment(points.slice(from, to).join(""))) {
      const next = offset + Array.from(segment).length;
      if (offset < start && start < next) snappedStart = offset;
      if (offset < end && end < next) snappedEnd = next;
      offset = next;
    }
    return { start: snappedStart, end: snappedEnd };
  }

  // True while the reader is selecting words: a live update must not redraw the text then.
  let pointerDown = false;
  function selecting() {
    const selection = window.getSelection();
    const root = textRoot();
    return pointerDown || Boolean(selection && !selection.isCollapsed && root && root.contains(selection.anchorNode));
  }

  // --- Editor: open it on a selection, the chain's rows, Cancel ------------------------

  // Open the claim form on the selection, or move the open form's span to it. False if
  // nothing happened: no selection, or a user who may not annotate (no address given).
  function annotateSelection() {
    const newClaimUrl = reader()?.dataset.newClaimUrl;
    if (!newClaimUrl) return false;
    const span = selectedSpan();
    if (!span) return false;
    const form = document.getElementById("claim-form");
    if (form) {
      // A form is open: the new selection moves its span, keeping the chain typed so far.
      form.querySelector("[name=start]").value = span.start;
      form.querySelector("[name=end]").value = span.end;
      form.querySelector("[name=quote]").value = span.quote;
      document.getElementById("quote-preview").textContent = span.quote;
      return true;
    }
    const url = new URL(newClaimUrl, window.location.href);
    url.searchParams.set("start", span.start);
    url.searchParams.set("end", span.end);
    htmx.ajax("GET", url.toString(), { target: "#claim-editor", swap: "innerHTML" });
    return true;
  }

  function closeEditor() {
    const idle = document.getElementById("editor-idle");
    document.getElementById("claim-editor").replaceChildren(idle ? idle.content.cloneNode(true) : "");
  }

  // Rows are a Django formset: after a move, add or removal, renumber names and ids.
  function renumberHops(list) {
    const rows = Array.from(list.querySelectorAll(":scope > li.hop"));
    rows.forEach((row, index) => {
      row.querySelectorAll("[name], [id], [for]").forEach((element) => {
        for (const attribute of ["name", "id", "for"]) {
          const value = element.getAttribute(attribute);
          if (value) element.setAttribute(attribute, value.replace(/hops-(\d+|__prefix__)-/, `hops-${index}-`));
        }
      });
    });
    const total = document.querySelector("input[name=hops-TOTAL_FORMS]");
    if (total) total.value = rows.length;
  }

  function hopAction(button) {
    const list = document.getElementById("chain-hops");
    const action = button.dataset.hopAction;
    if (action === "add") {
      list.append(document.getElementById("hop-template").content.cloneNode(true));
      renumberHops(list);
      list.lastElementChild.querySelector("input[name$=source_name]").focus();
      return;
    }
    const row = button.closest("li.hop");
    if (action === "up" && row.previousElementSibling) list.insertBefore(row, row.previousElementSibling);
    if (action === "down" && row.nextElementSibling) list.insertBefore(row.nextElementSibling, row);
    if (action === "remove") row.remove();
    renumberHops(list);
    if (action !== "remove") button.focus();
  }

  // --- Source names: the registry's matches while typing -------------------------------
  // Debounced, fetched with htmx into the row's listbox; arrow keys move, Enter or a
  // click chooses, Escape closes.

  let suggestTimer = null;
  const sourceInput = (target) => target.closest?.("[data-source-search]");
  const listFor = (input) => input.closest(".source-field")?.querySelector(".source-suggestions");
  const options = (list) => Array.from(list.querySelectorAll("[role=option]"));

  function closeList(input) {
    const list = listFor(input);
    if (list) list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function choose(input, option) {
    input.value = option.dataset.name;
    const kind = input.closest("li.hop")?.querySelector("select[name$=source_kind]");
    if (kind) kind.value = "";  // in the registry: no kind to give
    closeList(input);
    input.focus();
  }

  function suggestSources(input) {
    window.clearTimeout(suggestTimer);
    suggestTimer = window.setTimeout(() => {
      const list = listFor(input);
      const page = reader();
      if (!list || !page) return;
      input.setAttribute("aria-controls", list.id);
      const url = new URL(page.dataset.sourceSuggestUrl, window.location.href);
      url.searchParams.set("q", input.value);
      htmx.ajax("GET", url.toString(), { target: list, swap: "innerHTML" }).then(() => {
        input.setAttribute("aria-expanded", options(list).length ? "true" : "false");
      });
    }, 250);
  }

  function moveInList(event, input) {
    const list = listFor(input);
    if (!list || !list.children.length) return;
    const items = options(list);
    const current = items.findIndex((item) => item.getAttribute("aria-selected") === "true");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!items.length) return;
      const next = event.key === "ArrowDown" ? (current + 1) % items.length : (current - 1 + items.length) % items.length;
      items.forEach((item, index) => item.setAttribute("aria-selected", index === next ? "true" : "false"));
      input.setAttribute("aria-activedescendant", items[next].id);
      items[next].scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter" && current >= 0) {
      event.preventDefault();
      choose(input, items[current]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      closeList(input);
    }
  }

  // --- Highlights: the claims behind a highlight, and a card's place in the text -------

  function showClaims(ids, scroll) {
    document.querySelectorAll(".is-active").forEach((element) => element.classList.remove("is-active"));
    ids.forEach((id, index) => {
      const card = document.getElementById(`card-${id}`);
      if (card) {
        card.classList.add("is-active");
        if (index === 0) card.scrollIntoView({ block: "nearest" });
      }
      // Only the text's highlights: the colour legend's sample marks carry no claims.
      document.querySelectorAll("mark.claim[data-claims]").forEach((mark) => {
        if (mark.dataset.claims.split(" ").includes(id)) mark.classList.add("is-active");
      });
    });
    if (scroll) {
      const anchor = document.getElementById(`claim-${ids[0]}`);
      if (anchor) anchor.nextElementSibling?.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  // --- Live updates: others' claims arrive by polling (#live-poll) ---------------------
  // Never redraw the text under a reader who is selecting words in it: the poll is skipped
  // or its answer dropped, and since #live-poll then keeps its old state, the next poll
  // brings the changes again.

  const isPoll = (event) => event.detail.elt && event.detail.elt.id === "live-poll";

  function holdPollWhileSelecting(event) {
    if (isPoll(event) && selecting()) event.preventDefault();
  }

  function afterSwap(event) {
    if (event.detail.target && event.detail.target.id === "chain-hops") {
      renumberHops(event.detail.target);  // a suggested chain replaced the rows
      return;
    }
    // After a save the highlights are redrawn: drop the stale selection.
    if (!isPoll(event)) window.getSelection().removeAllRanges();
  }

  // --- Keyboard: "a" annotates the selection; the source listbox's keys ----------------

  function onKeydown(event) {
    const input = sourceInput(event.target);
    if (input) return moveInList(event, input);
    const typing = event.target.closest?.("input, textarea, select, [contenteditable]");
    if (!typing && event.key === "a" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (annotateSelection()) event.preventDefault();
    }
  }

  // --- Wiring: one delegated listener per event type -----------------------------------

  function onClick(event) {
    const hopButton = event.target.closest("[data-hop-action]");
    if (hopButton) return hopAction(hopButton);
    if (event.target.closest("#annotate-selection")) return annotateSelection();
    if (event.target.closest("[data-editor-action=cancel]")) return closeEditor();
    const link = event.target.closest("[data-scroll-to]");
    if (link) {
      event.preventDefault();
      return showClaims([link.dataset.scrollTo], true);
    }
    const mark = event.target.closest("mark.claim[data-claims]");
    if (mark && window.getSelection().isCollapsed) showClaims(mark.dataset.claims.split(" "), false);
  }

  function onMousedown(event) {
    pointerDown = true;
    const option = event.target.closest?.(".source-suggestions [role=option]");
    if (!option) return;
    event.preventDefault();  // keep the focus in the field
    choose(option.closest(".source-field").querySelector("[data-source-search]"), option);
  }

  function onMouseup(event) {
    pointerDown = false;
    const root = textRoot();
    if (root && root.contains(event.target)) window.setTimeout(annotateSelection, 0);
  }

  function onInput(event) {
    const input = sourceInput(event.target);
    if (input) suggestSources(input);
  }

  function onFocusout(event) {
    const input = sourceInput(event.target);
    if (input) window.setTimeout(() => { if (document.activeElement !== input) closeList(input); }, 150);
  }

  document.addEventListener("click", onClick);
  document.addEventListener("keydown", onKeydown);
  document.addEventListener("mousedown", onMousedown);
  document.addEventListener("mouseup", onMouseup, true);  // capture: the pointer is up before anything else
  document.addEventListener("input", onInput);
  document.addEventListener("focusout", onFocusout);
  document.body.addEventListener("htmx:beforeRequest", holdPollWhileSelecting);
  document.body.addEventListener("htmx:beforeSwap", holdPollWhileSelecting);
  document.body.addEventListener("htmx:afterSwap", afterSwap);
})();
