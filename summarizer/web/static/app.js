// The page works without this file; with it, progress updates in place, a file that is
// too large is caught before it is sent, and the label card's frame fits its content.
"use strict";

function watchProgress(job) {
  const url = job.dataset.statusUrl;
  const bar = document.getElementById("progress-bar");
  const count = document.getElementById("progress-count");
  const words = document.getElementById("progress-words");
  const labels = { queued: "Waiting to start", reading: "Reading the policy", labelling: "Reading the policy, part by part" };
  async function poll() {
    let status;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
      if (!response.ok) { return; }
      status = await response.json();
    } catch (error) {
      setTimeout(poll, 2000);
      return;
    }
    if (!["queued", "reading", "labelling"].includes(status.state)) {
      window.location.reload();
      return;
    }
    if (status.chunks_total) {
      bar.max = status.chunks_total;
      bar.value = status.chunks_done;
      count.textContent = status.chunks_done + " of " + status.chunks_total + " parts read";
    }
    words.textContent = labels[status.state] || status.state;
    setTimeout(poll, 500);
  }
  setTimeout(poll, 300);
}

function fitCard(frame) {
  const fit = () => {
    try {
      const doc = frame.contentDocument;
      if (doc && doc.documentElement) {
        frame.style.height = Math.max(400, doc.documentElement.scrollHeight + 4) + "px";
      }
    } catch (error) {
      // a frame we may not measure keeps its default height
    }
  };
  frame.addEventListener("load", () => {
    fit();
    const doc = frame.contentDocument;
    if (doc) { doc.addEventListener("toggle", fit, true); }
  });
  fit();
}

function guardForm(form) {
  const problem = document.getElementById("client-problem");
  form.addEventListener("submit", (event) => {
    const file = form.querySelector("input[type=file]").files[0];
    const maxBytes = Number(form.dataset.maxUpload);
    if (file && file.size > maxBytes) {
      event.preventDefault();
      problem.textContent = file.name + " is " + file.size.toLocaleString("en") +
        " bytes; the upload limit is " + maxBytes.toLocaleString("en") + " bytes.";
      problem.hidden = false;
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const job = document.getElementById("job");
  if (job && ["queued", "reading", "labelling"].includes(job.dataset.state)) { watchProgress(job); }
  const frame = document.getElementById("card");
  if (frame) { fitCard(frame); }
  const form = document.getElementById("label-form");
  if (form) { guardForm(form); }
});
