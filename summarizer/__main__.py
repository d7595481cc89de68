"""`python -m summarizer` runs the command line."""

from summarizer.cli.main import main

main(prog_name="summarizer")
