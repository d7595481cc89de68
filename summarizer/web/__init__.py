"""The local web page behind `summarizer serve`: paste, upload or link a policy, see its label.

Needs the `web` extra (`pip install 'summarizer[web]'`: Starlette and uvicorn). Nothing
outside this package and `summarizer.cli.serve` imports it (an import-linter contract
keeps it so), so the core install never needs a web framework.
"""
