// Reader page: turn a text selection into offsets of the stored text, build the
// attribution chain, and show the claims behind a highlight. Offsets count code
// points, as the server does, so characters outside the BMP do not shift them.
//
// Highlights are compact: each <mark> says where it starts (data-o) and #doc-text lists
// every claim's span (data-spans="id:start:end ..."), so the claims under a highlight are
// found here; their cards come a page at a time from the server (htmx), asked for when a
// highlight whose card is not on the list's page is clicked.
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
    // Only the selected paragraphs' text: a long document's whole text would cost each selection.
    const all = paragraphs(root);
    const chosen = all.slice(all.indexOf(startParagraph), all.indexOf(endParagraph) + 1);
    const base = Number(startParagraph.dataset.start);
    const text = Array.from(chosen.map((p) => p.textContent).join("\n"));
    const at = (offset) => text[offset - base];
    while (start < end && /\s/.test(at(start))) start++;
    while (end > start && /\s/.test(at(end - 1))) end--;
    if (start >= end) return null;
    // Whole characters: a selection never splits a grapheme cluster (offsets relative to `text`).
    const snapped = snapToGraphemes(text, start - base, end - base);
    start = snapped.start + base;
    end = snapped.end + base;
    return { start, end, quote: text.slice(start - base, end - base).join("") };
  }

  // The stored text's offsets [start, end) as a DOM Range over #doc-text (null if outside).
  function rangeFor(start, end) {
    const root = textRoot();
    if (!root) return null;
    const range = document.createRange();
    const place = (offset, setter) => {
      const paragraph = paragraphs(root).filter((p) => Number(p.dataset.start) <= offset).pop();
      if (!paragraph) return false;
      let left = offset - Number(paragraph.dataset.start);
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      let last = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const points = Array.from(node.data);
        if (left <= points.length) {
          range[setter](node, points.slice(0, left).join("").length);
          return true;
        }
        left -= points.length;
        last = node;
      }
      if (last) range[setter](last, last.data.length);
      else range[setter](paragraph, 0);
      return true;
    };
    return place(start, "setStart") && place(end, "setEnd") ? range : null;
  }

  // Select [start, end) of the stored text in the page, as if the reader had dragged over it.
  function selectOffsets(start, end) {
    const range = rangeFor(start, end);
    if (!range) return;
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
    }
  }

  // The pending selection stays marked while the form is open (the browser clears a
  // selection on the next click), with the CSS Custom Highlight API where there is one.
  function markPending(start, end) {
    if (!window.CSS?.highlights) return;
    const range = start === null ? null : rangeFor(start, end);
    if (range) CSS.highlights.set("pending-claim", new Highlight(range));
    else CSS.highlights.delete("pending-claim");
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
    hideFloating();
    const form = document.getElementById("claim-form");
    if (form) {
      // A form is open: the new selection moves its span, keeping the chain typed so far.
      form.querySelector("[name=start]").value = span.start;
      form.querySelector("[name=end]").value = span.end;
      form.querySelector("[name=quote]").value = span.quote;
      document.getElementById("quote-preview").textContent = span.quote;
      // The chain suggested was read for the old words: it goes, and no outcome is recorded for it
      // (select the words again after closing the form for a suggestion of their own).
      document.getElementById("chain-suggestion")?.remove();
      const suggested = form.querySelector("[name=suggested_chain]");
      if (suggested) suggested.value = "";
      formOpened(form);
      return true;
    }
    const url = new URL(newClaimUrl, window.location.href);
    url.searchParams.set("start", span.start);
    url.searchParams.set("end", span.end);
    htmx.ajax("GET", url.toString(), { target: "#claim-editor", swap: "innerHTML" });
    return true;
  }

  // A form arrived or moved: mark its span in the text, say if it crosses paragraphs, and
  // put the focus in it (its heading, so a screen reader says which form it is).
  function formOpened(form, focus = true) {
    const start = Number(form.querySelector("[name=start]").value);
    const end = Number(form.querySelector("[name=end]").value);
    markPending(start, end);
    const note = document.getElementById("quote-paragraphs");
    if (note) note.hidden = !form.querySelector("[name=quote]").value.includes("\n");
    if (focus) document.getElementById("claim-form-title")?.focus({ preventScroll: false });
  }

  function closeEditor() {
    const idle = document.getElementById("editor-idle");
    document.getElementById("claim-editor").replaceChildren(idle ? idle.content.cloneNode(true) : "");
    markPending(null, null);
    // The keyboard carries on in the text, from the sentence it was at.
    const root = textRoot();
    if (root && document.activeElement && !root.contains(document.activeElement)) root.focus({ preventScroll: true });
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

  // [{id, start, end}] of every claim shown, from #doc-text's data-spans.
  function spans() {
    const list = textRoot()?.dataset.spans || "";
    return list.split(" ").filter(Boolean).map((item) => {
      const [id, start, end] = item.split(":");
      return { id, start: Number(start), end: Number(end) };
    });
  }

  // The claims covering the highlight `mark` (each mark starts at data-o).
  const claimsUnder = (mark) => {
    const at = Number(mark.dataset.o);
    return spans().filter((span) => span.start <= at && at < span.end).map((span) => span.id);
  };

  function markHighlights(ids) {
    const wanted = spans().filter((span) => ids.includes(span.id));
    document.querySelectorAll("#doc-text mark.claim").forEach((mark) => {
      const at = Number(mark.dataset.o);
      if (wanted.some((span) => span.start <= at && at < span.end)) mark.classList.add("is-active");
    });
  }

  function activateCards(ids) {
    let first = null;
    ids.forEach((id) => {
      const card = document.getElementById(`card-${id}`);
      if (card) {
        card.classList.add("is-active");
        first = first || card;
      }
    });
    if (first) first.scrollIntoView({ block: "nearest" });
    return first;
  }

  // Mark the claims' highlights and cards; a card not on the list's page is asked for (the
  // page of cards holding it). `scroll` brings the first claim's highlight into view.
  function showClaims(ids, scroll) {
    document.querySelectorAll(".is-active").forEach((element) => element.classList.remove("is-active"));
    if (!ids.length) return;
    markHighlights(ids);
    const missing = ids.some((id) => !document.getElementById(`card-${id}`));
    const listUrl = reader()?.dataset.listUrl;
    if (missing && listUrl) {
      const url = new URL(listUrl, window.location.href);
      url.searchParams.set("focus", ids[0]);
      url.searchParams.delete("page");
      htmx.ajax("GET", url.toString(), { target: "#claim-list", swap: "outerHTML" }).then(() => activateCards(ids));
    } else {
      activateCards(ids);
    }
    if (scroll) {
      const span = spans().find((item) => item.id === ids[0]);
      const mark = span && document.querySelector(`#doc-text mark.claim[data-o="${span.start}"]`);
      if (mark) {
        mark.scrollIntoView({ block: "center", behavior: "smooth" });
        mark.setAttribute("tabindex", "-1");
        mark.focus({ preventScroll: true });
      }
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

  let savingSpan = null;  // the span of the form being saved, to find its highlight after

  function beforeSave(event) {
    const form = event.detail.elt?.closest?.("#claim-form");
    if (form) savingSpan = Number(form.querySelector("[name=start]").value);
  }

  function afterSwap(event) {
    const target = event.detail.target;
    if (target && target.id === "chain-hops") {
      renumberHops(target);  // a suggested chain replaced the rows
      return;
    }
    keepPendingHidden();
    if (isPoll(event)) return;
    // After a save the highlights are redrawn: drop the stale selection.
    window.getSelection().removeAllRanges();
    if (target && target.id === "claim-editor") {
      const form = document.getElementById("claim-form");
      if (form) return formOpened(form);
      markPending(null, null);
        // Saved: the focus goes to the new highlight, so the reader carries on from there.
      const saved = target.querySelector(".editor-message.success");
      const mark = saved && savingSpan !== null && document.querySelector(`#doc-text mark.claim[data-o="${savingSpan}"]`);
      if (mark) {
        mark.setAttribute("tabindex", "-1");
        mark.focus();
        sentenceAt = savingSpan;
      }
      savingSpan = null;
    }
  }

  // A live update redraws the text while someone may be on a highlight with the keyboard (or a
  // poll sent before a save lands after it): the focus stays on the highlight at the same place.
  let focusBeforeRedraw = null;  // data-o of the focused highlight, or "" for the text itself

  function beforeTextRedraw(event) {
    if (event.detail.target?.id !== "doc-text") return;
    const active = document.activeElement;
    const root = textRoot();
    if (!root || !active || !root.contains(active)) focusBeforeRedraw = null;
    else focusBeforeRedraw = active === root ? "" : active.closest("mark.claim[data-o]")?.dataset.o ?? null;
  }

  function afterTextRedraw(event) {
    keepPendingHidden();
    if (event.detail.target?.id !== "doc-text" || focusBeforeRedraw === null) return;
    const at = focusBeforeRedraw;
    focusBeforeRedraw = null;
    const root = textRoot();
    const mark = at && root?.querySelector(`mark.claim[data-o="${at}"]`);
    if (mark) {
      mark.setAttribute("tabindex", "-1");
      mark.focus({ preventScroll: true });
    } else root?.focus({ preventScroll: true });
  }

  // --- Keyboard without caret browsing -------------------------------------------------
  // j / k select the next / previous sentence, Shift+arrows extend by word (the browser's own
  // selection.modify), a annotates, 1-6 set credibility in the form, ? lists the shortcuts.

  let sentenceAt = -1;  // the start offset of the sentence j / k last selected

  // [start, end) of each sentence of the stored text, in code points (Intl.Segmenter where there
  // is one); worked out once per drawing of the text.
  let sentenceCache = { root: null, bounds: [] };
  function sentenceBounds() {
    const root = textRoot();
    if (sentenceCache.root === root) return sentenceCache.bounds;
    const text = paragraphs(root).map((p) => p.textContent).join("\n");
    const bounds = [];
    // UTF-16 index -> code points, counted onwards from the last index asked (indexes only grow).
    let unitsSeen = 0;
    let pointsSeen = 0;
    const toPoints = (unitIndex) => {
      pointsSeen += countPoints(text.slice(unitsSeen, unitIndex));
      unitsSeen = unitIndex;
      return pointsSeen;
    };
    if (window.Intl?.Segmenter) {
      for (const part of new Intl.Segmenter(document.documentElement.lang || "en", { granularity: "sentence" }).segment(text)) {
        const lead = part.segment.length - part.segment.trimStart().length;
        const trail = part.segment.trimEnd().length;
        if (trail > lead) bounds.push([toPoints(part.index + lead), toPoints(part.index + trail)]);
      }
    } else {
      const pattern = /[^.!?\n]+[.!?]*/g;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const lead = match[0].length - match[0].trimStart().length;
        const trail = match[0].trimEnd().length;
        if (trail > lead) bounds.push([toPoints(match.index + lead), toPoints(match.index + trail)]);
      }
    }
    sentenceCache = { root, bounds };
    return bounds;
  }

  function moveSentence(step) {
    const bounds = sentenceBounds();
    if (!bounds.length) return;
    const selected = selectedSpan();  // words selected with the mouse: move on from there
    if (selected) sentenceAt = selected.start;
    let index = bounds.findIndex(([start]) => start > sentenceAt);
    if (step > 0) index = index < 0 ? bounds.length - 1 : index;
    else {
      const current = bounds.findIndex(([start]) => start >= sentenceAt);
      index = Math.max(0, (current < 0 ? bounds.length : current) - 1);
    }
    const [start, end] = bounds[index];
    sentenceAt = start;
    selectOffsets(start, end);
  }

  function extendByWord(forward) {
    const selection = window.getSelection();
    if (!selection.rangeCount || !textRoot()?.contains(selection.anchorNode)) return false;
    selection.modify("extend", forward ? "forward" : "backward", "word");
    return true;
  }

  let focusBeforeShortcuts = null;
  function toggleShortcuts(show) {
    const dialog = document.getElementById("shortcuts");
    if (!dialog) return;
    const opening = show === undefined ? dialog.hidden : show;
    if (opening === !dialog.hidden) return;
    dialog.hidden = !opening;
    if (opening) {
      focusBeforeShortcuts = document.activeElement;
      dialog.querySelector("button")?.focus();
    } else {
      focusBeforeShortcuts?.focus?.();  // back where the reader was
    }
  }

  function onKeydown(event) {
    const input = sourceInput(event.target);
    if (input) return moveInList(event, input);
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (!document.getElementById("shortcuts")?.hidden) return toggleShortcuts(false);
      if (document.getElementById("claim-form")) return closeEditor();
      return;
    }
    const typing = event.target.closest?.("input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable]");
    if (typing) return;
    const form = event.target.closest?.("#claim-form") || (document.getElementById("claim-form") && event.target === document.body ? document.getElementById("claim-form") : null);
    if (form && /^[1-6]$/.test(event.key)) {
      const radio = form.querySelector(`input[name=credibility][value="${event.key}"]`);
      if (radio) {
        radio.checked = true;
        radio.focus();
        event.preventDefault();
      }
      return;
    }
    if (event.key === "?") {
      event.preventDefault();
      return toggleShortcuts();
    }
    if (event.key === "a") {
      if (annotateSelection()) event.preventDefault();
      return;
    }
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      return moveSentence(event.key === "j" ? 1 : -1);
    }
    if (event.shiftKey && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
      if (extendByWord(event.key === "ArrowRight")) event.preventDefault();
    }
  }

  // --- Touch: a selection made by long-press gets an "Annotate selection" button ----------
  // Touch screens fire no mouseup at the end of a selection: `selectionchange` tells us.

  const floating = () => document.getElementById("annotate-floating");
  function hideFloating() {
    const button = floating();
    if (button) button.hidden = true;
  }

  function onSelectionChange() {
    const button = floating();
    if (!button || !reader()?.dataset.newClaimUrl) return;
    button.hidden = pointerDown || !selectedSpan();
  }

  // --- Undo after Delete ----------------------------------------------------------------
  // The card and its highlights are hidden at once and the delete is sent after UNDO_SECONDS
  // unless Undo is pressed; the server's delete (and its audit history) is the same as ever.

  const UNDO_SECONDS = 5;
  let pendingDelete = null;

  function deleteSoon(button) {
    if (pendingDelete) sendDelete();  // one at a time: the earlier one goes now
    const card = button.closest(".claim-card");
    const id = button.dataset.deleteClaim;
    card?.setAttribute("hidden", "");
    const toast = document.getElementById("undo-toast");
    toast.querySelector("[data-undo-text]").textContent = `Claim removed: it is deleted in ${UNDO_SECONDS} seconds.`;
    toast.hidden = false;
    toast.querySelector("button").focus();
    // What to send is read now: a live update may redraw the card (and its button) meanwhile.
    pendingDelete = {
      id,
      url: button.dataset.deleteUrl,
      values: { version: button.dataset.version },
      timer: window.setTimeout(sendDelete, UNDO_SECONDS * 1000),
    };
  }

  // A redraw while a delete waits must not bring its card back.
  function keepPendingHidden() {
    if (pendingDelete) document.getElementById(`card-${pendingDelete.id}`)?.setAttribute("hidden", "");
  }

  function sendDelete() {
    if (!pendingDelete) return;
    const { url, values, timer } = pendingDelete;
    window.clearTimeout(timer);
    pendingDelete = null;
    document.getElementById("undo-toast").hidden = true;
    htmx.ajax("POST", url, { target: "#claim-editor", swap: "innerHTML", values });
  }

  // Leaving the page makes a waiting delete final: a keepalive request outlives the page.
  function sendDeleteOnLeaving() {
    if (!pendingDelete) return;
    const { url, values, timer } = pendingDelete;
    window.clearTimeout(timer);
    pendingDelete = null;
    const headers = JSON.parse(document.body.getAttribute("hx-headers") || "{}");
    fetch(url, {
      method: "POST",
      keepalive: true,
      credentials: "same-origin",
      headers: { ...headers, "HX-Request": "true", "HX-Current-URL": window.location.href },
      body: new URLSearchParams(values),
    });
  }

  function undoDelete() {
    if (!pendingDelete) return;
    const { id, timer } = pendingDelete;
    window.clearTimeout(timer);
    pendingDelete = null;
    const card = document.getElementById(`card-${id}`);
    card?.removeAttribute("hidden");
    const toast = document.getElementById("undo-toast");
    toast.hidden = true;
    document.getElementById("live-status").textContent = "Delete undone: the claim is kept.";
    card?.querySelector("button")?.focus();
  }

  // --- Wiring: one delegated listener per event type -----------------------------------

  function onClick(event) {
    const hopButton = event.target.closest("[data-hop-action]");
    if (hopButton) return hopAction(hopButton);
    if (event.target.closest("#annotate-selection, #annotate-floating")) return annotateSelection();
    if (event.target.closest("[data-editor-action=cancel]")) return closeEditor();
    if (event.target.closest("[data-shortcuts]")) return toggleShortcuts();
    const doomed = event.target.closest("[data-delete-claim]");
    if (doomed) return deleteSoon(doomed);
    if (event.target.closest("[data-undo-delete]")) return undoDelete();
    const link = event.target.closest("[data-scroll-to]");
    if (link) {
      event.preventDefault();
      return showClaims([link.dataset.scrollTo], true);
    }
    // Only the text's highlights: the legend's sample marks carry no offset.
    const mark = event.target.closest("#doc-text mark.claim[data-o]");
    if (mark && window.getSelection().isCollapsed) showClaims(claimsUnder(mark), false);
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
  document.addEventListener("selectionchange", onSelectionChange);
  document.addEventListener("touchend", () => { pointerDown = false; window.setTimeout(onSelectionChange, 0); });
  window.addEventListener("pagehide", sendDeleteOnLeaving);
  document.body.addEventListener("htmx:beforeRequest", beforeSave);
  document.body.addEventListener("htmx:beforeRequest", holdPollWhileSelecting);
  document.body.addEventListener("htmx:beforeSwap", holdPollWhileSelecting);
  document.body.addEventListener("htmx:afterSwap", afterSwap);
  document.body.addEventListener("htmx:oobBeforeSwap", beforeTextRedraw);
  document.body.addEventListener("htmx:oobAfterSwap", afterTextRedraw);

  onSelectionChange();  // words selected before this script ran

  // A link to a claim (#claim-42, as the API and exports give) shows it.
  const linked = /^#claim-(\d+)$/.exec(window.location.hash);
  if (linked) showClaims([linked[1]], true);
})();
