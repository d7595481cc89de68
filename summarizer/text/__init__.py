"""Policy text in, offsets out: loading and fetching, headings, chunking, grounding
quotes to character offsets, and prompt-injection masking."""
